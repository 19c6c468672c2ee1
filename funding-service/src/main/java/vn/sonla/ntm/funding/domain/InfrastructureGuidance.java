package vn.sonla.ntm.funding.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * What the plan says about the infrastructure share ("a part" — plan 111 gives no figure) and, once the
 * coordination office sets one by a decision, the maximum share the reports hold spending against.
 */
@Entity
@Table(name = "infrastructure_guidance")
public class InfrastructureGuidance {

    @Id
    private Integer id;

    @Column(name = "plan_words", nullable = false)
    private String planWords;

    @Column(name = "max_share_percent")
    private BigDecimal maxSharePercent;

    @Column(name = "decision_ref")
    private String decisionRef;

    @Column(name = "set_by")
    private String setBy;

    @Column(name = "set_at")
    private OffsetDateTime setAt;

    @Version
    private long version;

    protected InfrastructureGuidance() {
        // for Hibernate
    }

    /** Sets (or clears, with null) the maximum share of infrastructure in a plan, in percent. */
    public void setMaximumShare(BigDecimal percent, String decisionRef, String by, OffsetDateTime at) {
        if (percent != null && (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new IllegalArgumentException("must be more than 0 and at most 100");
        }
        this.maxSharePercent = percent;
        this.decisionRef = decisionRef;
        this.setBy = by;
        this.setAt = at;
    }

    /** Whether a share (in percent) is within the guidance; null when no figure is set. */
    public Boolean admits(BigDecimal sharePercent) {
        return maxSharePercent == null || sharePercent == null ? null : sharePercent.compareTo(maxSharePercent) <= 0;
    }

    public String planWords() {
        return planWords;
    }

    public BigDecimal maxSharePercent() {
        return maxSharePercent;
    }

    public String decisionRef() {
        return decisionRef;
    }

    public String setBy() {
        return setBy;
    }

    public OffsetDateTime setAt() {
        return setAt;
    }

    public long version() {
        return version;
    }
}
