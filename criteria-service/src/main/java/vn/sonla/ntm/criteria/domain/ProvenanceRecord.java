package vn.sonla.ntm.criteria.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import vn.sonla.ntm.rules.document.Provenance;
import vn.sonla.ntm.rules.document.ProvenanceStatus;

/** Where a stored value came from; the same six columns ({@code prov_*}) on every level of the catalogue. */
@Embeddable
public class ProvenanceRecord {

    @Enumerated(EnumType.STRING)
    @Column(name = "prov_status")
    private ProvenanceStatus status;

    @Column(name = "prov_source")
    private String source;

    @Column(name = "prov_note")
    private String note;

    @Column(name = "prov_verified_by")
    private String verifiedBy;

    @Column(name = "prov_verified_on")
    private LocalDate verifiedOn;

    @Column(name = "prov_verified_against")
    private String verifiedAgainst;

    protected ProvenanceRecord() {
        // Needed by Hibernate
    }

    public static ProvenanceRecord of(Provenance p) {
        ProvenanceRecord r = new ProvenanceRecord();
        if (p != null) {
            r.status = p.status();
            r.source = p.source();
            r.note = p.note();
            r.verifiedBy = p.verifiedBy();
            r.verifiedOn = p.verifiedOn();
            r.verifiedAgainst = p.verifiedAgainst();
        }
        return r;
    }

    /** Null when nothing is known, so documents stay free of empty objects. */
    public Provenance toDocument() {
        if (status == null && source == null && note == null && verifiedBy == null && verifiedOn == null && verifiedAgainst == null) {
            return null;
        }
        return new Provenance(status, source, note, verifiedBy, verifiedOn, verifiedAgainst);
    }
}
