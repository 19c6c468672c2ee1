package vn.sonla.ntm.rules.document;

import java.util.List;

import vn.sonla.ntm.rules.CriterionRule;

/** A criterion (tiêu chí), e.g. {@code 2} Giao thông, owned by one department ({@code sgtvt}). */
public record CriterionDocument(String code, String nameVi, String nameEn, String departmentCode,
                                Provenance provenance, List<IndicatorDocument> indicators) {

    public CriterionDocument {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    public CriterionRule toRule() {
        return new CriterionRule(code, indicators.stream().map(IndicatorDocument::toRule).toList());
    }
}
