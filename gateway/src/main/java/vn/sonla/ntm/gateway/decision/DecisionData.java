package vn.sonla.ntm.gateway.decision;

import java.io.InputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;
import vn.sonla.ntm.gateway.application.ServiceUnavailable;
import vn.sonla.ntm.gateway.client.Downstream;
import vn.sonla.ntm.gateway.client.DownstreamFailure;
import vn.sonla.ntm.gateway.client.DownstreamRefusal;
import vn.sonla.ntm.gateway.client.Guards;
import vn.sonla.ntm.gateway.client.Part;

/**
 * The reads and writes decision support needs, each through the service's guard (time limit, circuit breaker: 0040).
 * A {@code required} read that fails is a 503 problem; a {@code secondary} one becomes an unavailable part (the answer
 * is degraded and says so); a refusal (4xx) is always the caller's answer.
 */
@ApplicationScoped
public class DecisionData {

    @Inject
    @RestClient
    DecisionAssessmentApi assessment;

    @Inject
    @RestClient
    DecisionFundingApi funding;

    @Inject
    @RestClient
    DecisionCriteriaApi criteria;

    @Inject
    Guards guards;

    Uni<JsonNode> gapCosts(String auth, String province, String setCode, Integer year, String district, String unit) {
        return required(Downstream.ASSESSMENT, guards.assessment(() -> assessment.gapCosts(auth, setCode, year, district, unit, province)));
    }

    Uni<Part<JsonNode>> gapCostsPart(String auth, String province, String setCode, Integer year, String district, String unit) {
        return secondary(Downstream.ASSESSMENT, guards.assessment(() -> assessment.gapCosts(auth, setCode, year, district, unit, province)));
    }

    Uni<JsonNode> latestValues(String auth, String province, String setCode, Integer year, String district) {
        return required(Downstream.ASSESSMENT, guards.assessment(() -> assessment.latestValues(auth, setCode, year, district, province)));
    }

    Uni<JsonNode> provinceSummary(String auth, String province, int year) {
        return required(Downstream.ASSESSMENT, guards.assessment(() -> assessment.provinceSummary(auth, province, year)));
    }

    Uni<Part<JsonNode>> spendingFields(String auth) {
        return secondary(Downstream.FUNDING, guards.funding(() -> funding.spendingFields(auth)));
    }

    Uni<Part<JsonNode>> fundingDistrict(String auth, String district, int year) {
        return secondary(Downstream.FUNDING, guards.funding(() -> funding.districtSummary(auth, district, year)))
                .onFailure(DownstreamRefusal.class).recoverWithItem(Part.withheld(Downstream.FUNDING));
    }

    Uni<JsonNode> saveScenario(String auth, JsonNode scenario) {
        return required(Downstream.FUNDING, guards.funding(() -> funding.propose(auth, scenario)));
    }

    Uni<JsonNode> scenario(String auth, long id) {
        return required(Downstream.FUNDING, guards.funding(() -> funding.scenario(auth, id)));
    }

    Uni<JsonNode> criteriaVersion(String auth, String code, int version) {
        return required(Downstream.CRITERIA, guards.criteria(() -> criteria.version(auth, code, version)));
    }

    private static <T> Uni<T> required(Downstream service, Uni<T> call) {
        return call.onFailure(e -> !(e instanceof DownstreamRefusal)).transform(e -> new ServiceUnavailable(service, e));
    }

    private static <T> Uni<Part<T>> secondary(Downstream service, Uni<T> call) {
        return call.map(v -> Part.present(service, v))
                .onFailure(e -> !(e instanceof DownstreamRefusal)).recoverWithItem(Part.unavailable(service));
    }

    static RuntimeException toException(Downstream service, Response response) {
        int status = response.getStatus();
        if (status >= 400 && status < 500) {
            byte[] body = new byte[0];
            try {
                if (response.hasEntity()) {
                    try (InputStream in = response.readEntity(InputStream.class)) {
                        body = in.readNBytes(64 * 1024);
                    }
                }
            } catch (Exception ignored) {
                body = new byte[0];
            }
            return new DownstreamRefusal(service, status, response.getHeaderString(HttpHeaders.CONTENT_TYPE), body);
        }
        return new DownstreamFailure(service, status);
    }
}
