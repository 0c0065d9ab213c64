package cn.workerspalace.contracts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The contracts are what every service may share, so they may not drag anything else along. */
@AnalyzeClasses(packages = "cn.workerspalace.contracts", importOptions = ImportOption.DoNotIncludeTests.class)
class ContractsArchitectureTest {

    @ArchTest
    static final ArchRule contracts_depend_on_nothing_but_the_jdk = classes()
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "cn.workerspalace.contracts..");

    @ArchTest
    static final ArchRule events_are_records = classes()
            .that().haveSimpleNameEndingWith("Event")
            .should().beRecords();
}
