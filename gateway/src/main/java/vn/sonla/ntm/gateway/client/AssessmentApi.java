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

/** assessment-service's read models, called with the caller's own token. */
@RegisterRestClient(configKey = "assessment")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
interface AssessmentApi {

    @GET
    @Path("/summary/province/{provinceCode}")
    Uni<JsonNode> provinceSummary(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                  @PathParam("provinceCode") String provinceCode, @QueryParam("year") int year);

    @GET
    @Path("/summary/districts/{code}")
    Uni<JsonNode> districtSummary(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("code") String code,
                                  @QueryParam("year") int year);

    @GET
    @Path("/communes/{code}/overview")
    Uni<JsonNode> communeOverview(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("code") String code,
                                  @QueryParam("at") String at);

    @GET
    @Path("/commune-status")
    Uni<ServiceStatusPage> communeStatuses(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                           @QueryParam("updatedSince") String updatedSince, @QueryParam("page") Integer page,
                                           @QueryParam("size") Integer size);

    @GET
    @Path("/commune-status/{code}")
    Uni<ServiceStatus> communeStatus(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("code") String code);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return Answers.toException(Downstream.ASSESSMENT, response);
    }
}
