package vn.sonla.ntm.assessment.domain;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A province, district or commune-level unit as it stood over a period. {@code validFrom} null means "since before
 * our records begin"; {@code validTo} null means "still valid". The same GSO code may denote another unit in another
 * period, so a unit is its code plus its period.
 */
@Entity
@Table(name = "administrative_unit")
public class AdministrativeUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "administrative_unit_seq")
    @SequenceGenerator(name = "administrative_unit_seq", sequenceName = "administrative_unit_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 5)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "unit_type", nullable = false)
    private String unitType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UnitLevel level;

    @Column(name = "province_code", nullable = false, length = 2)
    private String provinceCode;

    @Column(name = "parent_code", length = 5)
    private String parentCode;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    private String source;

    private String note;

    @Version
    private long version;

    protected AdministrativeUnit() {
        // for Hibernate
    }

    public AdministrativeUnit(String code, String name, String unitType, UnitLevel level, String provinceCode,
                              String parentCode, LocalDate validFrom, LocalDate validTo, String source) {
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
        this.unitType = Objects.requireNonNull(unitType);
        this.level = Objects.requireNonNull(level);
        this.provinceCode = Objects.requireNonNull(provinceCode);
        this.parentCode = parentCode;
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("unit " + code + " would end before it starts");
        }
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.source = source;
    }

    /** Whether the unit existed, as this record describes it, on that day. */
    public boolean isValidOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    public void annotate(String note) {
        this.note = note;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String unitType() {
        return unitType;
    }

    public UnitLevel level() {
        return level;
    }

    public String provinceCode() {
        return provinceCode;
    }

    public String parentCode() {
        return parentCode;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public String source() {
        return source;
    }

    public String note() {
        return note;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AdministrativeUnit other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return code + " " + name + " [" + (validFrom == null ? "…" : validFrom) + ", " + (validTo == null ? "…" : validTo) + "]";
    }
}
