package vn.sonla.ntm.criteria.domain;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A provincial sector department (Sở) that can own criteria, valid from a date until an optional end date (departments
 * were merged in 2025, so a code that is closed stays known for the sets published while it existed).
 */
@Entity
@Table(name = "department")
public class Department {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "department_seq")
    @SequenceGenerator(name = "department_seq", sequenceName = "department_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(name = "name_vi", nullable = false)
    private String nameVi;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Version
    private long revision;

    protected Department() {
        // Needed by Hibernate
    }

    public Department(String code, String nameVi, String nameEn, LocalDate validFrom, LocalDate validTo) {
        this.code = Objects.requireNonNull(code, "code");
        amend(nameVi, nameEn, validFrom, validTo);
    }

    /** Corrects the names or the period of validity (e.g. closes the department on the day it was merged). */
    public final void amend(String nameVi, String nameEn, LocalDate validFrom, LocalDate validTo) {
        Objects.requireNonNull(nameVi, "nameVi");
        Objects.requireNonNull(validFrom, "validFrom");
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("validTo " + validTo + " is before validFrom " + validFrom);
        }
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    /** Whether the department existed on that day (validTo is the last day it existed). */
    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public String code() {
        return code;
    }

    public String nameVi() {
        return nameVi;
    }

    public String nameEn() {
        return nameEn;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public long revision() {
        return revision;
    }
}
