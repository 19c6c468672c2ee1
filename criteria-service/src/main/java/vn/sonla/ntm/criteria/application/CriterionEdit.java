package vn.sonla.ntm.criteria.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.sonla.ntm.rules.document.Provenance;

/** What {@code PUT .../criteria/{criterionCode}} changes: names, responsible department, provenance (not the indicators). */
@Schema(name = "CriterionEdit")
public record CriterionEdit(String nameVi, String nameEn, @Schema(examples = "sgtvt") String departmentCode, Provenance provenance) {
}
