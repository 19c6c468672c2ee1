package vn.sonla.ntm.gateway.decision;

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
import vn.sonla.ntm.gateway.client.Downstream;

/** assessment-service's decision data (gap costs, latest values) and its province summary, with the caller's token. */
@RegisterRestClient(configKey = "assessment")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
interface DecisionAssessmentApi {

    @GET
    @Path("/gap-costs/communes")
    Uni<JsonNode> gapCosts(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @QueryParam("criteriaSetCode") String setCode,
                           @QueryParam("year") Integer year, @QueryParam("districtCode") String districtCode,
                           @QueryParam("unitCode") String unitCode, @QueryParam("provinceCode") String provinceCode);

    @GET
    @Path("/gap-costs/latest-values")
    Uni<JsonNode> latestValues(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @QueryParam("criteriaSetCode") String setCode,
                               @QueryParam("year") Integer year, @QueryParam("districtCode") String districtCode,
                               @QueryParam("provinceCode") String provinceCode);

    @GET
    @Path("/summary/province/{provinceCode}")
    Uni<JsonNode> provinceSummary(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                  @PathParam("provinceCode") String provinceCode, @QueryParam("year") int year);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return DecisionData.toException(Downstream.ASSESSMENT, response);
    }
}
