package vn.sonla.ntm.assessment.api;

import java.net.URI;

import jakarta.ws.rs.core.Response;

import vn.sonla.ntm.common.Versions;

/** Answers with the resource's version as ETag. */
final class ApiResponses {

    private ApiResponses() {
    }

    static Response tagged(Object body, long version) {
        return Response.ok(body).tag(Versions.etag(version)).build();
    }

    static Response created(URI location, Object body, long version) {
        return Response.created(location).entity(body).tag(Versions.etag(version)).build();
    }
}
