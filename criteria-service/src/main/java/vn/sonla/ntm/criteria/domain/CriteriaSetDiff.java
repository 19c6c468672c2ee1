package vn.sonla.ntm.criteria.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import vn.sonla.ntm.rules.Comparator;
import vn.sonla.ntm.rules.document.CriteriaSetDocument;
import vn.sonla.ntm.rules.document.CriterionDocument;
import vn.sonla.ntm.rules.document.IndicatorDocument;
import vn.sonla.ntm.rules.document.RecognitionRuleDocument;
import vn.sonla.ntm.rules.document.SetReference;
import vn.sonla.ntm.rules.document.ThresholdDocument;

/**
 * What changed between two versions (of one set, or a provincial overlay against the national set it was derived
 * from), matched by criterion and indicator code.
 */
public record CriteriaSetDiff(SetReference from, SetReference to,
                              List<Item> criteriaAdded, List<Item> criteriaRemoved, List<Renaming> criteriaRenamed,
                              List<Item> indicatorsAdded, List<Item> indicatorsRemoved, List<Renaming> indicatorsRenamed,
                              List<ThresholdChange> thresholdsChanged, List<Reassignment> departmentsReassigned,
                              RuleChange recognitionRuleChanged) {

    /** A criterion or indicator; {@code criterionCode} is the criterion an indicator belongs to (null for a criterion). */
    public record Item(String code, String criterionCode, String nameVi) {
    }

    public record Renaming(String code, String fromNameVi, String toNameVi, String fromNameEn, String toNameEn) {
    }

    /** {@code from}/{@code to} as people read them ("≥ 70%"); null where the threshold did not exist. */
    public record ThresholdChange(String indicatorCode, String communeClass, String from, String to) {
    }

    public record Reassignment(String criterionCode, String fromDepartment, String toDepartment) {
    }

    public record RuleChange(String from, String to) {
    }

    public boolean isEmpty() {
        return criteriaAdded.isEmpty() && criteriaRemoved.isEmpty() && criteriaRenamed.isEmpty() && indicatorsAdded.isEmpty()
                && indicatorsRemoved.isEmpty() && indicatorsRenamed.isEmpty() && thresholdsChanged.isEmpty()
                && departmentsReassigned.isEmpty() && recognitionRuleChanged == null;
    }

    public static CriteriaSetDiff between(CriteriaSetDocument from, CriteriaSetDocument to) {
        Map<String, CriterionDocument> oldCriteria = byCode(from.criteria().toList());
        Map<String, CriterionDocument> newCriteria = byCode(to.criteria().toList());
        List<Item> criteriaAdded = new ArrayList<>();
        List<Item> criteriaRemoved = new ArrayList<>();
        List<Renaming> criteriaRenamed = new ArrayList<>();
        List<Reassignment> reassigned = new ArrayList<>();
        for (CriterionDocument c : newCriteria.values()) {
            CriterionDocument old = oldCriteria.get(c.code());
            if (old == null) {
                criteriaAdded.add(new Item(c.code(), null, c.nameVi()));
                continue;
            }
            if (!Objects.equals(old.nameVi(), c.nameVi()) || !Objects.equals(old.nameEn(), c.nameEn())) {
                criteriaRenamed.add(new Renaming(c.code(), old.nameVi(), c.nameVi(), old.nameEn(), c.nameEn()));
            }
            if (!Objects.equals(old.departmentCode(), c.departmentCode())) {
                reassigned.add(new Reassignment(c.code(), old.departmentCode(), c.departmentCode()));
            }
        }
        oldCriteria.values().stream().filter(c -> !newCriteria.containsKey(c.code()))
                .forEach(c -> criteriaRemoved.add(new Item(c.code(), null, c.nameVi())));

        Map<String, IndicatorDocument> oldIndicators = byIndicatorCode(from);
        Map<String, IndicatorDocument> newIndicators = byIndicatorCode(to);
        List<Item> indicatorsAdded = new ArrayList<>();
        List<Item> indicatorsRemoved = new ArrayList<>();
        List<Renaming> indicatorsRenamed = new ArrayList<>();
        List<ThresholdChange> thresholds = new ArrayList<>();
        for (IndicatorDocument i : newIndicators.values()) {
            IndicatorDocument old = oldIndicators.get(i.code());
            if (old == null) {
                indicatorsAdded.add(new Item(i.code(), criterionOf(to, i.code()), i.nameVi()));
                continue;
            }
            if (!Objects.equals(old.nameVi(), i.nameVi()) || !Objects.equals(old.nameEn(), i.nameEn())) {
                indicatorsRenamed.add(new Renaming(i.code(), old.nameVi(), i.nameVi(), old.nameEn(), i.nameEn()));
            }
            thresholds.addAll(thresholdChanges(old, i));
        }
        oldIndicators.values().stream().filter(i -> !newIndicators.containsKey(i.code()))
                .forEach(i -> indicatorsRemoved.add(new Item(i.code(), criterionOf(from, i.code()), i.nameVi())));

        String oldRule = describe(from.recognitionRule());
        String newRule = describe(to.recognitionRule());
        RuleChange rule = Objects.equals(oldRule, newRule) ? null : new RuleChange(oldRule, newRule);
        return new CriteriaSetDiff(from.reference(), to.reference(), criteriaAdded, criteriaRemoved, criteriaRenamed, indicatorsAdded,
                indicatorsRemoved, indicatorsRenamed, thresholds, reassigned, rule);
    }

    private static List<ThresholdChange> thresholdChanges(IndicatorDocument old, IndicatorDocument now) {
        Map<String, ThresholdDocument> before = byClass(old.thresholds());
        Map<String, ThresholdDocument> after = byClass(now.thresholds());
        Set<String> classes = new LinkedHashSet<>(before.keySet());
        classes.addAll(after.keySet());
        List<ThresholdChange> changes = new ArrayList<>();
        for (String communeClass : classes) {
            ThresholdDocument b = before.get(communeClass);
            ThresholdDocument a = after.get(communeClass);
            if (!sameJudgement(b, a)) {
                changes.add(new ThresholdChange(now.code(), communeClass.isEmpty() ? null : communeClass, describe(b), describe(a)));
            }
        }
        return changes;
    }

    private static boolean sameJudgement(ThresholdDocument a, ThresholdDocument b) {
        if (a == null || b == null) {
            return a == b;
        }
        return Objects.equals(canonical(a.comparator()), canonical(b.comparator())) && sameNumber(a.value(), b.value())
                && sameNumber(a.upperValue(), b.upperValue()) && Objects.equals(a.unit(), b.unit());
    }

    private static String canonical(String symbol) {
        return Comparator.fromSymbol(symbol).map(Comparator::symbol).orElse(symbol);
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** "≥ 80%", or what is known of a threshold that cannot judge yet. */
    public static String describe(ThresholdDocument t) {
        if (t == null) {
            return null;
        }
        return t.toThreshold().map(vn.sonla.ntm.rules.Threshold::describe)
                .orElseGet(() -> "not defined (" + (t.comparator() == null ? "comparator unknown" : t.comparator() + " "
                        + (t.value() == null ? "?" : t.value().toPlainString())) + ")");
    }

    private static String describe(RecognitionRuleDocument rule) {
        if (rule == null || rule.kind() == null) {
            return null;
        }
        return rule.kind() == RecognitionRuleDocument.Kind.ALL_CRITERIA ? "all criteria met" : "at least " + rule.minimum() + " criteria met";
    }

    private static Map<String, ThresholdDocument> byClass(List<ThresholdDocument> thresholds) {
        Map<String, ThresholdDocument> map = new LinkedHashMap<>();
        thresholds.forEach(t -> map.putIfAbsent(t.communeClass() == null ? "" : t.communeClass().trim(), t));
        return map;
    }

    private static Map<String, CriterionDocument> byCode(List<CriterionDocument> criteria) {
        Map<String, CriterionDocument> map = new LinkedHashMap<>();
        criteria.forEach(c -> map.putIfAbsent(c.code(), c));
        return map;
    }

    private static Map<String, IndicatorDocument> byIndicatorCode(CriteriaSetDocument set) {
        Map<String, IndicatorDocument> map = new LinkedHashMap<>();
        set.indicators().forEach(i -> map.putIfAbsent(i.code(), i));
        return map;
    }

    private static String criterionOf(CriteriaSetDocument set, String indicatorCode) {
        return set.criterionOf(indicatorCode).map(CriterionDocument::code).orElse(null);
    }
}
