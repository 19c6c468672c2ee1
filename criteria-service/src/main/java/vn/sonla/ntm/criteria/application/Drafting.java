package vn.sonla.ntm.criteria.application;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.sonla.ntm.common.ProblemException;
import vn.sonla.ntm.common.Versions;
import vn.sonla.ntm.criteria.domain.CriteriaSet;
import vn.sonla.ntm.criteria.domain.CriteriaSetVersion;
import vn.sonla.ntm.criteria.domain.Defect;
import vn.sonla.ntm.criteria.domain.DocumentShape;
import vn.sonla.ntm.criteria.domain.VersionNotEditable;
import vn.sonla.ntm.criteria.persistence.CriteriaSetRepository;
import vn.sonla.ntm.criteria.persistence.CriteriaSetVersionRepository;
import vn.sonla.ntm.rules.document.CriteriaSetDocument;
import vn.sonla.ntm.rules.document.IndicatorDocument;
import vn.sonla.ntm.rules.document.SetReference;

/**
 * Making and editing drafts: create an empty one, derive one from any version, import one, replace a draft's content,
 * edit one criterion or indicator. Each use case is one transaction and leaves one audit entry.
 */
@ApplicationScoped
@Transactional
public class Drafting {

    @Inject
    CriteriaSetRepository sets;

    @Inject
    CriteriaSetVersionRepository versions;

    @Inject
    CatalogueAccess access;

    @Inject
    CatalogueAudit audit;

    public VersionView create(NewDraft draft) {
        access.requireCoordinator();
        CriteriaSetDocument content = new CriteriaSetDocument(draft.code(), 1, null, draft.nameVi(), draft.nameEn(), draft.level(),
                draft.period(), draft.region(), draft.legalBasis(), null, draft.recognitionRule(), List.of(), draft.provenance(),
                draft.notes());
        List<Defect> defects = new ArrayList<>(DocumentShape.setCodeDefects("code", draft.code()));
        defects.addAll(DocumentShape.defectsOf(content));
        Defects.refuseIfAny(defects);
        if (sets.findByCode(draft.code()).isPresent()) {
            throw ProblemException.conflict("Criteria set " + draft.code() + " exists; derive a new version from one of its versions");
        }
        CriteriaSetVersion created = newVersion(draft.code(), content, null, access.actor());
        audit.recordVersion(access.actor(), "CREATE", null, created, null);
        return view(created);
    }

    public VersionView replace(String code, int number, String ifMatch, CriteriaSetDocument content) {
        access.requireCoordinator();
        List<Defect> defects = new ArrayList<>();
        if (content.code() != null && !content.code().equals(code)) {
            defects.add(new Defect("code", "must be " + code + " (the set in the path) or absent"));
        }
        if (content.version() != null && content.version() != number) {
            defects.add(new Defect("version", "must be " + number + " (the version in the path) or absent"));
        }
        defects.addAll(DocumentShape.defectsOf(content));
        Defects.refuseIfAny(defects);
        return change(code, number, ifMatch, "REPLACE", v -> v.replaceContent(content, now()));
    }

    public VersionView describeCriterion(String code, int number, String ifMatch, String criterionCode, CriterionEdit edit) {
        access.requireCoordinator();
        List<Defect> defects = new ArrayList<>();
        DocumentShape.criterionHeader(defects, "", edit.nameVi(), edit.nameEn(), edit.departmentCode(), edit.provenance());
        Defects.refuseIfAny(defects);
        return change(code, number, ifMatch, "EDIT_CRITERION " + criterionCode,
                v -> v.describeCriterion(criterionCode, edit.nameVi(), edit.nameEn(), edit.departmentCode(), edit.provenance(), now()));
    }

    public VersionView restateIndicator(String code, int number, String ifMatch, String indicatorCode, IndicatorDocument edit) {
        access.requireCoordinator();
        List<Defect> defects = new ArrayList<>();
        if (edit.code() != null && !edit.code().equals(indicatorCode)) {
            defects.add(new Defect("code", "must be " + indicatorCode + " (the indicator in the path) or absent"));
        }
        DocumentShape.indicator(defects, "", edit, false);
        Defects.refuseIfAny(defects);
        IndicatorDocument content = new IndicatorDocument(indicatorCode, edit.nameVi(), edit.nameEn(), edit.unit(), edit.kind(),
                edit.provenance(), edit.thresholds());
        return change(code, number, ifMatch, "EDIT_INDICATOR " + indicatorCode, v -> v.restateIndicator(indicatorCode, content, now()));
    }

    /**
     * A new draft with the content of any version (draft, published or retired): the next version of the same set, or
     * of {@code targetCode} (a provincial overlay on a national set), created if it does not exist yet.
     */
    public VersionView derive(String code, int number, String targetCode) {
        access.requireCoordinator();
        String target = targetCode == null || targetCode.isBlank() ? code : targetCode.trim();
        Defects.refuseIfAny(DocumentShape.setCodeDefects("targetCode", target));
        CriteriaSetVersion source = versions.find(code, number).orElseThrow(() -> CatalogueAccess.notFound(code, number));
        CriteriaSetVersion derived = newVersion(target, source.toDocument(), source.reference(), access.actor());
        audit.recordVersion(access.actor(), "DERIVE", Map.of("from", source.reference().toString(), "fromStatus", source.status().name()),
                derived, null);
        return view(derived);
    }

    /** A new draft holding an exported document: version 1 of a new set, or the next version of an existing one. */
    public VersionView importDocument(CriteriaSetDocument document) {
        access.requireCoordinator();
        List<Defect> defects = new ArrayList<>(DocumentShape.setCodeDefects("code", document.code()));
        defects.addAll(DocumentShape.defectsOf(document));
        Defects.refuseIfAny(defects);
        CriteriaSetVersion imported = newVersion(document.code(), document, document.derivedFrom(), access.actor());
        audit.recordVersion(access.actor(), "IMPORT", null, imported, null);
        return view(imported);
    }

    /** Used by seeding (no caller): the same path as an import, recorded under {@code actor}. */
    CriteriaSetVersion seedDraft(CriteriaSetDocument document, String actor) {
        CriteriaSetVersion seeded = newVersion(document.code(), document, document.derivedFrom(), actor);
        audit.recordVersion(actor, "SEED", null, seeded, "from the project's copy of data/criteria/criteria-catalogue.yaml");
        return seeded;
    }

    private CriteriaSetVersion newVersion(String code, CriteriaSetDocument content, SetReference derivedFrom, String actor) {
        OffsetDateTime now = now();
        CriteriaSet set = sets.findByCodeForUpdate(code).orElseGet(() -> {
            CriteriaSet created = new CriteriaSet(code, now);
            sets.persist(created);
            return created;
        });
        int next = versions.lastNumberOf(set) + 1;
        CriteriaSetVersion version = CriteriaSetVersion.draft(set, next, content, derivedFrom, actor, now);
        versions.persist(version);
        versions.flush();
        return version;
    }

    private VersionView change(String code, int number, String ifMatch, String action, java.util.function.Consumer<CriteriaSetVersion> edit) {
        CriteriaSetVersion version = versions.findForUpdate(code, number).orElseThrow(() -> CatalogueAccess.notFound(code, number));
        Versions.requireMatch(ifMatch, version.revision());
        Map<String, Object> before = CatalogueAudit.stateOf(version);
        try {
            edit.accept(version);
        } catch (VersionNotEditable refused) {
            throw ProblemException.conflict(refused.getMessage());
        } catch (CriteriaSetVersion.NoSuchElementException missing) {
            throw ProblemException.notFound(missing.getMessage());
        }
        versions.flush();
        audit.recordVersion(access.actor(), action, before, version, null);
        return view(version);
    }

    static VersionView view(CriteriaSetVersion v) {
        return new VersionView(v.toDocument(), v.revision());
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now();
    }
}
