package vn.sonla.ntm.criteria.domain;

import java.time.OffsetDateTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A criteria set (bộ tiêu chí) identified by its code, e.g. {@code ntm-xa-2016-2020}. Its content lives in its numbered
 * {@link CriteriaSetVersion versions}; the set row is what a new version number is allocated under (it is locked for that).
 */
@Entity
@Table(name = "criteria_set")
public class CriteriaSet {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "criteria_set_seq")
    @SequenceGenerator(name = "criteria_set_seq", sequenceName = "criteria_set_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected CriteriaSet() {
        // Needed by Hibernate
    }

    public CriteriaSet(String code, OffsetDateTime createdAt) {
        this.code = Objects.requireNonNull(code, "code");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CriteriaSet other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
