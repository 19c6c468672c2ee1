package vn.sonla.ntm.rules.document;

import java.util.List;

/** A group of criteria (nhóm), e.g. {@code II} Hạ tầng kinh tế - xã hội; order in the list is display order. */
public record GroupDocument(String code, String nameVi, String nameEn, List<CriterionDocument> criteria) {

    public GroupDocument {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }
}
