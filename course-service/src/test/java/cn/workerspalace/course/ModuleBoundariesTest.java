package cn.workerspalace.course;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Services meet only through Kafka and REST: no code of another service may be reachable from this one. */
@AnalyzeClasses(packages = "cn.workerspalace", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    @ArchTest
    static final ArchRule no_dependency_on_another_service = noClasses()
            .that().resideInAPackage("cn.workerspalace.course..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "cn.workerspalace.enrollment..", "cn.workerspalace.projection..", "cn.workerspalace.localstack..");

    @ArchTest
    static final ArchRule aggregates_know_nothing_of_web_or_sql = noClasses()
            .that().areAnnotatedWith(org.axonframework.spring.stereotype.Aggregate.class)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.web..", "org.springframework.jdbc..", "java.sql..", "jakarta.servlet..");
}
