package vn.sonla.ntm.funding.client;

import java.time.LocalDate;
import java.util.List;

import vn.sonla.ntm.funding.domain.UnitLevel;

/**
 * A unit resolved at a date, with what funding needs to file records under it: its district (when it sat under
 * one) and province, and the predecessors it took over in a reorganisation.
 */
public record UnitRef(String code, String name, UnitLevel level, String parentCode, LocalDate validFrom,
                      LocalDate validTo, String districtCode, String districtName, String provinceCode,
                      List<Predecessor> predecessors) {

    public record Predecessor(String code, String name, LocalDate validFrom, LocalDate validTo, String kind) {
    }

    public boolean isValidOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    /** Whether this unit is {@code other} or lies under it (both as they stood on the same date). */
    public boolean isWithin(UnitRef other) {
        return switch (other.level()) {
            case PROVINCE -> other.code().equals(provinceCode);
            case DISTRICT -> other.code().equals(code) || other.code().equals(districtCode);
            case COMMUNE -> other.code().equals(code);
        };
    }
}
