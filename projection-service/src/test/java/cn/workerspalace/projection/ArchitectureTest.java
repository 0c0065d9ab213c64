package cn.workerspalace.projection;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "cn.workerspalace.projection", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule read_models_know_nothing_of_the_web_or_of_kafka = noClasses()
            .that().resideInAPackage("..query..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "org.apache.kafka..",
                    "org.springframework.kafka..", "..projection.stats.web..");

    @ArchTest
    static final ArchRule the_figures_do_not_depend_on_how_events_arrive = noClasses()
            .that().resideInAPackage("..projection.stats..")
            .should().dependOnClassesThat().resideInAPackage("..projection.ingest..");

    @ArchTest
    static final ArchRule exports_know_tables_not_figures = noClasses()
            .that().resideInAPackage("..projection.export..")
            .should().dependOnClassesThat().resideInAnyPackage("..projection.stats..", "..projection.ingest..",
                    "..projection.live..", "org.springframework..");

    @ArchTest
    static final ArchRule the_read_side_uses_no_event_sourcing_framework = noClasses()
            .should().dependOnClassesThat().resideInAPackage("org.axonframework..");
}
