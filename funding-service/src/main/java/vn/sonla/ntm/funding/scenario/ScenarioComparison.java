package vn.sonla.ntm.funding.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

/** Two scenarios side by side: per commune what each gives and whether it reaches the standard, per source the money. */
@Schema(name = "ScenarioComparison")
public record ScenarioComparison(Side a, Side b, List<CommuneDiff> communes, List<SourceDiff> sources, String summaryVi, String summaryEn) {

    @Schema(name = "ScenarioComparisonSide")
    public record Side(long id, String title, String status, long budgetTotal, long proposedTotal, Integer communesReached,
                       Integer criteriaClosed) {
    }

    public enum Change {
        ONLY_A,
        ONLY_B,
        SAME,
        DIFFERENT
    }

    @Schema(name = "ScenarioCommuneDiff")
    public record CommuneDiff(String unitCode, String name, long amountA, long amountB, List<String> criteriaA, List<String> criteriaB,
                              boolean reachesA, boolean reachesB, Change change) {
    }

    @Schema(name = "ScenarioSourceDiff")
    public record SourceDiff(String sourceCode, long amountA, long amountB) {
    }

    static ScenarioComparison of(Scenario a, JsonNode resultA, Scenario b, JsonNode resultB) {
        Map<String, long[]> money = new TreeMap<>();
        Map<String, List<List<String>>> criteria = new TreeMap<>();
        Map<String, long[]> sources = new TreeMap<>();
        collect(a, 0, money, criteria, sources);
        collect(b, 1, money, criteria, sources);
        Map<String, String> names = new TreeMap<>();
        Map<String, boolean[]> reaches = new TreeMap<>();
        reaches(resultA, 0, names, reaches);
        reaches(resultB, 1, names, reaches);
        TreeSet<String> codes = new TreeSet<>(money.keySet());
        reaches.forEach((code, r) -> {
            if (r[0] || r[1]) {
                codes.add(code);
            }
        });
        List<CommuneDiff> communes = new ArrayList<>();
        int onlyA = 0;
        int onlyB = 0;
        int different = 0;
        for (String code : codes) {
            long[] m = money.getOrDefault(code, new long[2]);
            List<List<String>> c = criteria.getOrDefault(code, List.of(new ArrayList<>(), new ArrayList<>()));
            boolean[] r = reaches.getOrDefault(code, new boolean[2]);
            Change change = m[0] > 0 && m[1] == 0 ? Change.ONLY_A : m[0] == 0 && m[1] > 0 ? Change.ONLY_B
                    : m[0] == m[1] && c.get(0).equals(c.get(1)) && r[0] == r[1] ? Change.SAME : Change.DIFFERENT;
            switch (change) {
                case ONLY_A -> onlyA++;
                case ONLY_B -> onlyB++;
                case DIFFERENT -> different++;
                default -> { }
            }
            communes.add(new CommuneDiff(code, names.getOrDefault(code, code), m[0], m[1], c.get(0), c.get(1), r[0], r[1], change));
        }
        List<SourceDiff> bySource = sources.entrySet().stream().map(e -> new SourceDiff(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        Side sa = side(a, resultA);
        Side sb = side(b, resultB);
        String vi = "Phương án A (" + a.title + ") và B (" + b.title + "): " + onlyA + " xã chỉ có trong A, " + onlyB + " xã chỉ có trong B, "
                + different + " xã khác nhau" + (sa.communesReached() != null && sb.communesReached() != null
                ? "; số xã đạt chuẩn mới " + sa.communesReached() + " so với " + sb.communesReached() : "") + ".";
        String en = "Scenario A (" + a.title + ") and B (" + b.title + "): " + onlyA + " commune(s) only in A, " + onlyB + " only in B, "
                + different + " different" + (sa.communesReached() != null && sb.communesReached() != null
                ? "; communes newly reaching the standard " + sa.communesReached() + " against " + sb.communesReached() : "") + ".";
        return new ScenarioComparison(sa, sb, communes, bySource, vi, en);
    }

    private static Side side(Scenario s, JsonNode result) {
        JsonNode score = result == null ? null : result.get("score");
        Integer reached = score != null && score.hasNonNull("communesReached") ? score.get("communesReached").asInt() : null;
        Integer closed = score != null && score.hasNonNull("criteriaClosed") ? score.get("criteriaClosed").asInt() : null;
        return new Side(s.id, s.title, s.status.name(), s.budgetTotal, s.proposedTotal, reached, closed);
    }

    private static void collect(Scenario s, int side, Map<String, long[]> money, Map<String, List<List<String>>> criteria,
                                Map<String, long[]> sources) {
        for (ScenarioLine l : s.lines) {
            money.computeIfAbsent(l.recipientCode, k -> new long[2])[side] += l.amount;
            sources.computeIfAbsent(l.sourceCode, k -> new long[2])[side] += l.amount;
            List<String> list = criteria.computeIfAbsent(l.recipientCode, k -> List.of(new ArrayList<>(), new ArrayList<>())).get(side);
            if (l.criterionCode != null && !list.contains(l.criterionCode)) {
                list.add(l.criterionCode);
            }
        }
        criteria.values().forEach(pair -> pair.get(side).sort(String::compareTo));
    }

    private static void reaches(JsonNode result, int side, Map<String, String> names, Map<String, boolean[]> reaches) {
        JsonNode communes = result == null ? null : result.get("communes");
        if (communes == null || !communes.isArray()) {
            return;
        }
        for (JsonNode c : communes) {
            String code = c.path("unitCode").asText(null);
            if (code == null) {
                continue;
            }
            if (c.hasNonNull("name")) {
                names.putIfAbsent(code, c.get("name").asText());
            }
            boolean newly = c.path("reachesStandard").asBoolean(false) && !c.path("alreadyReached").asBoolean(false);
            reaches.computeIfAbsent(code, k -> new boolean[2])[side] = newly;
        }
    }
}
