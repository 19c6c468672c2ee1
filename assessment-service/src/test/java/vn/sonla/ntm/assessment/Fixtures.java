package vn.sonla.ntm.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.sonla.ntm.assessment.persistence.CriteriaSnapshots;
import vn.sonla.ntm.rules.Comparator;
import vn.sonla.ntm.rules.IndicatorValue;
import vn.sonla.ntm.rules.Threshold;
import vn.sonla.ntm.rules.document.CriteriaSetDocument;
import vn.sonla.ntm.rules.document.IndicatorDocument;

/** The 2016–2020 national set as criteria-service answers it (generated from data/criteria by its own reader), and values. */
public final class Fixtures {

    public static final String SET_2016 = "ntm-xa-2016-2020";

    private Fixtures() {
    }

    public static String json2016() {
        try (InputStream in = Fixtures.class.getResourceAsStream("/criteria/ntm-xa-2016-2020-v1.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CriteriaSetDocument set2016() {
        return CriteriaSnapshots.parse(json2016());
    }

    /** A value that meets each indicator's threshold exactly. */
    public static Map<String, IndicatorValue> passingValues(CriteriaSetDocument set) {
        Map<String, IndicatorValue> values = new LinkedHashMap<>();
        set.indicators().forEach(i -> values.put(i.code(), passing(i)));
        return values;
    }

    public static IndicatorValue passing(IndicatorDocument i) {
        Threshold t = i.toRule().thresholdFor(null).orElseThrow();
        if (t.comparator() == Comparator.ACHIEVED) {
            return IndicatorValue.of(true);
        }
        if (t.comparator() == Comparator.NONE) {
            return IndicatorValue.of(false);
        }
        return IndicatorValue.of(t.value());
    }

    /** The same as JSON for PUT /assessments/{id}. */
    public static String valuesJson(Map<String, IndicatorValue> values) {
        StringBuilder json = new StringBuilder("{\"values\":{");
        boolean first = true;
        for (var e : values.entrySet()) {
            if (!first) {
                json.append(',');
            }
            first = false;
            Object v = e.getValue().toJson();
            json.append('"').append(e.getKey()).append("\":{\"value\":")
                    .append(v instanceof java.math.BigDecimal d ? d.toPlainString() : v.toString())
                    .append(",\"dataSource\":\"test\"}");
        }
        return json.append("}}").toString();
    }
}
