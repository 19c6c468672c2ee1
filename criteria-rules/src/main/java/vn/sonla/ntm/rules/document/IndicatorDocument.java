package vn.sonla.ntm.rules.document;

import java.util.List;

import vn.sonla.ntm.rules.IndicatorKind;
import vn.sonla.ntm.rules.IndicatorRule;
import vn.sonla.ntm.rules.Threshold;

/** An indicator (chỉ tiêu) such as {@code 2.1}, with its thresholds and the provenance of its text. */
public record IndicatorDocument(String code, String nameVi, String nameEn, String unit, IndicatorKind kind,
                                Provenance provenance, List<ThresholdDocument> thresholds) {

    public IndicatorDocument {
        thresholds = thresholds == null ? List.of() : List.copyOf(thresholds);
    }

    public IndicatorRule toRule() {
        List<Threshold> defined = thresholds.stream().flatMap(t -> t.toThreshold().stream()).toList();
        return new IndicatorRule(code, kind, unit, defined);
    }
}
