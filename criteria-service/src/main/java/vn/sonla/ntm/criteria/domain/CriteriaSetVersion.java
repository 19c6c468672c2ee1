package vn.sonla.ntm.criteria.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

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
import jakarta.persistence.Version;

import vn.sonla.ntm.rules.document.CriteriaSetDocument;
import vn.sonla.ntm.rules.document.IndicatorDocument;
import vn.sonla.ntm.rules.document.LegalBasis;
import vn.sonla.ntm.rules.document.Provenance;
import vn.sonla.ntm.rules.document.RecognitionRuleDocument;
import vn.sonla.ntm.rules.document.SetReference;

/**
 * One numbered version of a criteria set: the aggregate that is drafted, published and retired. Its whole content
 * (groups → criteria → indicators → thresholds) changes only through it, and only while it is a draft.
 * {@code revision} is the optimistic-lock counter answered as the ETag; {@code number} is the catalogue version.
 */
@Entity
@Table(name = "criteria_set_version")
public class CriteriaSetVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "criteria_set_version_seq")
    @SequenceGenerator(name = "criteria_set_version_seq", sequenceName = "criteria_set_version_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "set_id")
    private CriteriaSet set;

    @Column(name = "version_number", nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SetStatus status;

    @Column(name = "name_vi", nullable = false)
    private String nameVi;

    @Column(name = "name_en")
    private String nameEn;

    @Enumerated(EnumType.STRING)
    private SetLevel level;

    private String period;

    private String region;

    @Column(name = "legal_number")
    private String legalNumber;

    @Column(name = "legal_date")
    private LocalDate legalDate;

    @Column(name = "legal_issuer")
    private String legalIssuer;

    @Column(name = "legal_effective_from")
    private LocalDate legalEffectiveFrom;

    @Column(name = "legal_effective_to")
    private LocalDate legalEffectiveTo;

    @Column(name = "legal_source")
    private String legalSource;

    @Column(name = "derived_from_code")
    private String derivedFromCode;

    @Column(name = "derived_from_version")
    private Integer derivedFromVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule_kind")
    private RecognitionRuleDocument.Kind ruleKind;

    @Column(name = "rule_minimum")
    private Integer ruleMinimum;

    @Column(name = "rule_text_vi")
    private String ruleTextVi;

    @Embedded
    private ProvenanceRecord provenance;

    private String notes;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @Column(name = "published_by")
    private String publishedBy;

    @Column(name = "retired_at")
    private OffsetDateTime retiredAt;

    @Column(name = "retired_by")
    private String retiredBy;

    @Version
    private long revision;

    @OneToMany(mappedBy = "version", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CriteriaGroup> groups = new ArrayList<>();

    protected CriteriaSetVersion() {
        // Needed by Hibernate
    }

    /**
     * A new draft numbered {@code number} of {@code set}, holding the content of {@code content} (its code, version and
     * status are ignored: they are the catalogue's to give).
     */
    public static CriteriaSetVersion draft(CriteriaSet set, int number, CriteriaSetDocument content, SetReference derivedFrom,
                                           String by, OffsetDateTime at) {
        CriteriaSetVersion v = new CriteriaSetVersion();
        v.set = Objects.requireNonNull(set, "set");
        v.number = number;
        v.status = SetStatus.DRAFT;
        v.createdAt = at;
        v.createdBy = by;
        v.fill(content);
        if (derivedFrom != null) {
            v.derivedFromCode = derivedFrom.code();
            v.derivedFromVersion = derivedFrom.version();
        }
        v.updatedAt = at;
        return v;
    }

    public String code() {
        return set.code();
    }

    public int number() {
        return number;
    }

    public SetStatus status() {
        return status;
    }

    public long revision() {
        return revision;
    }

    public SetLevel level() {
        return level;
    }

    public boolean isDraft() {
        return status == SetStatus.DRAFT;
    }

    public boolean isPublished() {
        return status == SetStatus.PUBLISHED;
    }

    public SetReference reference() {
        return new SetReference(set.code(), number);
    }

    public String nameVi() {
        return nameVi;
    }

    public String nameEn() {
        return nameEn;
    }

    public String period() {
        return period;
    }

    public String legalNumber() {
        return legalNumber;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    /** The date the version's departments must be valid at: in force from, else issued on, else {@code today}. */
    public LocalDate effectiveDate(LocalDate today) {
        return legalEffectiveFrom != null ? legalEffectiveFrom : legalDate != null ? legalDate : today;
    }

    /**
     * Replaces the whole content of this draft (header and every group) with that of the document. Lineage
     * ({@code derivedFrom}) is the catalogue's record and is not replaced.
     */
    public void replaceContent(CriteriaSetDocument content, OffsetDateTime at) {
        requireDraft();
        fill(content);
        updatedAt = at;
    }

    /** Renames a criterion, reassigns its department and restates its provenance; its indicators stay. */
    public void describeCriterion(String criterionCode, String nameVi, String nameEn, String departmentCode, Provenance provenance,
                                  OffsetDateTime at) {
        requireDraft();
        Criterion criterion = single(criteria().filter(c -> c.code().equals(criterionCode)), "criterion", criterionCode);
        criterion.describe(nameVi, nameEn, departmentCode, provenance);
        updatedAt = at;
    }

    /** Restates an indicator (texts, unit, kind, provenance and all its thresholds); its code stays. */
    public void restateIndicator(String indicatorCode, IndicatorDocument content, OffsetDateTime at) {
        requireDraft();
        Indicator indicator = single(criteria().flatMap(c -> c.indicators().stream()).filter(i -> i.code().equals(indicatorCode)),
                "indicator", indicatorCode);
        indicator.restate(content);
        updatedAt = at;
    }

    /**
     * Publishes this draft. The caller has checked it ({@link PublicationCheck}) and passes what was found: publishing
     * with defects is refused here too, so no path publishes an unchecked version.
     */
    public void publish(List<Defect> defects, String by, OffsetDateTime at) {
        requireDraft();
        if (!defects.isEmpty()) {
            throw new IllegalArgumentException(defects.size() + " defects stop the publication of " + reference());
        }
        status = SetStatus.PUBLISHED;
        publishedAt = at;
        publishedBy = by;
        updatedAt = at;
    }

    /** Retires a published version once it is superseded; it stays readable (and evaluable) for history. */
    public void retire(String by, OffsetDateTime at) {
        if (status != SetStatus.PUBLISHED) {
            throw new VersionNotEditable(reference() + " is " + status + ": only a published version can be retired");
        }
        status = SetStatus.RETIRED;
        retiredAt = at;
        retiredBy = by;
        updatedAt = at;
    }

    /** The version in the exchange format, as GET answers it and export writes it. */
    public CriteriaSetDocument toDocument() {
        LegalBasis legal = legalNumber == null && legalDate == null && legalIssuer == null && legalEffectiveFrom == null
                && legalEffectiveTo == null && legalSource == null
                ? null
                : new LegalBasis(legalNumber, legalDate, legalIssuer, legalEffectiveFrom, legalEffectiveTo, legalSource);
        SetReference derived = derivedFromCode == null ? null : new SetReference(derivedFromCode, derivedFromVersion);
        RecognitionRuleDocument rule = ruleKind == null && ruleMinimum == null && ruleTextVi == null
                ? null
                : new RecognitionRuleDocument(ruleKind, ruleMinimum, ruleTextVi);
        return new CriteriaSetDocument(set.code(), number, status.name(), nameVi, nameEn, level == null ? null : level.name(),
                period, region, legal, derived, rule, groups.stream().map(CriteriaGroup::toDocument).toList(),
                provenance == null ? null : provenance.toDocument(), notes);
    }

    private void fill(CriteriaSetDocument d) {
        nameVi = d.nameVi();
        nameEn = d.nameEn();
        level = SetLevel.parse(d.level()).orElse(null);
        period = d.period();
        region = d.region();
        LegalBasis legal = d.legalBasis();
        legalNumber = legal == null ? null : legal.number();
        legalDate = legal == null ? null : legal.date();
        legalIssuer = legal == null ? null : legal.issuer();
        legalEffectiveFrom = legal == null ? null : legal.effectiveFrom();
        legalEffectiveTo = legal == null ? null : legal.effectiveTo();
        legalSource = legal == null ? null : legal.source();
        RecognitionRuleDocument rule = d.recognitionRule();
        ruleKind = rule == null ? null : rule.kind();
        ruleMinimum = rule == null ? null : rule.minimum();
        ruleTextVi = rule == null ? null : rule.textVi();
        provenance = ProvenanceRecord.of(d.provenance());
        notes = d.notes();
        groups.clear();
        for (int i = 0; i < d.groups().size(); i++) {
            groups.add(CriteriaGroup.of(this, i, d.groups().get(i)));
        }
    }

    private Stream<Criterion> criteria() {
        return groups.stream().flatMap(g -> g.criteria().stream());
    }

    private <T> T single(Stream<T> matches, String what, String code) {
        List<T> found = matches.limit(2).toList();
        if (found.isEmpty()) {
            throw new NoSuchElementException(what + " " + code + " is not part of " + reference());
        }
        if (found.size() > 1) {
            throw new VersionNotEditable(what + " code " + code + " appears more than once in " + reference()
                    + "; correct the duplicate by replacing the whole version");
        }
        return found.get(0);
    }

    private void requireDraft() {
        if (status != SetStatus.DRAFT) {
            throw VersionNotEditable.publishedNeverChanges(reference().toString(), status);
        }
    }

    public Optional<OffsetDateTime> publishedAt() {
        return Optional.ofNullable(publishedAt);
    }

    /** A part of the version that the request named does not exist. */
    public static class NoSuchElementException extends RuntimeException {
        public NoSuchElementException(String message) {
            super(message, null, false, false);
        }
    }
}
