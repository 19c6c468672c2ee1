package vn.sonla.ntm.assessment.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import vn.sonla.ntm.rules.CriterionResult;
import vn.sonla.ntm.rules.Evaluation;
import vn.sonla.ntm.rules.IndicatorRule;
import vn.sonla.ntm.rules.IndicatorValue;
import vn.sonla.ntm.rules.document.CriteriaSetDocument;
import vn.sonla.ntm.rules.document.CriterionDocument;
import vn.sonla.ntm.rules.document.IndicatorDocument;

/**
 * One commune × one published criteria-set version × one year, and its way through the workflow:
 * DRAFT → SUBMITTED → IN_APPRAISAL → APPRAISED → RECOGNISED, with RETURNED (and back to SUBMITTED) for corrections.
 * The aggregate owns its values and verdicts; every command checks the state and answers a {@link WorkflowRefusal}
 * when the rules say no. The set version itself is passed in as its immutable snapshot document.
 */
@Entity
@Table(name = "assessment")
public class Assessment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_seq")
    @SequenceGenerator(name = "assessment_seq", sequenceName = "assessment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "unit_code", nullable = false)
    private String unitCode;

    @Column(name = "province_code", nullable = false)
    private String provinceCode;

    @Column(name = "district_code")
    private String districtCode;

    @Column(nullable = false)
    private int year;

    @Column(name = "reference_date", nullable = false)
    private LocalDate referenceDate;

    @Column(name = "snapshot_id", nullable = false)
    private Long snapshotId;

    @Column(name = "set_code", nullable = false)
    private String setCode;

    @Column(name = "set_version", nullable = false)
    private int setVersion;

    @Column(name = "set_level")
    private String setLevel;

    @Column(name = "commune_class")
    private String communeClass;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssessmentState state;

    @Column(nullable = false)
    private int round;

    @Column(name = "criteria_met", nullable = false)
    private int criteriaMet;

    @Column(name = "criteria_total", nullable = false)
    private int criteriaTotal;

    @Column(name = "criteria_agreed", nullable = false)
    private int criteriaAgreed;

    @Column(name = "standard_reached", nullable = false)
    private boolean standardReached;

    @Column(name = "return_reason")
    private String returnReason;

    @Column(name = "recognition_id")
    private Long recognitionId;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @OrderBy("indicatorCode")
    private List<IndicatorEntry> values = new ArrayList<>();

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @OrderBy("round, criterionCode")
    private List<Appraisal> appraisals = new ArrayList<>();

    protected Assessment() {
        // for Hibernate
    }

    /**
     * Opens an assessment of a commune-level unit against a published set version for a year.
     *
     * @param unit          the unit record valid on the reference date
     * @param districtCode  the district the unit sat under on the reference date, null after the districts ended
     * @param referenceDate 31 December of the year, or the unit's last day if it ended earlier
     */
    public static Assessment open(AdministrativeUnit unit, String districtCode, int year, LocalDate referenceDate, long snapshotId,
                                  CriteriaSetDocument set, String communeClass, String by, OffsetDateTime at) {
        if (unit.level() != UnitLevel.COMMUNE) {
            throw WorkflowRefusal.invalid("unitCode", "must be a commune-level unit (xã, phường, thị trấn), not a " + unit.level());
        }
        if (!unit.isValidOn(referenceDate)) {
            throw WorkflowRefusal.invalid("year", "unit " + unit.code() + " did not exist on " + referenceDate);
        }
        Assessment a = new Assessment();
        a.unitId = unit.id();
        a.unitCode = unit.code();
        a.provinceCode = unit.provinceCode();
        a.districtCode = districtCode;
        a.year = year;
        a.referenceDate = referenceDate;
        a.snapshotId = snapshotId;
        a.setCode = set.code();
        a.setVersion = set.version();
        a.setLevel = set.level();
        a.communeClass = communeClass == null || communeClass.isBlank() ? null : communeClass.trim();
        a.state = AssessmentState.DRAFT;
        a.round = 1;
        a.createdBy = by;
        a.createdAt = at;
        a.touch(by, at);
        a.applyEvaluation(a.evaluate(set));
        return a;
    }

    /** The day whose units and district scopes apply to an assessment of that year: 31 December, or the unit's last day. */
    public static LocalDate referenceDateFor(int year, LocalDate unitValidTo) {
        LocalDate endOfYear = LocalDate.of(year, 12, 31);
        return unitValidTo != null && unitValidTo.isBefore(endOfYear) ? unitValidTo : endOfYear;
    }

    // ---- values ------------------------------------------------------------------------------------------------

    /**
     * Writes values for some indicators (autosave of one, or part of a form), leaving the others as they are.
     *
     * @return the indicator codes whose entry changed
     */
    public List<String> enterValues(Map<String, ValueInput> given, CriteriaSetDocument set, String by, OffsetDateTime at) {
        requireEditable();
        Map<String, String> refused = refusalsOf(given, set);
        if (!refused.isEmpty()) {
            throw WorkflowRefusal.invalid(refused);
        }
        List<String> changed = enterValuesUnchecked(given, by, at);
        if (!changed.isEmpty()) {
            touch(by, at);
            applyEvaluation(evaluate(set));
        }
        return changed;
    }

    /** Replaces the whole set of values: indicators not given are cleared. */
    public List<String> replaceValues(Map<String, ValueInput> given, CriteriaSetDocument set, String by, OffsetDateTime at) {
        requireEditable();
        Map<String, String> refused = refusalsOf(given, set);
        if (!refused.isEmpty()) {
            throw WorkflowRefusal.invalid(refused);
        }
        List<String> removed = values.stream().map(IndicatorEntry::indicatorCode).filter(c -> !given.containsKey(c)).toList();
        values.removeIf(e -> removed.contains(e.indicatorCode()));
        List<String> changed = new ArrayList<>(removed);
        changed.addAll(enterValuesUnchecked(given, by, at));
        if (!changed.isEmpty()) {
            touch(by, at);
            applyEvaluation(evaluate(set));
        }
        return changed;
    }

    private List<String> enterValuesUnchecked(Map<String, ValueInput> given, String by, OffsetDateTime at) {
        List<String> changed = new ArrayList<>();
        given.forEach((code, input) -> {
            IndicatorEntry entry = entry(code).orElseGet(() -> {
                IndicatorEntry created = new IndicatorEntry(this, code);
                values.add(created);
                return created;
            });
            if (entry.write(input, by, at)) {
                changed.add(code);
            }
        });
        return changed;
    }

    /**
     * Why each given value cannot be recorded against this set version: unknown indicator, wrong type or out of range
     * ({@link IndicatorRule#refusalOf}). Field names are {@code values.<indicatorCode>}.
     */
    public static Map<String, String> refusalsOf(Map<String, ValueInput> given, CriteriaSetDocument set) {
        Map<String, String> refused = new LinkedHashMap<>();
        given.forEach((code, input) -> {
            Optional<IndicatorDocument> indicator = set.indicator(code);
            if (indicator.isEmpty()) {
                refused.put("values." + code, "is not an indicator of " + set.code() + " v" + set.version());
                return;
            }
            if (input != null && input.value() != null) {
                indicator.get().toRule().refusalOf(input.value()).ifPresent(why -> refused.put("values." + code, why));
            }
        });
        return refused;
    }

    public Optional<IndicatorEntry> entry(String indicatorCode) {
        return values.stream().filter(e -> e.indicatorCode().equals(indicatorCode)).findFirst();
    }

    public Map<String, IndicatorValue> valueMap() {
        Map<String, IndicatorValue> map = new LinkedHashMap<>();
        for (IndicatorEntry e : values) {
            if (e.value() != null) {
                map.put(e.indicatorCode(), e.value());
            }
        }
        return map;
    }

    // ---- workflow ----------------------------------------------------------------------------------------------

    /** DRAFT or RETURNED → SUBMITTED: the district (or, after 2025, the commune) hands it to the province. */
    public void submit(String by, OffsetDateTime at) {
        if (!state.isEditable()) {
            throw WorkflowRefusal.wrongState("only a DRAFT or RETURNED assessment can be submitted; this one is " + state);
        }
        state = AssessmentState.SUBMITTED;
        submittedBy = by;
        submittedAt = at;
        touch(by, at);
    }

    /**
     * A department's verdict on one criterion: the first one moves the assessment IN_APPRAISAL, the last one APPRAISED.
     * A department may revise its verdict while the appraisal is still open.
     */
    public void appraise(String criterionCode, Verdict verdict, String comment, String departmentCode, CriteriaSetDocument set,
                         String by, OffsetDateTime at) {
        appraiseAll(List.of(new VerdictGiven(criterionCode, verdict, comment)), departmentCode, set, by, at);
    }

    /** One verdict as a department gives it. */
    public record VerdictGiven(String criterionCode, Verdict verdict, String comment) {
    }

    /**
     * Several verdicts of one department in a row, each judged exactly as {@link #appraise} judges it (so the last
     * one may close the appraisal, and a verdict after that is refused); the evaluation is recomputed once at the end.
     */
    public void appraiseAll(List<VerdictGiven> verdicts, String departmentCode, CriteriaSetDocument set, String by, OffsetDateTime at) {
        for (VerdictGiven v : verdicts) {
            recordVerdict(v.criterionCode(), v.verdict(), v.comment(), departmentCode, set, by, at);
        }
        touch(by, at);
        applyEvaluation(evaluate(set));
    }

    private void recordVerdict(String criterionCode, Verdict verdict, String comment, String departmentCode, CriteriaSetDocument set,
                               String by, OffsetDateTime at) {
        if (state != AssessmentState.SUBMITTED && state != AssessmentState.IN_APPRAISAL) {
            throw WorkflowRefusal.wrongState("verdicts are given while an assessment is SUBMITTED or IN_APPRAISAL; this one is " + state);
        }
        CriterionDocument criterion = set.criteria().filter(c -> c.code().equals(criterionCode)).findFirst()
                .orElseThrow(() -> WorkflowRefusal.invalid("criterionCode", "is not a criterion of " + set.code() + " v" + set.version()));
        if (verdict == null) {
            throw WorkflowRefusal.invalid("verdict", "must be AGREE or DISAGREE");
        }
        String why = comment == null || comment.isBlank() ? null : comment.trim();
        if (verdict == Verdict.DISAGREE && why == null) {
            throw WorkflowRefusal.invalid("comment", "must say why the department disagrees");
        }
        Optional<Appraisal> existing = currentVerdict(criterion.code());
        if (existing.isPresent()) {
            existing.get().revise(verdict, why, by, at);
        } else {
            appraisals.add(new Appraisal(this, round, criterion.code(), verdict, why, departmentCode, by, at));
        }
        Set<String> judged = currentVerdicts().stream().map(Appraisal::criterionCode).collect(Collectors.toSet());
        boolean all = set.criteria().allMatch(c -> judged.contains(c.code()));
        state = all ? AssessmentState.APPRAISED : AssessmentState.IN_APPRAISAL;
    }

    /** SUBMITTED, IN_APPRAISAL or APPRAISED → RETURNED with a reason; this round's verdicts stay in history only. */
    public void returnForCorrection(String reason, String by, OffsetDateTime at) {
        if (reason == null || reason.isBlank()) {
            throw WorkflowRefusal.invalid("reason", "must say what to correct");
        }
        if (!state.isReturnable()) {
            throw WorkflowRefusal.wrongState("only a SUBMITTED, IN_APPRAISAL or APPRAISED assessment can be returned; this one is " + state);
        }
        state = AssessmentState.RETURNED;
        returnReason = reason.trim();
        round++;
        criteriaAgreed = 0;
        touch(by, at);
    }

    /** Why the People's Committee could not recognise the commune on this assessment, or nothing when it can. */
    public List<String> obstaclesToRecognition(CriteriaSetDocument set) {
        List<String> reasons = new ArrayList<>();
        if (RecognitionLevel.ofSetLevel(setLevel).isEmpty()) {
            reasons.add("the set " + setCode + " has no recognition level (" + setLevel + ")");
        }
        for (Appraisal a : currentVerdicts()) {
            if (a.verdict() == Verdict.DISAGREE) {
                reasons.add("criterion " + a.criterionCode() + ": " + a.departmentCode() + " disagrees (" + a.comment() + ")");
            }
        }
        Evaluation evaluation = evaluate(set);
        if (!evaluation.standardReached()) {
            reasons.add("the standard is not reached: " + evaluation.score() + " criteria met, " + evaluation.rule()
                    + " required (" + evaluation.gap().unmetCriteria().stream().map(CriterionResult::code).collect(Collectors.joining(", ")) + " not met)");
        }
        return reasons;
    }

    /** APPRAISED → RECOGNISED, when every verdict agrees and the standard is reached; answers the level recognised. */
    public RecognitionLevel recognise(CriteriaSetDocument set, String by, OffsetDateTime at) {
        if (state != AssessmentState.APPRAISED) {
            throw WorkflowRefusal.wrongState("only an APPRAISED assessment can be recognised; this one is " + state);
        }
        List<String> reasons = obstaclesToRecognition(set);
        if (!reasons.isEmpty()) {
            throw WorkflowRefusal.rule("The commune cannot be recognised on this assessment", reasons);
        }
        state = AssessmentState.RECOGNISED;
        touch(by, at);
        return RecognitionLevel.ofSetLevel(setLevel).orElseThrow();
    }

    /** Records a change beside the values (evidence attached or removed): moves the version, keeps the state. */
    public void markChanged(String by, OffsetDateTime at) {
        requireEditable();
        touch(by, at);
        updatedAt = at;
    }

    /** Links the recognition created from this assessment. */
    public void recordRecognition(long recognitionId) {
        this.recognitionId = recognitionId;
    }

    // ---- evaluation --------------------------------------------------------------------------------------------

    /** The rules module's verdict on the current values against the snapshot. */
    public Evaluation evaluate(CriteriaSetDocument set) {
        return set.toRules().evaluate(communeClass, valueMap());
    }

    /** Caches the verdict's figures on the row, so read models can be answered by SQL. */
    private void applyEvaluation(Evaluation e) {
        criteriaMet = e.criteriaMet();
        criteriaTotal = e.criteriaTotal();
        standardReached = e.standardReached();
        Set<String> agreed = currentVerdicts().stream().filter(a -> a.verdict() == Verdict.AGREE)
                .map(Appraisal::criterionCode).collect(Collectors.toSet());
        criteriaAgreed = (int) e.criteria().stream().filter(c -> c.isMet() && agreed.contains(c.code())).count();
    }

    public List<Appraisal> currentVerdicts() {
        return appraisals.stream().filter(a -> a.round() == round).toList();
    }

    public Optional<Appraisal> currentVerdict(String criterionCode) {
        return currentVerdicts().stream().filter(a -> a.criterionCode().equals(criterionCode)).findFirst();
    }

    public void requireEditable() {
        if (!state.isEditable()) {
            throw WorkflowRefusal.wrongState("values can be changed only in DRAFT or RETURNED; this assessment is " + state
                    + " (ask the coordination office to return it for correction)");
        }
    }

    private void touch(String by, OffsetDateTime at) {
        updatedBy = by;
        updatedAt = at;
    }

    /** Whether the unit of this assessment belongs to the two-tier period (from 1 July 2025, no districts). */
    public boolean isOfTwoTierUnit() {
        return districtCode == null;
    }

    public Long id() { return id; }
    public Long unitId() { return unitId; }
    public String unitCode() { return unitCode; }
    public String provinceCode() { return provinceCode; }
    public String districtCode() { return districtCode; }
    public int year() { return year; }
    public LocalDate referenceDate() { return referenceDate; }
    public Long snapshotId() { return snapshotId; }
    public String setCode() { return setCode; }
    public int setVersion() { return setVersion; }
    public String setLevel() { return setLevel; }
    public String communeClass() { return communeClass; }
    public AssessmentState state() { return state; }
    public int round() { return round; }
    public int criteriaMet() { return criteriaMet; }
    public int criteriaTotal() { return criteriaTotal; }
    public int criteriaAgreed() { return criteriaAgreed; }
    public boolean standardReached() { return standardReached; }
    public String returnReason() { return returnReason; }
    public Long recognitionId() { return recognitionId; }
    public String createdBy() { return createdBy; }
    public OffsetDateTime createdAt() { return createdAt; }
    public String updatedBy() { return updatedBy; }
    public OffsetDateTime updatedAt() { return updatedAt; }
    public String submittedBy() { return submittedBy; }
    public OffsetDateTime submittedAt() { return submittedAt; }
    public long version() { return version; }
    public List<IndicatorEntry> values() { return List.copyOf(values); }
    public List<Appraisal> appraisals() { return List.copyOf(appraisals); }

    @Override
    public boolean equals(Object o) {
        return o instanceof Assessment other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
