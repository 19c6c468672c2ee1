package vn.sonla.ntm.loader.http;

import com.fasterxml.jackson.databind.JsonNode;

/** A successful answer: its status, its JSON body (a missing node for an empty body) and its ETag, if any. */
public record Reply(int status, JsonNode body, String etag) {

    /** The If-Match value for the next change: the ETag answered, else the body's {@code version}. */
    public String ifMatch() {
        if (etag != null && !etag.isBlank()) {
            return etag;
        }
        return "\"" + body.path("version").asLong() + "\"";
    }
}
