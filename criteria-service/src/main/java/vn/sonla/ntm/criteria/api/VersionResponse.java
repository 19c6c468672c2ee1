package vn.sonla.ntm.criteria.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import vn.sonla.ntm.criteria.application.VersionView;
import vn.sonla.ntm.rules.document.CriteriaSetDocument;

/**
 * A version as {@code GET .../versions/{version}} answers it: the exchange document, plus the {@code revision} to send
 * back in {@code If-Match} (also in the {@code ETag} header).
 */
@Schema(name = "CriteriaSetVersion", description = "A CriteriaSetDocument (the exchange format) with its revision",
        allOf = { CriteriaSetDocument.class, VersionResponse.Revision.class })
public record VersionResponse(@JsonUnwrapped CriteriaSetDocument document, long revision) {

    static VersionResponse of(VersionView view) {
        return new VersionResponse(view.document(), view.revision());
    }

    @Schema(name = "Revision")
    record Revision(@Schema(description = "Optimistic-lock counter, also the ETag; not the catalogue version number", examples = "3")
                    long revision) {
    }
}
