package vn.sonla.ntm.loader.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.CRC32;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Plausible, deterministic indicator values for a criteria-set version read from criteria-service: a value that
 * meets each indicator's threshold, or one that falls short, chosen from the threshold itself (so it follows the
 * catalogue if the catalogue is corrected). The same seed always gives the same values ({@link Random} is specified
 * to be the same on every JVM).
 */
public final class IndicatorValues {

    /** Written as each value's data source: demo values are never mistaken for reported figures. */
    public static final String DEMO_SOURCE = "Dữ liệu minh họa / demo data";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** One indicator with the threshold that applies without a commune class. */
    public record Indicator(String criterionCode, String departmentCode, String code, String kind, String comparator,
                            BigDecimal value, BigDecimal upperValue) {
    }

    private IndicatorValues() {
    }

    /** The indicators of a version document (groups → criteria → indicators), in catalogue order. */
    public static List<Indicator> of(JsonNode version) {
        List<Indicator> list = new ArrayList<>();
        for (JsonNode g : version.path("groups")) {
            for (JsonNode c : g.path("criteria")) {
                for (JsonNode i : c.path("indicators")) {
                    JsonNode threshold = null;
                    for (JsonNode t : i.path("thresholds")) {
                        if (threshold == null || t.path("communeClass").isNull() || t.path("communeClass").isMissingNode()) {
                            threshold = t;
                            if (t.path("communeClass").isNull() || t.path("communeClass").isMissingNode()) {
                                break;
                            }
                        }
                    }
                    list.add(new Indicator(c.path("code").asText(), text(c.path("departmentCode")), i.path("code").asText(),
                            i.path("kind").asText(), threshold == null ? null : text(threshold.path("comparator")),
                            threshold == null ? null : decimal(threshold.path("value")),
                            threshold == null ? null : decimal(threshold.path("upperValue"))));
                }
            }
        }
        return list;
    }

    /** Criterion codes in catalogue order, each once. */
    public static List<String> criteria(List<Indicator> indicators) {
        return indicators.stream().map(Indicator::criterionCode).distinct().toList();
    }

    /** criterion → responsible department, as the catalogue says. */
    public static Map<String, String> owners(List<Indicator> indicators) {
        Map<String, String> owners = new LinkedHashMap<>();
        indicators.forEach(i -> owners.putIfAbsent(i.criterionCode(), i.departmentCode()));
        return owners;
    }

    /** A stable seed from text (CRC32), so that a case's values depend on nothing but its key. */
    public static long seed(String key) {
        CRC32 crc = new CRC32();
        crc.update(key.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    /**
     * The values map of the API ({indicatorCode: {value, dataSource}}): every indicator meets its threshold except one
     * indicator of each criterion in {@code failing}; one indicator of each criterion in {@code missing} is left out;
     * with {@code fill} &lt; 1 each remaining indicator is entered only with that probability (a draft in progress).
     */
    public static Map<String, Map<String, Object>> values(List<Indicator> indicators, Set<String> failing, Set<String> missing,
                                                          double fill, Random random) {
        return values(indicators, failing, missing, fill, random, DEMO_SOURCE);
    }

    /** As {@link #values(List, Set, Set, double, Random)}, each value carrying {@code source} as its data source. */
    public static Map<String, Map<String, Object>> values(List<Indicator> indicators, Set<String> failing, Set<String> missing,
                                                          double fill, Random random, String source) {
        Map<String, Map<String, Object>> values = new LinkedHashMap<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        Map<String, Integer> perCriterion = new LinkedHashMap<>();
        indicators.forEach(i -> perCriterion.merge(i.criterionCode(), 1, Integer::sum));
        Map<String, Integer> failAt = new LinkedHashMap<>();
        Map<String, Integer> missAt = new LinkedHashMap<>();
        for (String c : perCriterion.keySet()) {
            int n = perCriterion.get(c);
            failAt.put(c, random.nextInt(n));
            missAt.put(c, random.nextInt(n));
        }
        for (Indicator i : indicators) {
            int index = seen.merge(i.criterionCode(), 1, Integer::sum) - 1;
            double draw = random.nextDouble();
            if (missing.contains(i.criterionCode()) && missAt.get(i.criterionCode()) == index) {
                continue;
            }
            if (fill < 1.0 && draw >= fill) {
                continue;
            }
            boolean fail = failing.contains(i.criterionCode()) && failAt.get(i.criterionCode()) == index;
            Object value = fail ? failing(i, random) : meeting(i, random);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("value", value);
            entry.put("dataSource", source);
            values.put(i.code(), entry);
        }
        return values;
    }

    /** A value that meets the indicator's threshold. */
    public static Object meeting(Indicator i, Random random) {
        String cmp = i.comparator() == null ? "" : i.comparator();
        switch (cmp) {
            case "achieved":
                return Boolean.TRUE;
            case "none":
                return Boolean.FALSE;
            case ">=": {
                BigDecimal top = ceiling(i, i.value().max(BigDecimal.TEN).multiply(BigDecimal.valueOf(1.4)));
                return between(i.value(), top.max(i.value()), random, i.value(), null);
            }
            case "<=":
                return between(i.value().multiply(BigDecimal.valueOf(0.3)), i.value(), random, null, i.value());
            case "=":
                return i.value();
            case "between":
                return between(i.value(), i.upperValue(), random, i.value(), i.upperValue());
            default:
                return "BOOLEAN".equals(i.kind()) ? Boolean.TRUE : scale(BigDecimal.valueOf(50 + random.nextInt(40)));
        }
    }

    /** A value that falls short of the indicator's threshold. */
    public static Object failing(Indicator i, Random random) {
        String cmp = i.comparator() == null ? "" : i.comparator();
        switch (cmp) {
            case "achieved":
                return Boolean.FALSE;
            case "none":
                return Boolean.TRUE;
            case ">=": {
                BigDecimal low = i.value().multiply(BigDecimal.valueOf(0.6));
                BigDecimal high = i.value().multiply(BigDecimal.valueOf(0.95));
                return below(between(low, high, random, null, null), i.value());
            }
            case "<=": {
                BigDecimal high = ceiling(i, i.value().multiply(BigDecimal.valueOf(1.8)).max(i.value().add(BigDecimal.ONE)));
                return above(between(i.value(), high, random, null, null), i.value());
            }
            case "=":
                return i.value().add(BigDecimal.ONE);
            case "between":
                return i.value().signum() > 0 ? below(i.value().multiply(BigDecimal.valueOf(0.8)), i.value())
                        : i.upperValue().add(BigDecimal.ONE);
            default:
                return "BOOLEAN".equals(i.kind()) ? Boolean.FALSE : scale(BigDecimal.valueOf(10 + random.nextInt(30)));
        }
    }

    private static BigDecimal ceiling(Indicator i, BigDecimal candidate) {
        return "PERCENT".equals(i.kind()) ? candidate.min(HUNDRED) : candidate;
    }

    /** Uniform in [low, high], one decimal, clamped to [min, max] where given. */
    private static BigDecimal between(BigDecimal low, BigDecimal high, Random random, BigDecimal min, BigDecimal max) {
        BigDecimal v = scale(low.add(high.subtract(low).multiply(BigDecimal.valueOf(random.nextDouble()))));
        if (min != null && v.compareTo(min) < 0) {
            v = scale(min);
        }
        if (max != null && v.compareTo(max) > 0) {
            v = max.setScale(1, RoundingMode.DOWN);
        }
        return v;
    }

    private static BigDecimal below(BigDecimal v, BigDecimal limit) {
        return v.compareTo(limit) < 0 ? v : scale(limit.subtract(BigDecimal.ONE).max(BigDecimal.ZERO));
    }

    private static BigDecimal above(BigDecimal v, BigDecimal limit) {
        return v.compareTo(limit) > 0 ? v : scale(limit.add(BigDecimal.ONE));
    }

    private static BigDecimal scale(BigDecimal v) {
        return v.setScale(1, RoundingMode.HALF_UP);
    }

    private static String text(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? null : n.asText();
    }

    private static BigDecimal decimal(JsonNode n) {
        return n.isNumber() ? n.decimalValue() : n.isTextual() ? new BigDecimal(n.asText()) : null;
    }
}
