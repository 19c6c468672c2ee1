package vn.sonla.ntm.gateway.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;

/** funding-service's summaries, called with the caller's own token. */
@RegisterRestClient(configKey = "funding")
@Path("/api/v1/summary")
@Produces(MediaType.APPLICATION_JSON)
interface FundingApi {

    @GET
    @Path("/province/{provinceCode}")
    Uni<JsonNode> provinceSummary(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                  @PathParam("provinceCode") String provinceCode, @QueryParam("year") int year);

    @GET
    @Path("/districts/{code}")
    Uni<JsonNode> districtSummary(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("code") String code,
                                  @QueryParam("year") int year);

    @GET
    @Path("/communes/{code}")
    Uni<JsonNode> communeSummary(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("code") String code);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return Answers.toException(Downstream.FUNDING, response);
    }
}
