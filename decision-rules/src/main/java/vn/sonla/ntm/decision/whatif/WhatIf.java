package vn.sonla.ntm.decision.whatif;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import vn.sonla.ntm.rules.Evaluation;
import vn.sonla.ntm.rules.IndicatorResult;
import vn.sonla.ntm.rules.IndicatorStatus;
import vn.sonla.ntm.rules.IndicatorValue;
import vn.sonla.ntm.rules.document.CriteriaSetDocument;
import vn.sonla.ntm.rules.document.IndicatorDocument;
import vn.sonla.ntm.rules.document.SetReference;

/**
 * What-if: a commune's latest assessment values judged again under another criteria-set version. Indicators are the
 * same indicator in both versions when their codes are equal (the catalogue's convention: a derived version keeps its
 * codes). The answer says whether the commune gains or loses the standard, which indicators make the difference, and
 * which values are missing because the other version asks for something its own version did not.
 */
public final class WhatIf {

    private WhatIf() {
    }

    /** A commune's latest assessment: its set version, its class for class thresholds, and its values. */
    public record CommuneValues(String unitCode, String name, String communeClass, SetReference assessedAgainst,
                                Map<String, IndicatorValue> values) {
        public CommuneValues {
            Objects.requireNonNull(unitCode, "unitCode");
            name = name == null ? unitCode : name;
            values = values == null ? Map.of() : Map.copyOf(values);
        }
    }

    public enum Change {
        /** Does not reach the standard under its own version, would under the other. */
        GAINS,
        /** Reaches it under its own version, would not under the other. */
        LOSES,
        STILL_REACHES,
        STILL_SHORT
    }

    /** Why an indicator's verdict differs between the two versions. */
    public enum Reason {
        /** Only the other version has it. */
        NEW_REQUIREMENT,
        /** Only the commune's own version had it. */
        DROPPED,
        /** Both have it; the threshold (or the commune's class threshold) differs. */
        THRESHOLD_CHANGED
    }

    /** One indicator whose verdict is not the same under both versions. before/after are null where a version lacks it. */
    public record IndicatorChange(String indicatorCode, String criterionCode, Reason reason, IndicatorStatus before, IndicatorStatus after,
                                  String thresholdBefore, String thresholdAfter, String value, String explanationVi, String explanationEn) {
    }

    public record CommuneOutcome(String unitCode, String name, SetReference assessedAgainst, String scoreBefore, boolean reachedBefore,
                                 String scoreAfter, boolean reachedAfter, int criteriaRequiredAfter, Change change,
                                 List<IndicatorChange> causes, List<String> missingBecauseNew, List<String> missingAlso,
                                 String explanationVi, String explanationEn) {
        public CommuneOutcome {
            causes = List.copyOf(causes);
            missingBecauseNew = List.copyOf(missingBecauseNew);
            missingAlso = List.copyOf(missingAlso);
        }
    }

    public record Report(SetReference target, int communes, int gains, int loses, int stillReaches, int stillShort,
                         Map<String, Integer> indicatorsMostCausing, List<CommuneOutcome> outcomes, String summaryVi, String summaryEn) {
        public Report {
            outcomes = List.copyOf(outcomes);
            indicatorsMostCausing = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(indicatorsMostCausing));
        }
    }

    /**
     * Every commune judged under {@code target}; each one's own version is found in {@code ownVersions} by its
     * {@link CommuneValues#assessedAgainst()}.
     *
     * @throws IllegalArgumentException when a commune's own version is not given, or a version cannot judge
     */
    public static Report compareAll(CriteriaSetDocument target, Map<SetReference, CriteriaSetDocument> ownVersions,
                                    List<CommuneValues> communes) {
        List<CommuneOutcome> outcomes = new ArrayList<>();
        for (CommuneValues c : communes) {
            CriteriaSetDocument own = ownVersions.get(c.assessedAgainst());
            if (own == null) {
                throw new IllegalArgumentException("the version " + c.assessedAgainst() + " of commune " + c.unitCode() + " is not given");
            }
            outcomes.add(compare(own, target, c));
        }
        outcomes.sort(java.util.Comparator.comparing((CommuneOutcome o) -> o.change().ordinal()).thenComparing(CommuneOutcome::unitCode));
        Map<Change, Long> counts = outcomes.stream().collect(Collectors.groupingBy(CommuneOutcome::change, Collectors.counting()));
        Map<String, Integer> causing = new LinkedHashMap<>();
        outcomes.stream().filter(o -> o.change() == Change.GAINS || o.change() == Change.LOSES)
                .flatMap(o -> o.causes().stream()).map(IndicatorChange::indicatorCode)
                .collect(Collectors.groupingBy(x -> x, Collectors.counting())).entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(10).forEach(e -> causing.put(e.getKey(), e.getValue().intValue()));
        int gains = counts.getOrDefault(Change.GAINS, 0L).intValue();
        int loses = counts.getOrDefault(Change.LOSES, 0L).intValue();
        int still = counts.getOrDefault(Change.STILL_REACHES, 0L).intValue();
        int short_ = counts.getOrDefault(Change.STILL_SHORT, 0L).intValue();
        SetReference ref = target.reference();
        String vi = "Theo bộ tiêu chí " + ref + ": " + outcomes.size() + " xã được đánh giá lại; " + gains + " xã đạt chuẩn mới, " + loses
                + " xã mất chuẩn, " + still + " xã vẫn đạt, " + short_ + " xã vẫn chưa đạt."
                + (causing.isEmpty() ? "" : " Chỉ tiêu gây thay đổi nhiều nhất: " + describeCausing(causing, "xã") + ".");
        String en = "Under " + ref + ": " + outcomes.size() + " commune(s) judged again; " + gains + " would gain the standard, " + loses
                + " would lose it, " + still + " still reach it, " + short_ + " still fall short."
                + (causing.isEmpty() ? "" : " Indicators causing most changes: " + describeCausing(causing, "commune(s)") + ".");
        return new Report(ref, outcomes.size(), gains, loses, still, short_, causing, outcomes, vi, en);
    }

    private static String describeCausing(Map<String, Integer> causing, String noun) {
        return causing.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + " " + noun + ")").collect(Collectors.joining(", "));
    }

    /** One commune: its values under its own version and under {@code target}. */
    public static CommuneOutcome compare(CriteriaSetDocument own, CriteriaSetDocument target, CommuneValues commune) {
        Evaluation before = own.toRules().evaluate(commune.communeClass(), commune.values());
        Evaluation after = target.toRules().evaluate(commune.communeClass(), commune.values());
        Map<String, IndicatorResult> b = byCode(before);
        Map<String, IndicatorResult> a = byCode(after);
        Set<String> ownCodes = b.keySet();

        List<IndicatorChange> causes = new ArrayList<>();
        for (IndicatorResult r : after.indicators()) {
            IndicatorResult old = b.get(r.code());
            if (old == null) {
                if (!r.isMet()) {
                    causes.add(change(r.code(), r.criterionCode(), Reason.NEW_REQUIREMENT, null, r, commune, target));
                }
            } else if (old.isMet() != r.isMet()) {
                causes.add(change(r.code(), r.criterionCode(), Reason.THRESHOLD_CHANGED, old, r, commune, target));
            }
        }
        for (IndicatorResult old : before.indicators()) {
            if (!a.containsKey(old.code()) && !old.isMet()) {
                causes.add(change(old.code(), old.criterionCode(), Reason.DROPPED, old, null, commune, own));
            }
        }
        List<String> missingNew = after.indicators().stream()
                .filter(r -> r.status() == IndicatorStatus.MISSING && !ownCodes.contains(r.code())).map(IndicatorResult::code).toList();
        List<String> missingAlso = after.indicators().stream()
                .filter(r -> r.status() == IndicatorStatus.MISSING && ownCodes.contains(r.code())).map(IndicatorResult::code).toList();

        Change change = before.standardReached()
                ? (after.standardReached() ? Change.STILL_REACHES : Change.LOSES)
                : (after.standardReached() ? Change.GAINS : Change.STILL_SHORT);
        // a gain is caused by what became met or was dropped, a loss by what is no longer met or newly asked for
        if (change == Change.GAINS) {
            causes.removeIf(x -> x.reason() != Reason.DROPPED && x.after() != IndicatorStatus.MET);
        } else if (change == Change.LOSES) {
            causes.removeIf(x -> x.reason() == Reason.DROPPED || x.after() == IndicatorStatus.MET);
        }
        String name = commune.name();
        String verdictVi = switch (change) {
            case GAINS -> "sẽ đạt chuẩn";
            case LOSES -> "sẽ mất chuẩn";
            case STILL_REACHES -> "vẫn đạt chuẩn";
            case STILL_SHORT -> "vẫn chưa đạt chuẩn";
        };
        String verdictEn = switch (change) {
            case GAINS -> "would reach the standard";
            case LOSES -> "would lose the standard";
            case STILL_REACHES -> "would still reach the standard";
            case STILL_SHORT -> "would still fall short of the standard";
        };
        String causesVi = causes.isEmpty() ? "" : "; do " + causes.stream().map(IndicatorChange::explanationVi).collect(Collectors.joining("; "));
        String causesEn = causes.isEmpty() ? "" : "; because " + causes.stream().map(IndicatorChange::explanationEn).collect(Collectors.joining("; "));
        String missVi = missingNew.isEmpty() ? "" : ". Thiếu số liệu cho chỉ tiêu bộ mới yêu cầu mà bộ cũ không có: " + String.join(", ", missingNew);
        String missEn = missingNew.isEmpty() ? "" : ". No values for indicators the other version asks for and the commune's own did not: "
                + String.join(", ", missingNew);
        String vi = name + " " + verdictVi + " theo bộ " + target.reference() + ": đạt " + after.score() + " tiêu chí (cần "
                + after.criteriaRequired() + "), so với " + before.score() + " theo bộ " + own.reference() + causesVi + missVi + ".";
        String en = name + " " + verdictEn + " under " + target.reference() + ": " + after.score() + " criteria met (" + after.criteriaRequired()
                + " required), against " + before.score() + " under " + own.reference() + causesEn + missEn + ".";
        return new CommuneOutcome(commune.unitCode(), name, own.reference(), before.score(), before.standardReached(), after.score(),
                after.standardReached(), after.criteriaRequired(), change, causes, missingNew, missingAlso, vi, en);
    }

    private static IndicatorChange change(String code, String criterion, Reason reason, IndicatorResult before, IndicatorResult after,
                                          CommuneValues commune, CriteriaSetDocument describedBy) {
        IndicatorValue v = commune.values().get(code);
        String value = v == null ? null : v.toString();
        String tb = before == null || before.threshold() == null ? null : before.threshold().describe();
        String ta = after == null || after.threshold() == null ? null : after.threshold().describe();
        String name = describedBy.indicator(code).map(IndicatorDocument::nameVi).filter(n -> n != null && !n.isBlank()).orElse(null);
        String label = "chỉ tiêu " + code + (name == null ? "" : " (" + name + ")");
        String vi;
        String en;
        switch (reason) {
            case NEW_REQUIREMENT -> {
                vi = label + " là yêu cầu mới" + (ta == null ? "" : " (" + ta + ")")
                        + (value == null ? ", chưa có số liệu" : ", giá trị " + value + " chưa đạt");
                en = "indicator " + code + " is a new requirement" + (ta == null ? "" : " (" + ta + ")")
                        + (value == null ? " with no value yet" : "; the value " + value + " does not meet it");
            }
            case DROPPED -> {
                vi = label + " không còn trong bộ mới (trước đây chưa đạt" + (tb == null ? "" : ", " + tb) + ")";
                en = "indicator " + code + " is no longer required (it was not met" + (tb == null ? "" : ", " + tb) + ")";
            }
            default -> {
                boolean nowMet = after.isMet();
                vi = label + (nowMet ? " nay đạt" : " nay không đạt") + ": ngưỡng " + (tb == null ? "–" : tb) + " → " + (ta == null ? "–" : ta)
                        + (value == null ? "" : ", giá trị " + value);
                en = "indicator " + code + (nowMet ? " is now met" : " is no longer met") + ": threshold " + (tb == null ? "–" : tb) + " → "
                        + (ta == null ? "–" : ta) + (value == null ? "" : ", value " + value);
            }
        }
        return new IndicatorChange(code, criterion, reason, before == null ? null : before.status(), after == null ? null : after.status(),
                tb, ta, value, vi, en);
    }

    private static Map<String, IndicatorResult> byCode(Evaluation e) {
        Map<String, IndicatorResult> m = new LinkedHashMap<>();
        e.indicators().forEach(r -> m.put(r.code(), r));
        return m;
    }
}
