package vn.sonla.ntm.criteria.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.sonla.ntm.rules.Comparator;
import vn.sonla.ntm.rules.IndicatorKind;
import vn.sonla.ntm.rules.Threshold;
import vn.sonla.ntm.rules.document.CriteriaSetDocument;
import vn.sonla.ntm.rules.document.CriterionDocument;
import vn.sonla.ntm.rules.document.GroupDocument;
import vn.sonla.ntm.rules.document.IndicatorDocument;
import vn.sonla.ntm.rules.document.RecognitionRuleDocument;
import vn.sonla.ntm.rules.document.ThresholdDocument;

/**
 * What keeps a draft from being published, every defect at once with the JSON path of the value to correct: a
 * published version is what communes are judged against for years, so it must be able to judge every indicator.
 */
public final class PublicationCheck {

    private final Map<String, Department> departments;

    /** @param departments every known department by code, open or closed */
    public PublicationCheck(Map<String, Department> departments) {
        this.departments = Map.copyOf(departments);
    }

    /**
     * @param today used as the effective date when the legal basis gives neither an effective date nor a date of issue
     * @return every defect, in document order; empty when the version can be published
     */
    public List<Defect> defectsOf(CriteriaSetDocument set, LocalDate today) {
        List<Defect> defects = new ArrayList<>();
        LocalDate effective = effectiveDate(set, today);
        legalBasis(set, defects);
        if (SetLevel.parse(set.level()).isEmpty()) {
            defects.add(new Defect("level", "a published set needs its level: BASIC, ADVANCED or MODEL"));
        }
        recognitionRule(set, defects);

        Map<String, String> groupCodes = new HashMap<>();
        Map<String, String> criterionCodes = new HashMap<>();
        Map<String, String> indicatorCodes = new HashMap<>();
        for (int g = 0; g < set.groups().size(); g++) {
            GroupDocument group = set.groups().get(g);
            String gPath = "groups[" + g + "]";
            unique(groupCodes, group.code(), gPath + ".code", "group", defects);
            if (group.criteria().isEmpty()) {
                defects.add(new Defect(gPath + ".criteria", "group " + group.code() + " has no criterion"));
            }
            for (int c = 0; c < group.criteria().size(); c++) {
                CriterionDocument criterion = group.criteria().get(c);
                String cPath = gPath + ".criteria[" + c + "]";
                unique(criterionCodes, criterion.code(), cPath + ".code", "criterion", defects);
                department(criterion, cPath, effective, defects);
                if (criterion.indicators().isEmpty()) {
                    defects.add(new Defect(cPath + ".indicators", "criterion " + criterion.code() + " has no indicator"));
                }
                for (int i = 0; i < criterion.indicators().size(); i++) {
                    IndicatorDocument indicator = criterion.indicators().get(i);
                    String iPath = cPath + ".indicators[" + i + "]";
                    unique(indicatorCodes, indicator.code(), iPath + ".code", "indicator", defects);
                    thresholds(indicator, iPath, defects);
                }
            }
        }
        return defects;
    }

    static LocalDate effectiveDate(CriteriaSetDocument set, LocalDate today) {
        if (set.legalBasis() != null && set.legalBasis().effectiveFrom() != null) {
            return set.legalBasis().effectiveFrom();
        }
        if (set.legalBasis() != null && set.legalBasis().date() != null) {
            return set.legalBasis().date();
        }
        return today;
    }

    private static void legalBasis(CriteriaSetDocument set, List<Defect> defects) {
        if (set.legalBasis() == null || isBlank(set.legalBasis().number())) {
            defects.add(new Defect("legalBasis.number", "a published set needs the number of the decision that issued it"));
        }
    }

    private static void recognitionRule(CriteriaSetDocument set, List<Defect> defects) {
        RecognitionRuleDocument rule = set.recognitionRule();
        if (rule == null || rule.kind() == null) {
            defects.add(new Defect("recognitionRule.kind", "a published set needs its recognition rule: ALL_CRITERIA or AT_LEAST"));
            return;
        }
        if (rule.kind() == RecognitionRuleDocument.Kind.AT_LEAST && rule.minimum() == null) {
            defects.add(new Defect("recognitionRule.minimum", "an AT_LEAST rule needs the minimum number of criteria"));
            return;
        }
        rule.toRule().impossibilityFor((int) set.criteria().count()).ifPresent(why -> defects.add(new Defect("recognitionRule", why)));
    }

    private void department(CriterionDocument criterion, String cPath, LocalDate effective, List<Defect> defects) {
        String code = criterion.departmentCode();
        String path = cPath + ".departmentCode";
        if (isBlank(code)) {
            defects.add(new Defect(path, "criterion " + criterion.code() + " has no responsible department"));
            return;
        }
        Department department = departments.get(code);
        if (department == null) {
            defects.add(new Defect(path, "unknown department '" + code + "'"));
        } else if (!department.isValidOn(effective)) {
            defects.add(new Defect(path, "department " + code + " is not valid on " + effective + ", the date the set takes effect"
                    + " (valid " + department.validFrom() + " to " + (department.validTo() == null ? "now" : department.validTo()) + ")"));
        }
    }

    private static void thresholds(IndicatorDocument indicator, String iPath, List<Defect> defects) {
        String path = iPath + ".thresholds";
        if (indicator.thresholds().isEmpty()) {
            defects.add(new Defect(path, "indicator " + indicator.code() + " has no threshold"));
            return;
        }
        Set<String> classes = new HashSet<>();
        boolean hasDefault = false;
        for (int t = 0; t < indicator.thresholds().size(); t++) {
            ThresholdDocument threshold = indicator.thresholds().get(t);
            String tPath = path + "[" + t + "]";
            String communeClass = isBlank(threshold.communeClass()) ? null : threshold.communeClass().trim();
            hasDefault |= communeClass == null;
            if (!classes.add(String.valueOf(communeClass))) {
                defects.add(new Defect(tPath + ".communeClass", "indicator " + indicator.code() + " has two thresholds for "
                        + (communeClass == null ? "every commune class" : "commune class " + communeClass)));
            }
            undefinedBecause(threshold).ifPresentOrElse(
                    why -> defects.add(new Defect(tPath, "threshold of indicator " + indicator.code() + " is not defined: " + why)),
                    () -> kindMismatch(indicator, threshold).ifPresent(why -> defects.add(new Defect(tPath + ".comparator", why))));
        }
        if (!hasDefault) {
            defects.add(new Defect(path, "indicator " + indicator.code()
                    + " has no threshold for every commune class (communeClass null); class thresholds apply to their class only"));
        }
    }

    private static Optional<String> undefinedBecause(ThresholdDocument threshold) {
        Optional<Comparator> comparator = Comparator.fromSymbol(threshold.comparator());
        if (comparator.isEmpty()) {
            return Optional.of("its comparator is not known yet");
        }
        try {
            new Threshold(threshold.communeClass(), comparator.get(), threshold.value(), threshold.upperValue(), threshold.unit());
            return Optional.empty();
        } catch (IllegalArgumentException incomplete) {
            return Optional.of(incomplete.getMessage());
        }
    }

    private static Optional<String> kindMismatch(IndicatorDocument indicator, ThresholdDocument threshold) {
        Comparator comparator = Comparator.fromSymbol(threshold.comparator()).orElseThrow();
        IndicatorKind kind = indicator.kind();
        if (kind == IndicatorKind.BOOLEAN && comparator.isNumeric()) {
            return Optional.of("indicator " + indicator.code() + " is yes/no (BOOLEAN) but its threshold is numeric ("
                    + comparator.symbol() + "): correct the kind or the threshold");
        }
        if (kind != IndicatorKind.BOOLEAN && comparator == Comparator.ACHIEVED) {
            return Optional.of("indicator " + indicator.code() + " is " + kind + " but its threshold is 'achieved', which needs yes/no");
        }
        if (kind == IndicatorKind.PERCENT && comparator.isNumeric() && (outsidePercent(threshold.value()) || outsidePercent(threshold.upperValue()))) {
            return Optional.of("indicator " + indicator.code() + " is a percentage: its threshold must lie between 0 and 100");
        }
        return Optional.empty();
    }

    private static boolean outsidePercent(java.math.BigDecimal v) {
        return v != null && (v.signum() < 0 || v.compareTo(java.math.BigDecimal.valueOf(100)) > 0);
    }

    private static void unique(Map<String, String> seen, String code, String path, String what, List<Defect> defects) {
        if (code == null) {
            return;
        }
        String first = seen.putIfAbsent(code, path);
        if (first != null) {
            defects.add(new Defect(path, "duplicate " + what + " code " + code + " (first at " + first + ")"));
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
