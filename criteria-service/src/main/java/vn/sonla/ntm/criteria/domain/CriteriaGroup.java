package vn.sonla.ntm.criteria.domain;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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

import vn.sonla.ntm.rules.document.GroupDocument;

/** A group of criteria (nhóm), part of one version; its position is display order. */
@Entity
@Table(name = "criteria_group")
public class CriteriaGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "criteria_group_seq")
    @SequenceGenerator(name = "criteria_group_seq", sequenceName = "criteria_group_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id")
    private CriteriaSetVersion version;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String code;

    @Column(name = "name_vi")
    private String nameVi;

    @Column(name = "name_en")
    private String nameEn;

    @OneToMany(mappedBy = "group", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Criterion> criteria = new ArrayList<>();

    protected CriteriaGroup() {
        // Needed by Hibernate
    }

    static CriteriaGroup of(CriteriaSetVersion version, int position, GroupDocument g) {
        CriteriaGroup group = new CriteriaGroup();
        group.version = version;
        group.position = position;
        group.code = g.code();
        group.nameVi = g.nameVi();
        group.nameEn = g.nameEn();
        for (int i = 0; i < g.criteria().size(); i++) {
            group.criteria.add(Criterion.of(group, i, g.criteria().get(i)));
        }
        return group;
    }

    List<Criterion> criteria() {
        return criteria;
    }

    GroupDocument toDocument() {
        return new GroupDocument(code, nameVi, nameEn, criteria.stream().map(Criterion::toDocument).toList());
    }
}
