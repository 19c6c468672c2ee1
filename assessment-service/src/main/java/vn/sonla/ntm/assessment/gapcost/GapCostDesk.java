package vn.sonla.ntm.assessment.gapcost;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.sonla.ntm.assessment.application.Access;
import vn.sonla.ntm.assessment.application.AssessmentBook;
import vn.sonla.ntm.assessment.application.AuditLog;
import vn.sonla.ntm.assessment.application.Clock;
import vn.sonla.ntm.assessment.application.Snapshots;
import vn.sonla.ntm.assessment.application.UnitDirectory;
import vn.sonla.ntm.assessment.domain.AccessRules;
import vn.sonla.ntm.assessment.domain.Actor;
import vn.sonla.ntm.assessment.domain.AdministrativeUnit;
import vn.sonla.ntm.assessment.domain.Assessment;
import vn.sonla.ntm.assessment.domain.PilotDesignation;
import vn.sonla.ntm.assessment.persistence.AdministrativeUnits;
import vn.sonla.ntm.assessment.persistence.Assessments;
import vn.sonla.ntm.assessment.persistence.PilotDesignations;
import vn.sonla.ntm.common.Problem;
import vn.sonla.ntm.common.ProblemException;
import vn.sonla.ntm.common.Versions;
import vn.sonla.ntm.decision.gap.GapCosting;
import vn.sonla.ntm.decision.gap.GapCosting.CommuneGapCost;
import vn.sonla.ntm.decision.gap.GapCosting.SourceShare;
import vn.sonla.ntm.rules.Evaluation;
import vn.sonla.ntm.rules.document.CriteriaSetDocument;

/**
 * Gap costing (decision 0091): the office's unit costs, the districts' estimates, and the priced gaps of an assessment
 * or of every commune's latest assessment of a set. The pricing itself is decision-rules' {@link GapCosting}.
 */
@ApplicationScoped
public class GapCostDesk {

    static final long MAX_AMOUNT = 1_000_000_000_000_000L;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    private static final Pattern INDICATOR = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,19}");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    GapUnitCosts unitCosts;

    @Inject
    GapEstimates estimates;

    @Inject
    Assessments assessments;

    @Inject
    AssessmentBook book;

    @Inject
    Snapshots snapshots;

    @Inject
    AdministrativeUnits units;

    @Inject
    PilotDesignations pilots;

    @Inject
    AuditLog audit;

    @Inject
    Access access;

    @Inject
    UnitDirectory directory;

    /** Districts ended on 30 June 2025 (the two-tier reform): a commune's district is looked up no later than that day. */
    private static final LocalDate LAST_DAY_OF_DISTRICTS = LocalDate.of(2025, 6, 30);

    public record UnitCostInput(GapCosting.Mode mode, Long amountPerUnit, String unit, String fieldCode, String basis) {
    }

    public record EstimateInput(String fieldCode, Long amount, BigDecimal quantity, List<SourceShare> sources, String note) {
    }

    /** The priced gaps of one assessment, with what identifies it. */
    public record AssessmentCost(Assessment assessment, String unitName, boolean pilot, CommuneGapCost cost, List<GapEstimate> estimates) {
    }

    // ---- unit costs ------------------------------------------------------------------------------------------------

    @Transactional
    public List<GapUnitCost> unitCosts(String setCode) {
        return unitCosts.ofSet(setCode);
    }

    @Transactional
    public GapUnitCost writeUnitCost(String setCode, String indicatorCode, UnitCostInput in, String ifMatch) {
        requireCoordinator("unit costs are set by the coordination office");
        List<Problem.FieldError> errors = new ArrayList<>();
        if (setCode == null || setCode.isBlank() || setCode.length() > 100) {
            errors.add(new Problem.FieldError("criteriaSetCode", "must be a criteria-set code"));
        }
        if (indicatorCode == null || !INDICATOR.matcher(indicatorCode).matches()) {
            errors.add(new Problem.FieldError("indicatorCode", "must be an indicator code such as 2.1"));
        }
        if (in.mode() == null) {
            errors.add(new Problem.FieldError("mode", "must be PER_SHORTFALL_UNIT, PER_QUANTITY or LUMP_SUM"));
        }
        amount("amountPerUnit", in.amountPerUnit(), true, errors);
        field("fieldCode", in.fieldCode(), errors);
        if (in.basis() == null || in.basis().isBlank()) {
            errors.add(new Problem.FieldError("basis", "must name the price table or decision the unit cost comes from"));
        } else if (in.basis().length() > 2000) {
            errors.add(new Problem.FieldError("basis", "must be at most 2000 characters"));
        }
        if (in.unit() != null && in.unit().length() > 40) {
            errors.add(new Problem.FieldError("unit", "must be at most 40 characters"));
        }
        if (in.mode() == GapCosting.Mode.PER_QUANTITY && (in.unit() == null || in.unit().isBlank())) {
            errors.add(new Problem.FieldError("unit", "a cost per quantity names its unit (km, m², công trình ...)"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The unit cost has invalid fields", errors);
        }
        GapUnitCost row = unitCosts.of(setCode, indicatorCode).orElse(null);
        Map<String, Object> before = null;
        if (row == null) {
            row = new GapUnitCost();
            row.setCode = setCode;
            row.indicatorCode = indicatorCode;
        } else {
            Versions.requireMatch(ifMatch, row.version);
            before = unitCostFacts(row);
        }
        row.mode = in.mode();
        row.amountPerUnit = in.amountPerUnit();
        row.unit = blankToNull(in.unit());
        row.fieldCode = in.fieldCode();
        row.basis = in.basis().trim();
        row.updatedBy = access.name();
        row.updatedAt = Clock.now();
        if (row.id == null) {
            unitCosts.persist(row);
        }
        unitCosts.flush();
        audit.record(before == null ? "gap-unit-cost.create" : "gap-unit-cost.revise", "gap-unit-cost", row.setCode + "/" + row.indicatorCode, null, before,
                unitCostFacts(row), row.basis);
        return row;
    }

    @Transactional
    public void deleteUnitCost(String setCode, String indicatorCode, String ifMatch) {
        requireCoordinator("unit costs are set by the coordination office");
        GapUnitCost row = unitCosts.of(setCode, indicatorCode)
                .orElseThrow(() -> ProblemException.notFound("No unit cost for " + indicatorCode + " of " + setCode));
        Versions.requireMatch(ifMatch, row.version);
        audit.record("gap-unit-cost.delete", "gap-unit-cost", row.setCode + "/" + row.indicatorCode, null, unitCostFacts(row), null, null);
        unitCosts.delete(row);
    }

    /** The audit of a unit cost, keyed by set and indicator (so removals and re-creations stay in one history). */
    @Transactional
    public List<vn.sonla.ntm.common.audit.AuditEntryView> unitCostAudit(String setCode, String indicatorCode) {
        List<vn.sonla.ntm.common.audit.AuditEntryView> entries = audit.forEntity("gap-unit-cost", setCode + "/" + indicatorCode);
        if (entries.isEmpty()) {
            throw ProblemException.notFound("No unit cost for " + indicatorCode + " of " + setCode);
        }
        return entries;
    }

    // ---- estimates -------------------------------------------------------------------------------------------------

    @Transactional
    public GapEstimate writeEstimate(long assessmentId, String indicatorCode, EstimateInput in, String ifMatch) {
        Assessment a = book.read(assessmentId);
        requireEstimator(a);
        List<Problem.FieldError> errors = new ArrayList<>();
        field("fieldCode", in.fieldCode(), errors);
        if ((in.amount() == null) == (in.quantity() == null)) {
            errors.add(new Problem.FieldError("amount", "give either an amount (đồng) or a quantity at the office's unit cost, not both"));
        }
        if (in.amount() != null) {
            amount("amount", in.amount(), true, errors);
        }
        if (in.quantity() != null && (in.quantity().signum() <= 0 || in.quantity().compareTo(BigDecimal.valueOf(1_000_000_000)) > 0
                || in.quantity().stripTrailingZeros().scale() > 3)) {
            errors.add(new Problem.FieldError("quantity", "must be more than 0, at most 10^9, with at most 3 decimals"));
        }
        List<SourceShare> sources = in.sources() == null ? List.of() : in.sources();
        int sum = 0;
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < sources.size(); i++) {
            SourceShare s = sources.get(i);
            if (s == null || s.sourceCode() == null || !CODE.matcher(s.sourceCode()).matches()) {
                errors.add(new Problem.FieldError("sources[" + i + "].sourceCode", "must be a funding-source code such as NSTW_DTPT"));
            } else if (!seen.add(s.sourceCode())) {
                errors.add(new Problem.FieldError("sources[" + i + "].sourceCode", "is given twice"));
            }
            if (s != null && (s.percent() < 1 || s.percent() > 100)) {
                errors.add(new Problem.FieldError("sources[" + i + "].percent", "must be between 1 and 100"));
            }
            sum += s == null ? 0 : s.percent();
        }
        if (!sources.isEmpty() && sum != 100) {
            errors.add(new Problem.FieldError("sources", "the shares must add up to 100 (they add up to " + sum + ")"));
        }
        if (in.note() != null && in.note().length() > 2000) {
            errors.add(new Problem.FieldError("note", "must be at most 2000 characters"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The estimate has invalid fields", errors);
        }
        CriteriaSetDocument set = snapshots.byId(a.snapshotId()).document();
        if (set.indicator(indicatorCode).isEmpty()) {
            throw ProblemException.unprocessable("Not an indicator of the set", indicatorCode + " is not an indicator of " + set.reference(),
                    List.of(new Problem.FieldError("indicatorCode", "not an indicator of " + set.reference())));
        }
        Evaluation e = a.evaluate(set);
        boolean open = e.criteria().stream().flatMap(c -> c.openIndicators().stream()).anyMatch(r -> r.code().equals(indicatorCode));
        if (!open) {
            throw ProblemException.unprocessable("The indicator is met", indicatorCode + " is met in assessment " + assessmentId
                    + ": only open indicators are costed", List.of(new Problem.FieldError("indicatorCode", "is already met")));
        }
        GapEstimate row = estimates.of(assessmentId, indicatorCode).orElse(null);
        Map<String, Object> before = null;
        if (row == null) {
            row = new GapEstimate();
            row.assessmentId = assessmentId;
            row.unitCode = a.unitCode();
            row.districtCode = a.districtCode();
            row.indicatorCode = indicatorCode;
        } else {
            Versions.requireMatch(ifMatch, row.version);
            before = estimateFacts(row);
        }
        row.fieldCode = in.fieldCode();
        row.amount = in.amount();
        row.quantity = in.quantity();
        row.sources = write(sources);
        row.note = blankToNull(in.note());
        row.updatedBy = access.name();
        row.updatedAt = Clock.now();
        if (row.id == null) {
            estimates.persist(row);
        }
        estimates.flush();
        audit.record(before == null ? "gap-estimate.create" : "gap-estimate.revise", "gap-estimate", row.id, a.unitCode(), before,
                estimateFacts(row), row.note);
        return row;
    }

    @Transactional
    public void deleteEstimate(long assessmentId, String indicatorCode, String ifMatch) {
        Assessment a = book.read(assessmentId);
        requireEstimator(a);
        GapEstimate row = estimates.of(assessmentId, indicatorCode)
                .orElseThrow(() -> ProblemException.notFound("No estimate for " + indicatorCode + " of assessment " + assessmentId));
        Versions.requireMatch(ifMatch, row.version);
        audit.record("gap-estimate.delete", "gap-estimate", row.id, a.unitCode(), estimateFacts(row), null, null);
        estimates.delete(row);
    }

    // ---- priced gaps -----------------------------------------------------------------------------------------------

    @Transactional
    public AssessmentCost ofAssessment(long assessmentId) {
        Assessment a = book.read(assessmentId);
        return costAll(List.of(a), a.provinceCode()).get(0);
    }

    /**
     * Every commune's latest assessment of a set (year ≤ {@code year}), priced: the district dashboard's ranking and the
     * optimiser's input. A district sees its communes, a commune itself.
     */
    @Transactional
    public List<AssessmentCost> ofCommunes(String provinceCode, String setCode, Integer year, String districtCode, String unitCode) {
        return costAll(latest(provinceCode, setCode, year, districtCode, unitCode), provinceCode);
    }

    /** A commune's latest assessment of a set with its values: what the what-if judges again under another version. */
    public record LatestValues(Assessment assessment, String unitName, java.util.Map<String, Object> values) {
    }

    @Transactional
    public List<LatestValues> latestValues(String provinceCode, String setCode, Integer year, String districtCode) {
        List<Assessment> list = latest(provinceCode, setCode, year, districtCode, null);
        Map<Long, String> names = list.isEmpty() ? Map.of() : units.list("id in ?1", list.stream().map(Assessment::unitId).distinct().toList())
                .stream().collect(Collectors.toMap(AdministrativeUnit::id, AdministrativeUnit::name));
        return list.stream().map(a -> {
            Map<String, Object> values = new java.util.TreeMap<>();
            a.valueMap().forEach((code, v) -> values.put(code, v.toJson()));
            return new LatestValues(a, names.getOrDefault(a.unitId(), a.unitCode()), values);
        }).toList();
    }

    /** Every commune's latest assessment of a set (year ≤ {@code year}) the caller may read: a district its communes, a commune itself. */
    private List<Assessment> latest(String provinceCode, String setCode, Integer year, String districtCode, String unitCode) {
        Actor actor = access.actor();
        String district = districtCode;
        String unit = unitCode;
        if (actor.is(Actor.DISTRICT_OFFICER) && !actor.readsEverything()) {
            if (district != null && !district.equals(actor.districtCode())) {
                throw ProblemException.forbidden("district " + actor.districtCode() + " reads only its own communes' gap costs");
            }
            if (unit != null) {
                // a commune named outright is refused when it was not under this district, not answered with an empty list
                LocalDate day = year == null || year > LAST_DAY_OF_DISTRICTS.getYear() ? LAST_DAY_OF_DISTRICTS : LocalDate.of(year, 12, 31);
                access.require(AccessRules.refusesReadingUnit(actor, unit, directory.districtOf(unit, day).orElse(null)));
            }
            district = actor.districtCode();
        } else if (actor.is(Actor.COMMUNE_OFFICER) && !actor.readsEverything()) {
            if (unit != null && !unit.equals(actor.unitCode())) {
                throw ProblemException.forbidden("a commune account reads only its own commune (" + actor.unitCode() + ")");
            }
            unit = actor.unitCode();
        } else if (!actor.readsEverything()) {
            throw ProblemException.forbidden("gap costs are read by the coordination office, finance, observers, districts and communes");
        }
        StringBuilder q = new StringBuilder("provinceCode = :p and setCode = :s");
        io.quarkus.panache.common.Parameters params = io.quarkus.panache.common.Parameters.with("p", provinceCode).and("s", setCode);
        if (year != null) {
            q.append(" and year <= :y");
            params.and("y", year);
        }
        if (district != null) {
            q.append(" and districtCode = :d");
            params.and("d", district);
        }
        if (unit != null) {
            q.append(" and unitCode = :u");
            params.and("u", unit);
        }
        List<Assessment> all = assessments.list(q + " order by unitCode, year desc, setVersion desc, id desc", params);
        List<Assessment> latest = new ArrayList<>();
        String previous = null;
        for (Assessment a : all) {
            if (!a.unitCode().equals(previous)) {
                latest.add(a);
                previous = a.unitCode();
            }
        }
        return latest;
    }

    private List<AssessmentCost> costAll(List<Assessment> list, String provinceCode) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, List<GapEstimate>> byAssessment = estimates.ofAssessments(list.stream().map(Assessment::id).toList()).stream()
                .collect(Collectors.groupingBy(x -> x.assessmentId, LinkedHashMap::new, Collectors.toList()));
        Map<String, Map<String, GapCosting.UnitCost>> unitCostsBySet = new HashMap<>();
        Map<Long, CriteriaSetDocument> documents = new HashMap<>();
        Set<Long> pilotUnits = pilots.ofProvince(provinceCode, true).stream().map(PilotDesignation::unitId).collect(Collectors.toSet());
        Map<Long, String> names = units.list("id in ?1", list.stream().map(Assessment::unitId).distinct().toList()).stream()
                .collect(Collectors.toMap(AdministrativeUnit::id, AdministrativeUnit::name));
        List<AssessmentCost> out = new ArrayList<>();
        for (Assessment a : list) {
            CriteriaSetDocument set = documents.computeIfAbsent(a.snapshotId(), id -> snapshots.byId(id).document());
            Map<String, GapCosting.UnitCost> costs = unitCostsBySet.computeIfAbsent(a.setCode(), code -> unitCosts.ofSet(code).stream()
                    .collect(Collectors.toMap(u -> u.indicatorCode, GapUnitCost::toRule)));
            List<GapEstimate> own = byAssessment.getOrDefault(a.id(), List.of());
            Map<String, GapCosting.Estimate> given = own.stream().collect(Collectors.toMap(x -> x.indicatorCode,
                    x -> new GapCosting.Estimate(x.indicatorCode, x.fieldCode, x.amount, x.quantity, read(x.sources), x.note)));
            CommuneGapCost cost = GapCosting.cost(a.evaluate(set), given, costs);
            out.add(new AssessmentCost(a, names.getOrDefault(a.unitId(), a.unitCode()), pilotUnits.contains(a.unitId()), cost, own));
        }
        return out;
    }

    // ---- rules and helpers ---------------------------------------------------------------------------------------------

    private void requireCoordinator(String why) {
        if (!access.actor().isCoordinator()) {
            throw ProblemException.forbidden(why);
        }
    }

    /** Estimates are recorded by the district the commune was under on the assessment's date, or by the office. */
    private void requireEstimator(Assessment a) {
        Actor actor = access.actor();
        if (actor.isCoordinator() || actor.isDistrictOf(a.districtCode())) {
            return;
        }
        throw ProblemException.forbidden(actor.is(Actor.DISTRICT_OFFICER)
                ? "commune " + a.unitCode() + " is not under district " + actor.districtCode()
                : "gap estimates are recorded by the commune's district or the coordination office");
    }

    private static void amount(String name, Long value, boolean required, List<Problem.FieldError> errors) {
        if (value == null) {
            if (required) {
                errors.add(new Problem.FieldError(name, "is required (whole đồng)"));
            }
        } else if (value < 1 || value > MAX_AMOUNT) {
            errors.add(new Problem.FieldError(name, "must be between 1 and 10^15 đồng"));
        }
    }

    private static void field(String name, String code, List<Problem.FieldError> errors) {
        if (code == null || !CODE.matcher(code).matches()) {
            errors.add(new Problem.FieldError(name, "must be a field-of-spending code of funding-service such as GIAO_THONG"));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static List<SourceShare> read(String json) {
        try {
            return json == null ? List.of() : JSON.readValue(json, new TypeReference<List<SourceShare>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable sources of an estimate", e);
        }
    }

    private static String write(List<SourceShare> sources) {
        try {
            return JSON.writeValueAsString(sources);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> unitCostFacts(GapUnitCost u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("criteriaSetCode", u.setCode);
        m.put("indicatorCode", u.indicatorCode);
        m.put("mode", u.mode.name());
        m.put("amountPerUnit", u.amountPerUnit);
        m.put("unit", u.unit);
        m.put("fieldCode", u.fieldCode);
        return m;
    }

    private static Map<String, Object> estimateFacts(GapEstimate x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("assessmentId", x.assessmentId);
        m.put("indicatorCode", x.indicatorCode);
        m.put("fieldCode", x.fieldCode);
        m.put("amount", x.amount);
        m.put("quantity", x.quantity);
        m.put("sources", read(x.sources));
        return m;
    }

}
