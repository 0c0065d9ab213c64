package cn.workerspalace.course;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Inside each feature: api knows no implementation, the write side no read side, nothing below web knows web. */
@AnalyzeClasses(packages = "cn.workerspalace.course", importOptions = ImportOption.DoNotIncludeTests.class)
class FeatureLayersTest {

    @ArchTest
    static final ArchRule api_packages_know_no_implementation = noClasses()
            .that().resideInAPackage("cn.workerspalace.course.*.api..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "cn.workerspalace.course.*.command..", "cn.workerspalace.course.*.query..",
                    "cn.workerspalace.course.*.web..");

    @ArchTest
    static final ArchRule the_write_side_does_not_read_views = noClasses()
            .that().resideInAPackage("cn.workerspalace.course.*.command..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "cn.workerspalace.course.*.query..", "cn.workerspalace.course.*.web..");

    @ArchTest
    static final ArchRule views_do_not_know_the_web_or_the_write_side = noClasses()
            .that().resideInAPackage("cn.workerspalace.course.*.query..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "cn.workerspalace.course.*.command..", "cn.workerspalace.course.*.web..");

    @ArchTest
    static final ArchRule controllers_send_commands_rather_than_touch_aggregates = noClasses()
            .that().resideInAPackage("cn.workerspalace.course.*.web..")
            .should().dependOnClassesThat().resideInAPackage("cn.workerspalace.course.*.command..");
}
