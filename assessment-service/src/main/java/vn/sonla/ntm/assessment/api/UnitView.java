package vn.sonla.ntm.assessment.api;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.sonla.ntm.assessment.domain.AdministrativeUnit;
import vn.sonla.ntm.assessment.domain.UnitLevel;

/** An administrative unit in a list: code, name, type, level, parent and the period it is valid for. */
@Schema(name = "Unit")
public record UnitView(
        @Schema(examples = "04120") String code,
        @Schema(examples = "Xã Chiềng Ban") String name,
        @Schema(examples = "Xã") String type,
        UnitLevel level,
        @Schema(examples = "125") String parentCode,
        @Schema(description = "null: since before the records begin") LocalDate validFrom,
        @Schema(description = "null: still valid", examples = "2025-06-30") LocalDate validTo) {

    static UnitView of(AdministrativeUnit u) {
        return new UnitView(u.code(), u.name(), u.unitType(), u.level(), u.parentCode(), u.validFrom(), u.validTo());
    }
}
