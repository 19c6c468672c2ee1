package vn.sonla.ntm.criteria.application;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import vn.sonla.ntm.criteria.domain.CriteriaSetVersion;
import vn.sonla.ntm.criteria.domain.Defect;
import vn.sonla.ntm.criteria.domain.Department;
import vn.sonla.ntm.criteria.domain.SeededDepartments;
import vn.sonla.ntm.criteria.persistence.CriteriaSetRepository;
import vn.sonla.ntm.criteria.persistence.DepartmentRepository;
import vn.sonla.ntm.rules.document.CriteriaSetDocument;

/**
 * First start: the departments of the 2019 structure and the criteria sets of the project's catalogue file. Idempotent:
 * a department or set whose code exists is left as it is (the coordination office may have changed it since), so
 * running it again changes nothing. The national 2016–2020 set is published through the same check as any draft.
 */
@ApplicationScoped
public class CatalogueSeeding {

    private static final Logger LOG = Logger.getLogger(CatalogueSeeding.class);

    @Inject
    DepartmentRepository departments;

    @Inject
    CriteriaSetRepository sets;

    @Inject
    Drafting drafting;

    @Inject
    Publishing publishing;

    @Inject
    CatalogueAudit audit;

    @ConfigProperty(name = "ntm.criteria.seed.enabled", defaultValue = "true")
    boolean enabled;

    void onStart(@Observes StartupEvent start) {
        if (enabled) {
            Result result = seed();
            LOG.infof("Seeding: %d departments and %d criteria sets added (%s)", result.departmentsAdded(), result.setsAdded(),
                    result.setsAdded() + result.departmentsAdded() == 0 ? "already seeded" : "first start");
        }
    }

    public record Result(int departmentsAdded, int setsAdded) {
    }

    @Transactional
    public Result seed() {
        int departmentsAdded = 0;
        Map<String, Department> known = departments.allByCode();
        for (SeededDepartments.Entry entry : SeededDepartments.ALL) {
            if (!known.containsKey(entry.code())) {
                Department d = entry.toDepartment();
                departments.persist(d);
                departments.flush();
                audit.record(CatalogueAccess.SYSTEM, "DEPARTMENT_ADD", CatalogueAudit.DEPARTMENT, d.code(), null, CatalogueAudit.stateOf(d),
                        "2019 structure (DESIGN.md §7), valid from " + SeededDepartments.VALID_FROM);
                departmentsAdded++;
            }
        }
        int setsAdded = 0;
        List<CriteriaSetDocument> shipped = ShippedCatalogue.fromClasspath().sets();
        for (CriteriaSetDocument document : shipped) {
            if (sets.findByCode(document.code()).isPresent()) {
                continue;
            }
            CriteriaSetVersion version = drafting.seedDraft(document, CatalogueAccess.SYSTEM);
            if (ShippedCatalogue.PUBLISHED_ON_SEED.equals(document.code())) {
                List<Defect> defects = publishing.defectsOf(version);
                if (!defects.isEmpty()) {
                    throw new IllegalStateException("The shipped " + document.code() + " cannot be published: " + defects);
                }
                publishing.publishChecked(version, CatalogueAccess.SYSTEM);
            }
            setsAdded++;
        }
        return new Result(departmentsAdded, setsAdded);
    }
}
