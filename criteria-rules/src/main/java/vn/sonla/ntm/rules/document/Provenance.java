package vn.sonla.ntm.rules.document;

import java.time.LocalDate;

/**
 * Where a value came from. {@code VERIFIED} also says who checked it, when, and against which document
 * (e.g. the signed decision 2290/QĐ-UBND).
 */
public record Provenance(ProvenanceStatus status, String source, String note, String verifiedBy, LocalDate verifiedOn,
                         String verifiedAgainst) {

    public static Provenance sourced(String source) {
        return new Provenance(ProvenanceStatus.SOURCED, source, null, null, null, null);
    }

    public static Provenance reconstructed(String note) {
        return new Provenance(ProvenanceStatus.RECONSTRUCTED, null, note, null, null, null);
    }

    public static Provenance notFound(String note) {
        return new Provenance(ProvenanceStatus.NOT_FOUND, null, note, null, null, null);
    }
}
