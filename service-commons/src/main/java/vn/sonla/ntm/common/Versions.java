package vn.sonla.ntm.common;

import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic concurrency over HTTP: every mutable resource answers its {@code version} as an ETag, and every change
 * must send it back in {@code If-Match}. Missing → 428, different → 412, so no edit is ever lost silently.
 */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Checks an {@code If-Match} header against the current version.
     *
     * @throws ProblemException 428 when the header is absent, 412 when no listed tag is the current version
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired(
                    "Send the ETag you read in an If-Match header (current version is " + currentVersion + ")");
        }
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                tag = tag.substring(1, tag.length() - 1);
            }
            if (tag.equals(Long.toString(currentVersion))) {
                return;
            }
        }
        throw ProblemException.preconditionFailed("The resource was changed by someone else: current version is "
                + currentVersion + ", you sent " + ifMatch.trim() + ". Reload and apply your change again.");
    }
}
