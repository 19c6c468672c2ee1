package vn.sonla.ntm.criteria.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.sonla.ntm.common.ProblemException;
import vn.sonla.ntm.common.Versions;
import vn.sonla.ntm.criteria.domain.CriteriaSetVersion;
import vn.sonla.ntm.criteria.domain.Defect;
import vn.sonla.ntm.criteria.domain.PublicationCheck;
import vn.sonla.ntm.criteria.domain.VersionNotEditable;
import vn.sonla.ntm.criteria.persistence.CriteriaSetVersionRepository;
import vn.sonla.ntm.criteria.persistence.DepartmentRepository;

/**
 * Putting a version in force and taking it out: publish a checked draft (then it never changes), retire a published
 * version once it is superseded. Publishing one version leaves the other published versions of the set as they are.
 */
@ApplicationScoped
@Transactional
public class Publishing {

    @Inject
    CriteriaSetVersionRepository versions;

    @Inject
    DepartmentRepository departments;

    @Inject
    CatalogueAccess access;

    @Inject
    CatalogueAudit audit;

    public VersionView publish(String code, int number, String ifMatch) {
        access.requireCoordinator();
        CriteriaSetVersion version = versions.findForUpdate(code, number).orElseThrow(() -> CatalogueAccess.notFound(code, number));
        Versions.requireMatch(ifMatch, version.revision());
        publishChecked(version, access.actor());
        return Drafting.view(version);
    }

    public VersionView retire(String code, int number, String ifMatch) {
        access.requireCoordinator();
        CriteriaSetVersion version = versions.findForUpdate(code, number).orElseThrow(() -> CatalogueAccess.notFound(code, number));
        Versions.requireMatch(ifMatch, version.revision());
        Map<String, Object> before = CatalogueAudit.stateOf(version);
        try {
            version.retire(access.actor(), Drafting.now());
        } catch (VersionNotEditable refused) {
            throw ProblemException.conflict(refused.getMessage());
        }
        versions.flush();
        audit.recordVersion(access.actor(), "RETIRE", before, version, null);
        return Drafting.view(version);
    }

    /** Every defect that keeps this version from being published (empty when it can be). */
    public List<Defect> defectsOf(CriteriaSetVersion version) {
        return new PublicationCheck(departments.allByCode()).defectsOf(version.toDocument(), LocalDate.now());
    }

    void publishChecked(CriteriaSetVersion version, String actor) {
        if (!version.isDraft()) {
            throw ProblemException.conflict(VersionNotEditable.publishedNeverChanges(version.reference().toString(), version.status()).getMessage());
        }
        List<Defect> defects = defectsOf(version);
        if (!defects.isEmpty()) {
            throw ProblemException.unprocessable("The version cannot be published",
                    defects.size() + (defects.size() == 1 ? " defect" : " defects") + " must be corrected first: " + defects.get(0).path()
                            + " " + defects.get(0).message() + (defects.size() > 1 ? " (and more, see errors)" : ""),
                    Defects.errors(defects));
        }
        Map<String, Object> before = CatalogueAudit.stateOf(version);
        version.publish(defects, actor, Drafting.now());
        versions.flush();
        audit.recordVersion(actor, "PUBLISH", before, version, null);
    }
}
