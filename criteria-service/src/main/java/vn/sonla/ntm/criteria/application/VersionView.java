package vn.sonla.ntm.criteria.application;

import vn.sonla.ntm.rules.document.CriteriaSetDocument;

/** One version in the exchange format, with the revision to send back in {@code If-Match}. */
public record VersionView(CriteriaSetDocument document, long revision) {
}
