package vn.sonla.ntm.gateway.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.smallrye.mutiny.Uni;
import vn.sonla.ntm.common.Roles;
import vn.sonla.ntm.gateway.application.PublishedCatalogue;
import vn.sonla.ntm.gateway.application.ServiceUnavailable;
import vn.sonla.ntm.gateway.client.Downstream;
import vn.sonla.ntm.gateway.client.DownstreamRefusal;

/**
 * {@code GET /api/v1/criteria-sets/{code}/versions/{version}} through the published-version cache; the same contract
 * as criteria-service's (documented there, so hidden here). Every role of the realm may read a published version,
 * which is all a kept answer ever is; anything else is criteria-service's to answer.
 */
@Path("/api/v1/criteria-sets/{code}/versions/{version}")
public class CatalogueVersionResource {

    @Inject
    PublishedCatalogue catalogue;

    @GET
    @Operation(hidden = true)
    @RolesAllowed({Roles.COORDINATOR, Roles.DEPARTMENT_APPRAISER, Roles.FINANCE_PLANNER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER,
            Roles.OBSERVER, Roles.EXTERNAL_SYSTEM})
    public Uni<Response> version(@PathParam("code") String code, @PathParam("version") String version,
                                 @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
                                 @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return catalogue.version(authorization, code, version)
                .onFailure(e -> !(e instanceof DownstreamRefusal)).transform(e -> new ServiceUnavailable(Downstream.CRITERIA, e))
                .map(v -> {
                    if (v.etag() != null && StatusResource.matches(ifNoneMatch, v.etag())) {
                        return Response.notModified().header(HttpHeaders.ETAG, v.etag()).build();
                    }
                    Response.ResponseBuilder answer = Response.ok(v.body()).type(v.contentType() == null ? "application/json" : v.contentType());
                    if (v.etag() != null) {
                        answer.header(HttpHeaders.ETAG, v.etag());
                    }
                    return answer.build();
                });
    }
}
