package vn.sonla.ntm.criteria.domain;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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

import vn.sonla.ntm.rules.document.CriterionDocument;
import vn.sonla.ntm.rules.document.Provenance;

/** A criterion (tiêu chí) such as {@code 2} Giao thông, owned by one department, with its indicators. */
@Entity
@Table(name = "criterion")
public class Criterion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "criterion_seq")
    @SequenceGenerator(name = "criterion_seq", sequenceName = "criterion_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id")
    private CriteriaGroup group;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String code;

    @Column(name = "name_vi")
    private String nameVi;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "department_code")
    private String departmentCode;

    @Embedded
    private ProvenanceRecord provenance;

    @OneToMany(mappedBy = "criterion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Indicator> indicators = new ArrayList<>();

    protected Criterion() {
        // Needed by Hibernate
    }

    static Criterion of(CriteriaGroup group, int position, CriterionDocument c) {
        Criterion criterion = new Criterion();
        criterion.group = group;
        criterion.position = position;
        criterion.code = c.code();
        criterion.describe(c.nameVi(), c.nameEn(), c.departmentCode(), c.provenance());
        for (int i = 0; i < c.indicators().size(); i++) {
            criterion.indicators.add(Indicator.of(criterion, i, c.indicators().get(i)));
        }
        return criterion;
    }

    String code() {
        return code;
    }

    List<Indicator> indicators() {
        return indicators;
    }

    /** Renames it, reassigns its department and restates its provenance; the indicators stay as they are. */
    void describe(String nameVi, String nameEn, String departmentCode, Provenance provenance) {
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.departmentCode = departmentCode;
        this.provenance = ProvenanceRecord.of(provenance);
    }

    CriterionDocument toDocument() {
        return new CriterionDocument(code, nameVi, nameEn, departmentCode, provenance == null ? null : provenance.toDocument(),
                indicators.stream().map(Indicator::toDocument).toList());
    }
}
