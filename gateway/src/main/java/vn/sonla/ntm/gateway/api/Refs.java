package vn.sonla.ntm.gateway.api;

/**
 * How a gateway schema points at a service's schema in the merged OpenAPI document: a property whose value the gateway
 * passes on unchanged carries {@code x-ntm-ref: "<service>:<Schema>"} ({@code []} appended for an array of them), and
 * the merge replaces it with a {@code $ref} to that schema under the name the merge gave it (clashing names get the
 * service as prefix). The gateway does not restate the services' shapes, and its document cannot drift from theirs.
 */
public final class Refs {

    public static final String EXTENSION = "x-ntm-ref";

    private Refs() {
    }
}
