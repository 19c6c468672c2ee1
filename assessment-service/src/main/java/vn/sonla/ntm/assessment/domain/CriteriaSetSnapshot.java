package vn.sonla.ntm.assessment.domain;

import java.time.OffsetDateTime;

import vn.sonla.ntm.rules.document.CriteriaSetDocument;

/** A published criteria-set version as fetched once from criteria-service and kept; immutable. */
public record CriteriaSetSnapshot(long id, String code, int version, String level, CriteriaSetDocument document,
                                  OffsetDateTime fetchedAt, String fetchedBy) {

    /** The department that appraises a criterion, as the snapshot says. */
    public String ownerOf(String criterionCode) {
        return document.criteria().filter(c -> c.code().equals(criterionCode)).findFirst().map(c -> c.departmentCode()).orElse(null);
    }
}
