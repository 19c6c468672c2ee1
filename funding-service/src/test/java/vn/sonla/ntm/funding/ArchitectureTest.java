package vn.sonla.ntm.funding;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The layering of ADR 0001 and STYLE.md §5, checked rather than remembered. */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.sonla.ntm.funding");

    @Test
    void theDomainKnowsNothingOfTheApiPersistenceClientsOrQuarkus() {
        noClasses().that().resideInAPackage("..funding.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..funding.api..", "..funding.application..",
                        "..funding.persistence..", "..funding.client..", "jakarta.ws.rs..", "io.quarkus..",
                        "jakarta.enterprise..", "jakarta.transaction..")
                .check(CLASSES);
    }

    @Test
    void resourcesNeverTouchRepositories() {
        noClasses().that().resideInAPackage("..funding.api..")
                .should().dependOnClassesThat().resideInAPackage("..funding.persistence..")
                .check(CLASSES);
    }

    @Test
    void useCasesDoNotDependOnTheApi() {
        noClasses().that().resideInAnyPackage("..funding.application..", "..funding.persistence..", "..funding.client..")
                .should().dependOnClassesThat().resideInAPackage("..funding.api..")
                .check(CLASSES);
    }

    @Test
    void repositoriesAndClientsDoNotCallUseCases() {
        noClasses().that().resideInAnyPackage("..funding.persistence..", "..funding.client..")
                .should().dependOnClassesThat().resideInAPackage("..funding.application..")
                .check(CLASSES);
    }

    @Test
    void onlyTheUnitsClientTalksToAssessmentService() {
        noClasses().that().resideOutsideOfPackage("..funding.client..")
                .should().dependOnClassesThat().haveSimpleName("UnitsApi")
                .check(CLASSES);
    }
}
