package vn.sonla.ntm.funding.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The administrative unit a plan is for, as it stood on the plan's unit date (codes are reused after the 2025
 * merger, so the code alone does not name a unit): code, name, level, and the district and province above it.
 */
@Embeddable
public class PlannedUnit {

    @Column(name = "unit_code", nullable = false)
    private String code;

    @Column(name = "unit_name", nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_level", nullable = false)
    private UnitLevel level;

    @Column(name = "unit_date", nullable = false)
    private LocalDate date;

    @Column(name = "unit_valid_from")
    private LocalDate validFrom;

    @Column(name = "district_code")
    private String districtCode;

    @Column(name = "district_name")
    private String districtName;

    @Column(name = "province_code", nullable = false)
    private String provinceCode;

    protected PlannedUnit() {
        // for Hibernate
    }

    public PlannedUnit(String code, String name, UnitLevel level, LocalDate date, LocalDate validFrom, String districtCode, String districtName,
                       String provinceCode) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.date = date;
        this.validFrom = validFrom;
        this.districtCode = districtCode;
        this.districtName = districtName;
        this.provinceCode = provinceCode;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public UnitLevel level() {
        return level;
    }

    public LocalDate date() {
        return date;
    }

    /** Start of the unit's validity (null: since before the records begin); with the code it names the unit. */
    public LocalDate validFrom() {
        return validFrom;
    }

    public String districtCode() {
        return districtCode;
    }

    public String districtName() {
        return districtName;
    }

    public String provinceCode() {
        return provinceCode;
    }
}
