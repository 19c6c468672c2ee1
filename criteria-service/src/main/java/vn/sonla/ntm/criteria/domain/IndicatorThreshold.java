package vn.sonla.ntm.criteria.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import vn.sonla.ntm.rules.Comparator;
import vn.sonla.ntm.rules.document.ThresholdDocument;

/**
 * A threshold (ngưỡng) of one indicator for one commune class, or for every class when {@code communeClass} is null.
 * The comparator is kept as the catalogue symbol; null means "not known yet" and judges nothing.
 */
@Entity
@Table(name = "indicator_threshold")
public class IndicatorThreshold {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "indicator_threshold_seq")
    @SequenceGenerator(name = "indicator_threshold_seq", sequenceName = "indicator_threshold_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id")
    private Indicator indicator;

    @Column(nullable = false)
    private int position;

    @Column(name = "commune_class")
    private String communeClass;

    private String comparator;

    private BigDecimal value;

    @Column(name = "upper_value")
    private BigDecimal upperValue;

    private String unit;

    @Embedded
    private ProvenanceRecord provenance;

    protected IndicatorThreshold() {
        // Needed by Hibernate
    }

    static IndicatorThreshold of(Indicator indicator, int position, ThresholdDocument d) {
        IndicatorThreshold t = new IndicatorThreshold();
        t.indicator = indicator;
        t.position = position;
        t.communeClass = d.communeClass();
        t.comparator = Comparator.fromSymbol(d.comparator()).map(Comparator::symbol).orElse(null);
        t.value = d.value();
        t.upperValue = d.upperValue();
        t.unit = d.unit();
        t.provenance = ProvenanceRecord.of(d.provenance());
        return t;
    }

    ThresholdDocument toDocument() {
        return new ThresholdDocument(communeClass, comparator, value, upperValue, unit,
                provenance == null ? null : provenance.toDocument());
    }
}
