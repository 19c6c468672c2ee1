package vn.sonla.ntm.gateway.decision;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;
import vn.sonla.ntm.gateway.client.Downstream;

/**
 * A criteria-set version straight from criteria-service with the caller's token: the what-if may judge against a draft
 * the office is preparing, which the published-version cache never holds (criteria-service decides who sees drafts).
 */
@RegisterRestClient(configKey = "criteria")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
interface DecisionCriteriaApi {

    @GET
    @Path("/criteria-sets/{code}/versions/{version}")
    Uni<JsonNode> version(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("code") String code,
                          @PathParam("version") int version);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return DecisionData.toException(Downstream.CRITERIA, response);
    }
}
