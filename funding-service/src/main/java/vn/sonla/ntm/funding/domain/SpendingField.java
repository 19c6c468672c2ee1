package vn.sonla.ntm.funding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A field of spending (lĩnh vực): production and income, landscape, culture, ... or an infrastructure sub-field,
 * optionally tied to a criterion of the national catalogue (the tie is reconstructed, see {@code criterionBasis}).
 */
@Entity
@Table(name = "spending_field")
public class SpendingField {

    @Id
    private String code;

    @Column(name = "name_vi", nullable = false)
    private String nameVi;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "parent_code")
    private String parentCode;

    @Column(nullable = false)
    private boolean infrastructure;

    @Column(name = "criterion_code")
    private String criterionCode;

    @Column(name = "criterion_basis")
    private String criterionBasis;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected SpendingField() {
        // for Hibernate
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

    public String parentCode() {
        return parentCode;
    }

    public boolean infrastructure() {
        return infrastructure;
    }

    public String criterionCode() {
        return criterionCode;
    }

    public String criterionBasis() {
        return criterionBasis;
    }

    public int sortOrder() {
        return sortOrder;
    }
}
