package vn.sonla.ntm.rules.document;

/** How far a value can be trusted: read from a public source, written from general knowledge, unknown, or checked. */
public enum ProvenanceStatus {
    SOURCED,
    RECONSTRUCTED,
    NOT_FOUND,
    VERIFIED
}
