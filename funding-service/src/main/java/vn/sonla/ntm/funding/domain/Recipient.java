package vn.sonla.ntm.funding.domain;

import java.time.LocalDate;

/** The district or commune an allocation goes to, as it stood on the plan's unit date. */
public record Recipient(String code, String name, UnitLevel level, String districtCode, String districtName,
                        LocalDate date) {
}
