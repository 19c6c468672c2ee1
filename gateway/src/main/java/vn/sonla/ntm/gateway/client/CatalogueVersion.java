package vn.sonla.ntm.gateway.client;

import java.nio.charset.StandardCharsets;

/** One criteria-set version exactly as criteria-service answered it: replayed byte for byte from the cache. */
public record CatalogueVersion(byte[] body, String etag, String contentType, String status) {

    public static final String PUBLISHED = "PUBLISHED";

    public boolean published() {
        return PUBLISHED.equals(status);
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
