package vn.sonla.ntm.gateway.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;

/** criteria-service's catalogue: one version, as the exact answer (body, ETag) so it can be cached and replayed. */
@RegisterRestClient(configKey = "criteria")
@Path("/api/v1/criteria-sets")
interface CriteriaApi {

    @GET
    @Path("/{code}/versions/{version}")
    Uni<Response> version(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("code") String code,
                          @PathParam("version") String version);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return Answers.toException(Downstream.CRITERIA, response);
    }
}
