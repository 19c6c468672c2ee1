package vn.sonla.ntm.criteria.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import vn.sonla.ntm.common.ProblemException;
import vn.sonla.ntm.criteria.domain.CriteriaSetVersion;
import vn.sonla.ntm.criteria.domain.Defect;
import vn.sonla.ntm.criteria.persistence.CriteriaSetVersionRepository;
import vn.sonla.ntm.rules.CriteriaSetRules;
import vn.sonla.ntm.rules.CriterionResult;
import vn.sonla.ntm.rules.Evaluation;
import vn.sonla.ntm.rules.IndicatorResult;
import vn.sonla.ntm.rules.IndicatorValue;
import vn.sonla.ntm.rules.document.CriteriaSetDocument;
import vn.sonla.ntm.rules.document.IndicatorDocument;

/**
 * Judging a commune's indicator values against one version, with the semantics of {@code criteria-rules}
 * ({@code document.toRules().evaluate(...)}), so assessment-service judges the same way without calling us.
 * Published and retired versions judge for everyone who may read them; a draft only for the coordinator, as a preview.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Evaluating {

    @Inject
    CriteriaSetVersionRepository versions;

    @Inject
    CatalogueAccess access;

    public EvaluationView evaluate(String code, int number, String communeClass, Map<String, JsonNode> values) {
        CriteriaSetVersion version = access.visible(versions.find(code, number).orElseThrow(() -> CatalogueAccess.notFound(code, number)));
        if (version.isDraft() && !access.isCoordinator()) {
            throw ProblemException.conflict(version.reference() + " is a draft, not in force: only the coordinator may try it out;"
                    + " evaluate a published version");
        }
        CriteriaSetDocument document = version.toDocument();
        if (document.recognitionRule() == null || document.recognitionRule().kind() == null) {
            throw ProblemException.conflict(version.reference() + " has no recognition rule yet, so it cannot judge a commune");
        }
        Map<String, IndicatorValue> parsed = parse(document, communeClass, values == null ? Map.of() : values);
        CriteriaSetRules rules = document.toRules();
        Evaluation evaluation = rules.evaluate(communeClass == null || communeClass.isBlank() ? null : communeClass.trim(), parsed);
        return view(version, communeClass, evaluation);
    }

    private static Map<String, IndicatorValue> parse(CriteriaSetDocument document, String communeClass, Map<String, JsonNode> values) {
        List<Defect> defects = new ArrayList<>();
        if (communeClass != null && communeClass.length() > 32) {
            defects.add(new Defect("communeClass", "must be at most 32 characters"));
        }
        Map<String, IndicatorValue> parsed = new LinkedHashMap<>();
        values.forEach((code, raw) -> {
            String path = "values." + code;
            Optional<IndicatorDocument> indicator = document.indicator(code);
            if (indicator.isEmpty()) {
                defects.add(new Defect(path, "is not an indicator of " + document.reference()));
                return;
            }
            IndicatorValue value;
            try {
                value = IndicatorValue.fromJson(raw == null || raw.isNull() ? null : raw.isBoolean() ? raw.booleanValue()
                        : raw.isNumber() ? raw.decimalValue() : raw);
            } catch (IllegalArgumentException refused) {
                defects.add(new Defect(path, refused.getMessage() + (raw == null || raw.isNull() ? " (leave a missing value out)" : "")));
                return;
            }
            Optional<String> refusal = indicator.get().toRule().refusalOf(value);
            if (refusal.isPresent()) {
                defects.add(new Defect(path, refusal.get()));
                return;
            }
            parsed.put(code, value);
        });
        Defects.refuseIfAny(defects);
        return parsed;
    }

    private static EvaluationView view(CriteriaSetVersion version, String communeClass, Evaluation e) {
        List<EvaluationView.IndicatorVerdict> indicators = e.indicators().stream().map(Evaluating::verdict).toList();
        List<EvaluationView.CriterionVerdict> criteria = e.criteria().stream()
                .map(c -> new EvaluationView.CriterionVerdict(c.code(), c.status().name(), c.indicatorsMet(), c.indicatorsTotal())).toList();
        List<EvaluationView.UnmetCriterion> unmet = e.gap().unmetCriteria().stream().map(Evaluating::unmet).toList();
        return new EvaluationView(version.reference(), version.status().name(), communeClass, indicators, criteria, e.criteriaMet(),
                e.criteriaTotal(), e.criteriaRequired(), e.rule(), e.standardReached(),
                new EvaluationView.GapView(e.gap().criteriaStillNeeded(), unmet));
    }

    private static EvaluationView.IndicatorVerdict verdict(IndicatorResult r) {
        return new EvaluationView.IndicatorVerdict(r.code(), r.criterionCode(), r.status().name(), r.explanation(),
                r.value() == null ? null : r.value().toJson(), r.threshold() == null ? null : r.threshold().describe(), r.shortfall(),
                r.need());
    }

    private static EvaluationView.UnmetCriterion unmet(CriterionResult c) {
        return new EvaluationView.UnmetCriterion(c.code(), c.status().name(), c.indicatorsMet(), c.indicatorsTotal(),
                c.openIndicators().stream().map(i -> new EvaluationView.OpenIndicator(i.code(), i.status().name(), i.need())).toList());
    }
}
