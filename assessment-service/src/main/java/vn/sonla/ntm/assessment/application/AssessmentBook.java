package vn.sonla.ntm.assessment.application;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.sonla.ntm.assessment.domain.AccessRules;
import vn.sonla.ntm.assessment.domain.AdministrativeUnit;
import vn.sonla.ntm.assessment.domain.Assessment;
import vn.sonla.ntm.assessment.domain.AssessmentState;
import vn.sonla.ntm.assessment.domain.CriteriaSetSnapshot;
import vn.sonla.ntm.assessment.domain.IndicatorEntry;
import vn.sonla.ntm.assessment.domain.ValueInput;
import vn.sonla.ntm.assessment.domain.WorkflowRefusal;
import vn.sonla.ntm.assessment.persistence.Assessments;
import vn.sonla.ntm.common.Page;
import vn.sonla.ntm.common.PageRequest;
import vn.sonla.ntm.common.ProblemException;
import vn.sonla.ntm.common.Versions;

/**
 * Opening assessments and entering their values. Each change is one transaction with exactly one audit entry;
 * the evaluation figures on the row are rewritten in the same transaction.
 */
@ApplicationScoped
public class AssessmentBook {

    /** What the caller asks to open. */
    public record Opening(String unitCode, int year, String setCode, int setVersion, String communeClass) {
    }

    /** The unit record and district an opening resolves to. */
    public record Target(AdministrativeUnit unit, String districtCode, LocalDate referenceDate) {
    }

    @Inject
    UnitDirectory directory;

    @Inject
    Assessments assessments;

    @Inject
    Snapshots snapshots;

    @Inject
    AuditLog audit;

    @Inject
    Access access;

    @Inject
    CommuneStatusProjection status;

    /** Opens an assessment: resolve and check scope first, then obtain the snapshot (perhaps remotely), then store. */
    @Transactional(Transactional.TxType.NEVER)
    public Assessment open(Opening opening) {
        Target target = resolve(opening);
        CriteriaSetSnapshot snapshot = snapshots.obtain(opening.setCode(), opening.setVersion());
        return store(opening, target, snapshot);
    }

    /** The unit record of the year (31 December, or the unit's last day if it ended within the year) and its district then. */
    @Transactional
    Target resolve(Opening opening) {
        if (opening.year() < 2010 || opening.year() > 2100) {
            throw WorkflowRefusal.invalid("year", "must be a year between 2010 and 2100");
        }
        LocalDate endOfYear = LocalDate.of(opening.year(), 12, 31);
        AdministrativeUnit unit = directory.unitAt(opening.unitCode(), endOfYear)
                .or(() -> directory.allPeriodsOf(opening.unitCode()).stream()
                        .filter(u -> u.validTo() != null && u.validTo().getYear() == opening.year())
                        .max(Comparator.comparing(AdministrativeUnit::validTo)))
                .orElseThrow(() -> WorkflowRefusal.invalid("unitCode", "no unit " + opening.unitCode() + " existed in " + opening.year()));
        LocalDate reference = Assessment.referenceDateFor(opening.year(), unit.validTo());
        String district = directory.districtOf(unit.code(), reference).orElse(null);
        access.require(AccessRules.refusesEditing(access.actor(), unit.code(), district));
        return new Target(unit, district, reference);
    }

    @Transactional
    Assessment store(Opening opening, Target target, CriteriaSetSnapshot snapshot) {
        assessments.find(target.unit().id(), snapshot.code(), snapshot.version(), opening.year()).ifPresent(existing -> {
            throw ProblemException.conflict("commune " + target.unit().code() + " already has assessment " + existing.id()
                    + " of " + snapshot.code() + " v" + snapshot.version() + " for " + opening.year());
        });
        Assessment a = Assessment.open(target.unit(), target.districtCode(), opening.year(), target.referenceDate(), snapshot.id(),
                snapshot.document(), opening.communeClass(), access.name(), Clock.now());
        assessments.persistAndFlush(a);
        audit.record("assessment.open", "assessment", a.id(), a.unitCode(), null,
                Map.of("state", a.state(), "set", snapshot.code() + " v" + snapshot.version(), "year", a.year(),
                        "referenceDate", a.referenceDate().toString()), null);
        return a;
    }

    /** An assessment the caller may read. */
    @Transactional
    public Assessment read(long id) {
        Assessment a = assessments.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No assessment " + id));
        access.require(AccessRules.refusesReading(access.actor(), a));
        return a;
    }

    /** Lists what the caller may see: a district only its communes, a commune itself, an appraiser what was submitted. */
    @Transactional
    public Page<Assessment> list(Assessments.Filter asked, PageRequest page) {
        var actor = access.actor();
        Assessments.Filter f = asked;
        if (!actor.readsEverything()) {
            if (actor.is(vn.sonla.ntm.assessment.domain.Actor.DISTRICT_OFFICER)) {
                if (asked.districtCode() != null && !asked.districtCode().equals(actor.districtCode())) {
                    throw ProblemException.forbidden("district " + actor.districtCode() + " cannot list the assessments of district "
                            + asked.districtCode());
                }
                f = new Assessments.Filter(asked.provinceCode(), asked.unitCode(), actor.districtCode(), asked.year(), asked.setCode(),
                        asked.state(), asked.submittedOnly());
            } else if (actor.is(vn.sonla.ntm.assessment.domain.Actor.COMMUNE_OFFICER)) {
                if (asked.unitCode() != null && !asked.unitCode().equals(actor.unitCode())) {
                    throw ProblemException.forbidden("a commune account lists only its own assessments");
                }
                f = new Assessments.Filter(asked.provinceCode(), actor.unitCode(), asked.districtCode(), asked.year(), asked.setCode(),
                        asked.state(), asked.submittedOnly());
            } else if (actor.is(vn.sonla.ntm.assessment.domain.Actor.DEPARTMENT_APPRAISER)) {
                f = new Assessments.Filter(asked.provinceCode(), asked.unitCode(), asked.districtCode(), asked.year(), asked.setCode(),
                        asked.state(), true);
            } else {
                throw ProblemException.forbidden("your role does not read assessments");
            }
        }
        var query = assessments.matching(f);
        long total = query.count();
        List<Assessment> items = query.page(io.quarkus.panache.common.Page.of(page.page(), page.size())).list();
        return Page.of(items, page, total);
    }

    /** Replaces the whole values map (If-Match required). */
    @Transactional
    public Assessment replaceValues(long id, String ifMatch, Map<String, ValueInput> values, Map<String, String> unreadable) {
        Assessment a = editable(id, ifMatch);
        CriteriaSetSnapshot snapshot = snapshots.byId(a.snapshotId());
        refuseAll(values, unreadable, snapshot);
        Map<String, Object> before = valuesOf(a);
        List<String> changed = a.replaceValues(values, snapshot.document(), access.name(), Clock.now());
        if (!changed.isEmpty()) {
            audit.record("assessment.values", "assessment", a.id(), a.unitCode(), before, valuesOf(a), null);
            assessments.flush();
        }
        return a;
    }

    /** Writes some indicators' values, leaving the others (autosave of one value; import of a sheet). */
    @Transactional
    public Assessment enterValues(long id, String ifMatch, Map<String, ValueInput> values, Map<String, String> unreadable, String action) {
        Assessment a = editable(id, ifMatch);
        CriteriaSetSnapshot snapshot = snapshots.byId(a.snapshotId());
        refuseAll(values, unreadable, snapshot);
        Map<String, Object> before = valuesOf(a, values.keySet());
        List<String> changed = a.enterValues(values, snapshot.document(), access.name(), Clock.now());
        if (!changed.isEmpty()) {
            audit.record(action, "assessment", a.id(), a.unitCode(), before, valuesOf(a, values.keySet()), null);
            assessments.flush();
        }
        return a;
    }

    /** Refuses, all at once, values that could not be read and values the set version does not accept. */
    private static void refuseAll(Map<String, ValueInput> values, Map<String, String> unreadable, CriteriaSetSnapshot snapshot) {
        Map<String, String> refused = new LinkedHashMap<>(unreadable);
        Assessment.refusalsOf(values, snapshot.document()).forEach(refused::putIfAbsent);
        if (!refused.isEmpty()) {
            throw WorkflowRefusal.invalid(refused);
        }
    }

    /** Loads for a change: the caller must be allowed to edit, send the current ETag, and the state must allow edits. */
    Assessment editable(long id, String ifMatch) {
        Assessment a = assessments.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("No assessment " + id));
        access.require(AccessRules.refusesReading(access.actor(), a));
        access.require(AccessRules.refusesEditing(access.actor(), a.unitCode(), a.districtCode()));
        Versions.requireMatch(ifMatch, a.version());
        a.requireEditable();
        return a;
    }

    static Map<String, Object> valuesOf(Assessment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (IndicatorEntry e : a.values()) {
            m.put(e.indicatorCode(), describe(e));
        }
        return m;
    }

    static Map<String, Object> valuesOf(Assessment a, java.util.Collection<String> codes) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String code : codes.stream().sorted().toList()) {
            Optional<IndicatorEntry> e = a.entry(code);
            m.put(code, e.map(AssessmentBook::describe).orElse(null));
        }
        return m;
    }

    private static Object describe(IndicatorEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", e.value() == null ? null : e.value().toJson());
        m.put("note", e.note());
        m.put("dataSource", e.dataSource());
        return m;
    }

    /** Assessment states a caller sees in lists. */
    public static boolean visibleToAppraisers(AssessmentState s) {
        return s.isSubmittedOrLater();
    }
}
