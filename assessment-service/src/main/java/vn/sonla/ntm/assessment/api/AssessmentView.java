package vn.sonla.ntm.assessment.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.sonla.ntm.assessment.domain.Appraisal;
import vn.sonla.ntm.assessment.domain.Assessment;
import vn.sonla.ntm.assessment.domain.AssessmentState;
import vn.sonla.ntm.assessment.domain.CriteriaSetSnapshot;
import vn.sonla.ntm.assessment.domain.EvidenceFile;
import vn.sonla.ntm.assessment.domain.IndicatorEntry;
import vn.sonla.ntm.assessment.domain.Verdict;
import vn.sonla.ntm.rules.CriterionResult;
import vn.sonla.ntm.rules.CriterionStatus;
import vn.sonla.ntm.rules.Evaluation;
import vn.sonla.ntm.rules.IndicatorResult;
import vn.sonla.ntm.rules.IndicatorStatus;
import vn.sonla.ntm.rules.document.CriterionDocument;
import vn.sonla.ntm.rules.document.IndicatorDocument;

/** An assessment with its values, live evaluation against its snapshot, gap, current verdicts and history. */
@Schema(name = "Assessment")
public record AssessmentView(
        long id,
        @Schema(examples = "04120") String unitCode,
        @Schema(examples = "Xã Chiềng Ban") String unitName,
        @Schema(description = "district of the unit on the reference date; null for units of the two-tier period", examples = "125")
        String districtCode,
        @Schema(examples = "2020") int year,
        @Schema(description = "31 December of the year, or the unit's last day if earlier") LocalDate referenceDate,
        SetRef criteriaSet,
        String communeClass,
        AssessmentState state,
        @Schema(description = "appraisal round: 1, then +1 on each return") int round,
        @Schema(description = "reason of the last return") String returnReason,
        List<ValueView> values,
        EvaluationView evaluation,
        @Schema(description = "verdicts of the current round") List<VerdictView> verdicts,
        @Schema(description = "verdicts of earlier rounds, kept after returns") List<VerdictView> earlierVerdicts,
        Long recognitionId,
        String createdBy, OffsetDateTime createdAt, String updatedBy, OffsetDateTime updatedAt,
        String submittedBy, OffsetDateTime submittedAt,
        @Schema(description = "send it back in If-Match to change the assessment") long version) {

    @Schema(name = "CriteriaSetRef")
    public record SetRef(@Schema(examples = "ntm-xa-2016-2020") String code, @Schema(examples = "1") int version,
                         @Schema(examples = "BASIC") String level, String nameVi, long snapshotId) {
    }

    @Schema(name = "IndicatorValueView")
    public record ValueView(@Schema(examples = "2.1") String indicatorCode,
                            @Schema(description = "true/false or a number (exact decimal)", examples = "82.5") Object value,
                            String note, String dataSource, String enteredBy, OffsetDateTime enteredAt, List<EvidenceView> evidence) {
    }

    @Schema(name = "Evidence")
    public record EvidenceView(long id, String indicatorCode, String fileName, String mediaType, long sizeBytes, String sha256,
                               String uploadedBy, OffsetDateTime uploadedAt) {
        static EvidenceView of(EvidenceFile f) {
            return new EvidenceView(f.id(), f.indicatorCode(), f.fileName(), f.mediaType(), f.sizeBytes(), f.sha256(), f.uploadedBy(),
                    f.uploadedAt());
        }
    }

    @Schema(name = "AppraisalVerdict", description = "One department's verdict on one criterion in one round of appraisal")
    public record VerdictView(int round, String criterionCode, Verdict verdict, String comment, String departmentCode, String appraiser,
                              OffsetDateTime appraisedAt) {
        static VerdictView of(Appraisal a) {
            return new VerdictView(a.round(), a.criterionCode(), a.verdict(), a.comment(), a.departmentCode(), a.appraiser(), a.appraisedAt());
        }
    }

    @Schema(name = "Evaluation")
    public record EvaluationView(@Schema(examples = "12") int criteriaMet, @Schema(examples = "19") int criteriaTotal,
                                 int criteriaRequired, @Schema(examples = "12/19") String score,
                                 @Schema(examples = "all 19 criteria met") String rule, boolean standardReached,
                                 @Schema(description = "criteria met whose department agreed, in the current round") int criteriaAgreed,
                                 long indicatorsMissing, List<CriterionView> criteria, GapView gap) {
    }

    @Schema(name = "CriterionEvaluation")
    public record CriterionView(String code, String nameVi, String departmentCode, CriterionStatus status, int indicatorsMet,
                                int indicatorsTotal, List<IndicatorView> indicators, Verdict verdict) {
    }

    @Schema(name = "IndicatorEvaluation")
    public record IndicatorView(String code, String nameVi, String unit, IndicatorStatus status,
                                @Schema(examples = "82% ≥ 80%") String explanation,
                                @Schema(examples = "≥ 80%") String threshold, BigDecimal shortfall,
                                @Schema(examples = "raise by 6% to ≥ 80%") String need) {
    }

    @Schema(name = "Gap", description = "what still separates the commune from the standard, nearest criteria first")
    public record GapView(int criteriaStillNeeded, List<GapCriterion> unmetCriteria) {
    }

    @Schema(name = "GapCriterion")
    public record GapCriterion(String code, String nameVi, String departmentCode, CriterionStatus status, List<GapNeed> needs) {
    }

    @Schema(name = "GapNeed")
    public record GapNeed(String indicatorCode, IndicatorStatus status, String need) {
    }

    static AssessmentView of(Assessment a, String unitName, CriteriaSetSnapshot snapshot, List<EvidenceFile> evidence) {
        Map<String, List<EvidenceView>> files = evidence.stream().map(EvidenceView::of)
                .collect(Collectors.groupingBy(EvidenceView::indicatorCode));
        List<ValueView> values = a.values().stream().map(e -> value(e, files.getOrDefault(e.indicatorCode(), List.of()))).toList();
        List<VerdictView> current = a.currentVerdicts().stream().map(VerdictView::of).toList();
        List<VerdictView> earlier = a.appraisals().stream().filter(x -> x.round() != a.round()).map(VerdictView::of).toList();
        return new AssessmentView(a.id(), a.unitCode(), unitName, a.districtCode(), a.year(), a.referenceDate(),
                new SetRef(snapshot.code(), snapshot.version(), snapshot.level(), snapshot.document().nameVi(), snapshot.id()),
                a.communeClass(), a.state(), a.round(), a.returnReason(), values, evaluation(a, snapshot), current, earlier,
                a.recognitionId(), a.createdBy(), a.createdAt(), a.updatedBy(), a.updatedAt(), a.submittedBy(), a.submittedAt(), a.version());
    }

    static EvaluationView evaluation(Assessment a, CriteriaSetSnapshot snapshot) {
        Evaluation e = a.evaluate(snapshot.document());
        Map<String, CriterionDocument> criteria = snapshot.document().criteria()
                .collect(Collectors.toMap(CriterionDocument::code, Function.identity(), (x, y) -> x));
        Map<String, IndicatorDocument> indicators = snapshot.document().indicators()
                .collect(Collectors.toMap(IndicatorDocument::code, Function.identity(), (x, y) -> x));
        Map<String, Verdict> verdicts = a.currentVerdicts().stream().collect(Collectors.toMap(Appraisal::criterionCode, Appraisal::verdict));
        Map<String, List<IndicatorResult>> byCriterion = e.indicators().stream().collect(Collectors.groupingBy(IndicatorResult::criterionCode));
        List<CriterionView> criterionViews = e.criteria().stream().map(c -> {
            CriterionDocument doc = criteria.get(c.code());
            return new CriterionView(c.code(), doc == null ? null : doc.nameVi(), doc == null ? null : doc.departmentCode(), c.status(),
                    c.indicatorsMet(), c.indicatorsTotal(),
                    byCriterion.getOrDefault(c.code(), List.of()).stream().map(i -> indicator(i, indicators.get(i.code()))).toList(),
                    verdicts.get(c.code()));
        }).toList();
        GapView gap = new GapView(e.gap().criteriaStillNeeded(), e.gap().unmetCriteria().stream().map(c -> gapCriterion(c, criteria.get(c.code())))
                .toList());
        return new EvaluationView(e.criteriaMet(), e.criteriaTotal(), e.criteriaRequired(), e.score(), e.rule(), e.standardReached(),
                a.criteriaAgreed(), e.indicatorsMissing(), criterionViews, gap);
    }

    private static GapCriterion gapCriterion(CriterionResult c, CriterionDocument doc) {
        return new GapCriterion(c.code(), doc == null ? null : doc.nameVi(), doc == null ? null : doc.departmentCode(), c.status(),
                c.openIndicators().stream().map(i -> new GapNeed(i.code(), i.status(), i.need())).toList());
    }

    private static IndicatorView indicator(IndicatorResult i, IndicatorDocument doc) {
        return new IndicatorView(i.code(), doc == null ? null : doc.nameVi(), doc == null ? null : doc.unit(), i.status(), i.explanation(),
                i.threshold() == null ? null : i.threshold().describe(), i.shortfall(), i.isMet() ? null : i.need());
    }

    private static ValueView value(IndicatorEntry e, List<EvidenceView> evidence) {
        return new ValueView(e.indicatorCode(), e.value() == null ? null : e.value().toJson(), e.note(), e.dataSource(), e.enteredBy(),
                e.enteredAt(), evidence);
    }
}
