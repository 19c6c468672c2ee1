package vn.sonla.ntm.gateway.decision;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import vn.sonla.ntm.gateway.client.Downstream;

/** funding-service's catalogue, district summaries and scenarios, with the caller's token. */
@RegisterRestClient(configKey = "funding")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
interface DecisionFundingApi {

    @GET
    @Path("/spending-fields")
    Uni<JsonNode> spendingFields(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @GET
    @Path("/summary/districts/{code}")
    Uni<JsonNode> districtSummary(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("code") String code,
                                  @QueryParam("year") int year);

    @POST
    @Path("/scenarios")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<JsonNode> propose(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, JsonNode scenario);

    @GET
    @Path("/scenarios/{id}")
    Uni<JsonNode> scenario(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") long id);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return DecisionData.toException(Downstream.FUNDING, response);
    }
}
