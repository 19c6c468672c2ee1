package vn.sonla.ntm.funding.api;

import java.net.URI;

import jakarta.ws.rs.core.Response;

import vn.sonla.ntm.common.Versions;

/** Small helpers every resource uses: ETag on answers of mutable resources, 201 with Location. */
final class Http {

    static final String IF_MATCH_DESCRIPTION = "The ETag you read (the resource's version); 428 without it, 412 when stale";

    private Http() {
    }

    static Response ok(Object body, long version) {
        return Response.ok(body).tag(Versions.etag(version)).build();
    }

    static Response created(String path, Object body, Long version) {
        Response.ResponseBuilder b = Response.created(URI.create(path)).entity(body);
        if (version != null) {
            b.tag(Versions.etag(version));
        }
        return b.build();
    }
}
