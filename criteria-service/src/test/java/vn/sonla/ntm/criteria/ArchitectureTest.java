package vn.sonla.ntm.criteria;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of STYLE.md §5, checked rather than remembered. */
@AnalyzeClasses(packages = "vn.sonla.ntm.criteria", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainKnowsNoHttpNoPersistenceNoApi = noClasses().that().resideInAPackage("..criteria.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..criteria.api..", "..criteria.persistence..", "..criteria.application..",
                    "jakarta.ws.rs..", "io.quarkus..", "com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule applicationDoesNotReachIntoTheApi = noClasses().that().resideInAPackage("..criteria.application..")
            .should().dependOnClassesThat().resideInAnyPackage("..criteria.api..", "jakarta.ws.rs..");

    @ArchTest
    static final ArchRule resourcesNeverTouchRepositories = noClasses().that().resideInAPackage("..criteria.api..")
            .should().dependOnClassesThat().resideInAPackage("..criteria.persistence..");

    @ArchTest
    static final ArchRule persistenceDoesNotDependOnTheLayersAboveIt = noClasses().that().resideInAPackage("..criteria.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("..criteria.api..", "..criteria.application..");
}
