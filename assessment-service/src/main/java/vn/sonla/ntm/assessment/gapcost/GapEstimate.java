package vn.sonla.ntm.assessment.gapcost;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A district's estimate of what closing one open indicator of an assessment costs. */
@Entity
@Table(name = "gap_estimate")
public class GapEstimate {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gap_estimate_seq")
    @SequenceGenerator(name = "gap_estimate_seq", sequenceName = "gap_estimate_seq", allocationSize = 50)
    Long id;

    @Column(name = "assessment_id", nullable = false)
    long assessmentId;

    @Column(name = "unit_code", nullable = false)
    String unitCode;

    @Column(name = "district_code")
    String districtCode;

    @Column(name = "indicator_code", nullable = false)
    String indicatorCode;

    @Column(name = "field_code", nullable = false)
    String fieldCode;

    Long amount;

    BigDecimal quantity;

    /** JSON array of {sourceCode, percent}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    String sources;

    String note;

    @Column(name = "updated_by", nullable = false)
    String updatedBy;

    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;

    @Version
    long version;
}
