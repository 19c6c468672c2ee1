package vn.sonla.ntm.criteria.domain;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import vn.sonla.ntm.rules.IndicatorKind;
import vn.sonla.ntm.rules.document.IndicatorDocument;

/** An indicator (chỉ tiêu) such as {@code 2.1}, with its thresholds per commune class. */
@Entity
@Table(name = "indicator")
public class Indicator {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "indicator_seq")
    @SequenceGenerator(name = "indicator_seq", sequenceName = "indicator_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "criterion_id")
    private Criterion criterion;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String code;

    @Column(name = "name_vi")
    private String nameVi;

    @Column(name = "name_en")
    private String nameEn;

    private String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IndicatorKind kind;

    @Embedded
    private ProvenanceRecord provenance;

    @OneToMany(mappedBy = "indicator", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<IndicatorThreshold> thresholds = new ArrayList<>();

    protected Indicator() {
        // Needed by Hibernate
    }

    static Indicator of(Criterion criterion, int position, IndicatorDocument d) {
        Indicator indicator = new Indicator();
        indicator.criterion = criterion;
        indicator.position = position;
        indicator.code = d.code();
        indicator.restate(d);
        return indicator;
    }

    String code() {
        return code;
    }

    /** Replaces its texts, unit, kind, provenance and every threshold with those of the document (code excepted). */
    void restate(IndicatorDocument d) {
        this.nameVi = d.nameVi();
        this.nameEn = d.nameEn();
        this.unit = d.unit();
        this.kind = d.kind();
        this.provenance = ProvenanceRecord.of(d.provenance());
        this.thresholds.clear();
        for (int i = 0; i < d.thresholds().size(); i++) {
            thresholds.add(IndicatorThreshold.of(this, i, d.thresholds().get(i)));
        }
    }

    IndicatorDocument toDocument() {
        return new IndicatorDocument(code, nameVi, nameEn, unit, kind, provenance == null ? null : provenance.toDocument(),
                thresholds.stream().map(IndicatorThreshold::toDocument).toList());
    }
}
