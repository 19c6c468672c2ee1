package vn.sonla.ntm.assessment;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.sonla.ntm.assessment");

    @Test
    void theDomainKnowsNeitherTheApiNorPersistenceNorHttp() {
        noClasses().that().resideInAPackage("..assessment.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..assessment.api..", "..assessment.persistence..",
                        "..assessment.application..", "..assessment.client..", "jakarta.ws.rs..", "io.quarkus..", "vn.sonla.ntm.common..")
                .check(CLASSES);
    }

    @Test
    void resourcesNeverTouchRepositories() {
        noClasses().that().resideInAPackage("..assessment.api..")
                .should().dependOnClassesThat().areAssignableTo(io.quarkus.hibernate.orm.panache.PanacheRepository.class)
                .orShould().dependOnClassesThat().areAssignableTo(jakarta.persistence.EntityManager.class)
                .because("resources are thin: use cases in application own the transaction (persistence records are fine)")
                .check(CLASSES);
    }

    @Test
    void theApplicationLayerDoesNotKnowTheApi() {
        noClasses().that().resideInAPackage("..assessment.application..")
                .should().dependOnClassesThat().resideInAPackage("..assessment.api..")
                .check(CLASSES);
    }
}
