package vn.sonla.ntm.assessment.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import vn.sonla.ntm.assessment.domain.AccessRules;
import vn.sonla.ntm.assessment.domain.Actor;
import vn.sonla.ntm.assessment.domain.AdministrativeUnit;
import vn.sonla.ntm.assessment.domain.Assessment;
import vn.sonla.ntm.assessment.domain.AssessmentState;
import vn.sonla.ntm.assessment.domain.CriteriaSetSnapshot;
import vn.sonla.ntm.assessment.domain.Decision;
import vn.sonla.ntm.assessment.domain.Recognition;
import vn.sonla.ntm.assessment.domain.RecognitionLevel;
import vn.sonla.ntm.assessment.domain.UnitLevel;
import vn.sonla.ntm.assessment.domain.ValueInput;
import vn.sonla.ntm.assessment.domain.WorkflowRefusal;
import vn.sonla.ntm.assessment.persistence.AdministrativeUnits;
import vn.sonla.ntm.assessment.persistence.Assessments;
import vn.sonla.ntm.assessment.persistence.CommuneStatusTable;
import vn.sonla.ntm.assessment.persistence.Recognitions;
import vn.sonla.ntm.common.Problem;
import vn.sonla.ntm.common.ProblemException;
import vn.sonla.ntm.common.Versions;
import vn.sonla.ntm.common.audit.AuditRecord;

/**
 * Many assessments in one request, all or nothing (ADR 0071): opening them with their values, and the workflow's
 * transitions (submit, appraise, return, recognise). Every item is checked with the same rules as the single
 * endpoints — scope, state, If-Match version, values against the snapshot — and the whole batch is one transaction:
 * the first refused item (named {@code items[i]}) refuses the batch and nothing is written. Each assessment changed
 * gets its own audit entry, as with the single endpoints; the entries of a batch are chained with one lock of the
 * chain head, and the published commune status is refreshed once for the units concerned.
 */
@ApplicationScoped
public class AssessmentBatches {

    /** An assessment to open, with its values (may be empty). */
    public record NewAssessment(String unitCode, int year, String setCode, int setVersion, String communeClass,
                                Map<String, ValueInput> values, Map<String, String> unreadable) {
    }

    /** A transition asked for one assessment: its id and the version the caller read (If-Match of the single endpoint). */
    public record Item(long id, Long version) {
    }

    /** A department's verdicts on one assessment. */
    public record Verdicts(long id, Long version, List<Assessment.VerdictGiven> verdicts) {
    }

    /** A return with its reason. */
    public record ReturnItem(long id, Long version, String reason) {
    }

    /** A recognition with its decision. */
    public record RecognitionItem(long id, Long version, String decisionNumber, LocalDate decisionDate, String issuingBody) {
    }

    /** What happened to one assessment of the batch. */
    public record Outcome(long id, String unitCode, int year, String state, long version, int criteriaMet, int criteriaTotal,
                          Long recognitionId) {
        static Outcome of(Assessment a) {
            return new Outcome(a.id(), a.unitCode(), a.year(), a.state().name(), a.version(), a.criteriaMet(), a.criteriaTotal(),
                    a.recognitionId());
        }
    }

    @Inject
    Assessments assessments;

    @Inject
    AdministrativeUnits units;

    @Inject
    Recognitions recognitions;

    @Inject
    Snapshots snapshots;

    @Inject
    AuditLog audit;

    @Inject
    Access access;

    @Inject
    CommuneStatusTable status;

    @Inject
    EntityManager em;

    // ---- opening -----------------------------------------------------------------------------------------------

    /** Obtains the snapshots first (perhaps remotely, never inside a transaction), then stores the batch in one transaction. */
    @Transactional(Transactional.TxType.NEVER)
    public List<Outcome> open(List<NewAssessment> items) {
        Map<String, CriteriaSetSnapshot> sets = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            NewAssessment n = items.get(i);
            String key = n.setCode() + "\u0000" + n.setVersion();
            if (!sets.containsKey(key)) {
                int index = i;
                sets.put(key, inItem(index, () -> snapshots.obtain(n.setCode(), n.setVersion())));
            }
        }
        return store(items, sets);
    }

    @Transactional
    List<Outcome> store(List<NewAssessment> items, Map<String, CriteriaSetSnapshot> sets) {
        Actor actor = access.actor();
        Set<String> codes = items.stream().map(NewAssessment::unitCode).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, List<AdministrativeUnit>> periods = byCode(codes);
        Set<String> parentCodes = periods.values().stream().flatMap(List::stream).map(AdministrativeUnit::parentCode)
                .filter(p -> p != null && !periods.containsKey(p)).collect(Collectors.toSet());
        Map<String, List<AdministrativeUnit>> parents = byCode(parentCodes);
        parents.putAll(periods);

        record Target(AdministrativeUnit unit, String district, LocalDate reference, CriteriaSetSnapshot snapshot) {
        }
        List<Target> targets = new ArrayList<>(items.size());
        Map<String, String> invalid = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            NewAssessment n = items.get(i);
            String at = "items[" + i + "].";
            if (n.year() < 2010 || n.year() > 2100) {
                invalid.put(at + "year", "must be a year between 2010 and 2100");
                targets.add(null);
                continue;
            }
            LocalDate endOfYear = LocalDate.of(n.year(), 12, 31);
            List<AdministrativeUnit> all = periods.getOrDefault(n.unitCode(), List.of());
            Optional<AdministrativeUnit> unit = all.stream().filter(u -> u.isValidOn(endOfYear)).findFirst()
                    .or(() -> all.stream().filter(u -> u.validTo() != null && u.validTo().getYear() == n.year())
                            .max(Comparator.comparing(AdministrativeUnit::validTo)));
            if (unit.isEmpty()) {
                invalid.put(at + "unitCode", "no unit " + n.unitCode() + " existed in " + n.year());
                targets.add(null);
                continue;
            }
            LocalDate reference = Assessment.referenceDateFor(n.year(), unit.get().validTo());
            String district = unit.get().level() != UnitLevel.COMMUNE || unit.get().parentCode() == null ? null
                    : parents.getOrDefault(unit.get().parentCode(), List.of()).stream()
                            .filter(p -> p.level() == UnitLevel.DISTRICT && p.isValidOn(reference))
                            .map(AdministrativeUnit::code).findFirst().orElse(null);
            int index = i;
            inItem(index, () -> {
                access.require(AccessRules.refusesEditing(actor, unit.get().code(), district));
                return null;
            });
            CriteriaSetSnapshot snapshot = sets.get(n.setCode() + "\u0000" + n.setVersion());
            Map<String, String> refused = new LinkedHashMap<>(n.unreadable());
            Assessment.refusalsOf(n.values(), snapshot.document()).forEach(refused::putIfAbsent);
            refused.forEach((field, why) -> invalid.put(at + field, why));
            targets.add(new Target(unit.get(), district, reference, snapshot));
        }
        if (!invalid.isEmpty()) {
            throw Problems.of(WorkflowRefusal.invalid(invalid));
        }

        Set<String> taken = existingKeys(targets.stream().map(t -> t.unit().id()).collect(Collectors.toSet()),
                items.stream().map(NewAssessment::year).collect(Collectors.toSet()));
        for (int i = 0; i < items.size(); i++) {
            Target t = targets.get(i);
            String key = t.unit().id() + "/" + t.snapshot().code() + "/" + t.snapshot().version() + "/" + items.get(i).year();
            if (!taken.add(key)) {
                throw itemProblem(i, ProblemException.conflict("commune " + t.unit().code() + " already has an assessment of "
                        + t.snapshot().code() + " v" + t.snapshot().version() + " for " + items.get(i).year()
                        + " (in the database or earlier in this batch)"));
            }
        }

        String by = access.name();
        OffsetDateTime now = Clock.now();
        List<Assessment> created = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            NewAssessment n = items.get(i);
            Target t = targets.get(i);
            Assessment a = inItem(i, () -> {
                Assessment opened = Assessment.open(t.unit(), t.district(), n.year(), t.reference(), t.snapshot().id(),
                        t.snapshot().document(), n.communeClass(), by, now);
                if (!n.values().isEmpty()) {
                    opened.enterValues(n.values(), t.snapshot().document(), by, now);
                }
                return opened;
            });
            assessments.persist(a);
            created.add(a);
        }
        em.flush();
        String reason = "batch of " + items.size() + " assessments";
        List<AuditRecord> records = new ArrayList<>(created.size());
        for (Assessment a : created) {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("state", a.state());
            after.put("set", a.setCode() + " v" + a.setVersion());
            after.put("year", a.year());
            after.put("referenceDate", a.referenceDate().toString());
            after.put("values", AssessmentBook.valuesOf(a));
            records.add(new AuditRecord(by, "assessment.open", "assessment", String.valueOf(a.id()), a.unitCode(), null, after, reason));
        }
        audit.recordAll(records);
        return created.stream().map(Outcome::of).toList();
    }

    private Map<String, List<AdministrativeUnit>> byCode(Set<String> codes) {
        Map<String, List<AdministrativeUnit>> map = new HashMap<>();
        if (!codes.isEmpty()) {
            for (AdministrativeUnit u : units.list("code in ?1", codes)) {
                map.computeIfAbsent(u.code(), k -> new ArrayList<>()).add(u);
            }
        }
        return map;
    }

    @SuppressWarnings("unchecked")
    private Set<String> existingKeys(Set<Long> unitIds, Set<Integer> years) {
        if (unitIds.isEmpty()) {
            return new HashSet<>();
        }
        List<Object[]> rows = em.createQuery("select a.unitId, a.setCode, a.setVersion, a.year from Assessment a "
                        + "where a.unitId in :units and a.year in :years")
                .setParameter("units", unitIds).setParameter("years", years).getResultList();
        Set<String> keys = new HashSet<>();
        for (Object[] r : rows) {
            keys.add(r[0] + "/" + r[1] + "/" + r[2] + "/" + r[3]);
        }
        return keys;
    }

    // ---- transitions -------------------------------------------------------------------------------------------

    @Transactional
    public List<Outcome> submit(List<Item> items) {
        Map<Long, Assessment> locked = lock(items.stream().map(Item::id).toList());
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            Assessment a = locked.get(item.id());
            steps.add(inItem(i, () -> {
                readable(a);
                requireVersion(item.version(), a);
                access.require(AccessRules.refusesSubmitting(access.actor(), a));
                AssessmentState from = a.state();
                a.submit(access.name(), Clock.now());
                return new Step(a, "assessment.submit", from, null);
            }));
        }
        return finish(steps, items.size());
    }

    @Transactional
    public List<Outcome> appraise(List<Verdicts> items) {
        Map<Long, Assessment> locked = lock(items.stream().map(Verdicts::id).toList());
        Actor actor = access.actor();
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Verdicts item = items.get(i);
            Assessment a = locked.get(item.id());
            steps.add(inItem(i, () -> {
                readable(a);
                if (item.verdicts() == null || item.verdicts().isEmpty()) {
                    throw WorkflowRefusal.invalid("verdicts", "must give at least one verdict");
                }
                CriteriaSetSnapshot snapshot = snapshots.byId(a.snapshotId());
                for (Assessment.VerdictGiven v : item.verdicts()) {
                    if (v.criterionCode() == null || v.criterionCode().isBlank()) {
                        throw WorkflowRefusal.invalid("criterionCode", "is required");
                    }
                    boolean known = snapshot.document().criteria().anyMatch(c -> c.code().equals(v.criterionCode()));
                    if (known) {
                        access.require(AccessRules.refusesAppraising(actor, v.criterionCode(), snapshot.ownerOf(v.criterionCode())));
                    }
                }
                if (item.version() != null) {
                    requireVersion(item.version(), a);
                }
                AssessmentState from = a.state();
                a.appraiseAll(item.verdicts().stream().map(v -> new Assessment.VerdictGiven(v.criterionCode().trim(), v.verdict(),
                        v.comment())).toList(), actor.departmentCode(), snapshot.document(), access.name(), Clock.now());
                String reason = item.verdicts().stream().map(v -> v.criterionCode().trim() + ": " + v.verdict()
                        + (v.comment() == null || v.comment().isBlank() ? "" : " — " + v.comment().trim())).collect(Collectors.joining("; "));
                return new Step(a, "assessment.appraise", from, reason);
            }));
        }
        return finish(steps, items.size());
    }

    @Transactional
    public List<Outcome> returnForCorrection(List<ReturnItem> items) {
        requireCoordinator("return assessments");
        Map<Long, Assessment> locked = lock(items.stream().map(ReturnItem::id).toList());
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ReturnItem item = items.get(i);
            Assessment a = locked.get(item.id());
            steps.add(inItem(i, () -> {
                readable(a);
                requireVersion(item.version(), a);
                AssessmentState from = a.state();
                a.returnForCorrection(item.reason(), access.name(), Clock.now());
                return new Step(a, "assessment.return", from, item.reason().trim());
            }));
        }
        return finish(steps, items.size());
    }

    @Transactional
    public List<Outcome> recognise(List<RecognitionItem> items) {
        requireCoordinator("record recognitions");
        Map<Long, Assessment> locked = lock(items.stream().map(RecognitionItem::id).toList());
        Map<Long, AdministrativeUnit> unitsById = locked.isEmpty() ? Map.of()
                : units.list("id in ?1", locked.values().stream().map(Assessment::unitId).collect(Collectors.toSet())).stream()
                        .collect(Collectors.toMap(AdministrativeUnit::id, Function.identity()));
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            RecognitionItem item = items.get(i);
            Assessment a = locked.get(item.id());
            steps.add(inItem(i, () -> {
                readable(a);
                requireVersion(item.version(), a);
                Decision decision = new Decision(item.decisionNumber(), item.decisionDate(), item.issuingBody());
                CriteriaSetSnapshot snapshot = snapshots.byId(a.snapshotId());
                AssessmentState from = a.state();
                RecognitionLevel level = a.recognise(snapshot.document(), access.name(), Clock.now());
                Recognition recognition = Recognition.byDecision(unitsById.get(a.unitId()), level, decision, a.setCode(), a.setVersion(),
                        a.id(), access.name(), Clock.now());
                recognitions.persist(recognition);
                a.recordRecognition(recognition.id());
                return new Step(a, "assessment.recognise", from, level + " by " + decision.number() + " of " + decision.date() + " ("
                        + decision.issuingBody() + ")");
            }));
        }
        return finish(steps, items.size());
    }

    /** One transition done, waiting for its audit entry. */
    private record Step(Assessment assessment, String action, AssessmentState from, String reason) {
    }

    /** Locks every assessment of the batch in id order (so concurrent batches cannot deadlock); refuses unknown and repeated ids. */
    private Map<Long, Assessment> lock(List<Long> ids) {
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!seen.add(ids.get(i))) {
                throw itemProblem(i, ProblemException.invalidField("id", "names assessment " + ids.get(i) + " a second time"));
            }
        }
        Map<Long, Assessment> locked = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Assessment a : assessments.find("id in ?1 order by id", ids).withLock(LockModeType.PESSIMISTIC_WRITE).list()) {
                locked.put(a.id(), a);
            }
        }
        for (int i = 0; i < ids.size(); i++) {
            if (!locked.containsKey(ids.get(i))) {
                throw itemProblem(i, ProblemException.notFound("No assessment " + ids.get(i)));
            }
        }
        return locked;
    }

    private void readable(Assessment a) {
        access.require(AccessRules.refusesReading(access.actor(), a));
    }

    private static void requireVersion(Long version, Assessment a) {
        Versions.requireMatch(version == null ? null : "\"" + version + "\"", a.version());
    }

    private void requireCoordinator(String what) {
        if (!access.actor().isCoordinator()) {
            throw ProblemException.forbidden("only the coordination office may " + what);
        }
    }

    /** Writes the batch: versions move, one audit entry per assessment, the published status of the units concerned. */
    private List<Outcome> finish(List<Step> steps, int size) {
        em.flush();
        String batch = "batch of " + size;
        List<AuditRecord> records = new ArrayList<>(steps.size());
        Set<Long> statusUnits = new LinkedHashSet<>();
        for (Step s : steps) {
            Assessment a = s.assessment();
            Map<String, Object> before = new LinkedHashMap<>();
            before.put("state", s.from().name());
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("state", a.state().name());
            after.put("round", a.round());
            after.put("criteriaMet", a.criteriaMet());
            after.put("criteriaAgreed", a.criteriaAgreed());
            if (a.recognitionId() != null) {
                after.put("recognitionId", a.recognitionId());
            }
            records.add(new AuditRecord(access.name(), s.action(), "assessment", String.valueOf(a.id()), a.unitCode(), before, after,
                    s.reason() == null ? batch : s.reason() + " (" + batch + ")"));
            if (a.state() == AssessmentState.APPRAISED || a.state() == AssessmentState.RECOGNISED || s.from() == AssessmentState.APPRAISED) {
                statusUnits.add(a.unitId());
            }
        }
        audit.recordAll(records);
        status.refresh(statusUnits);
        return steps.stream().map(s -> Outcome.of(s.assessment())).toList();
    }

    // ---- naming the refused item -------------------------------------------------------------------------------

    private interface Work<T> {
        T run();
    }

    /** Runs one item's work; a refusal is answered as the single endpoint would, its fields prefixed with items[i]. */
    private static <T> T inItem(int index, Work<T> work) {
        try {
            return work.run();
        } catch (WorkflowRefusal r) {
            throw itemProblem(index, Problems.of(r));
        } catch (ProblemException p) {
            throw itemProblem(index, p);
        }
    }

    static ProblemException itemProblem(int index, ProblemException p) {
        String at = "items[" + index + "]";
        Problem original = p.problem();
        List<Problem.FieldError> errors = original.errors().isEmpty() ? List.of(new Problem.FieldError(at, original.detail()))
                : original.errors().stream().map(e -> new Problem.FieldError(e.field().startsWith("items[") ? e.field() : at + "." + e.field(),
                        e.message())).toList();
        return new ProblemException(new Problem(original.type(), original.title(), original.status(),
                at + ": " + original.detail() + " — nothing in this batch was written", original.instance(), errors));
    }
}
