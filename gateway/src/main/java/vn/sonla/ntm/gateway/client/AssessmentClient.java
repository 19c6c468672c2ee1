package vn.sonla.ntm.gateway.client;

import static vn.sonla.ntm.gateway.client.Downstream.ASSESSMENT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;

/**
 * assessment-service, guarded ({@link Guards}: time limit, the service's circuit breaker). The read models composed
 * into dashboards fall back to "unavailable", so a dashboard answers without them; a refusal (4xx) is handed on.
 */
@ApplicationScoped
public class AssessmentClient {

    @Inject
    @RestClient
    AssessmentApi api;

    @Inject
    Guards guards;

    @Fallback(fallbackMethod = "unavailable", skipOn = DownstreamRefusal.class)
    public Uni<Part<JsonNode>> provinceSummary(String authorization, String provinceCode, int year) {
        return guards.assessment(() -> api.provinceSummary(authorization, provinceCode, year)).map(j -> Part.present(ASSESSMENT, j));
    }

    @Fallback(fallbackMethod = "unavailable", skipOn = DownstreamRefusal.class)
    public Uni<Part<JsonNode>> districtSummary(String authorization, String districtCode, int year) {
        return guards.assessment(() -> api.districtSummary(authorization, districtCode, year)).map(j -> Part.present(ASSESSMENT, j));
    }

    @Fallback(fallbackMethod = "unavailable", skipOn = DownstreamRefusal.class)
    /** {@code at}: the day whose unit the code means (null: today), passed on as it came. */
    public Uni<Part<JsonNode>> communeOverview(String authorization, String communeCode, String at) {
        return guards.assessment(() -> api.communeOverview(authorization, communeCode, at)).map(j -> Part.present(ASSESSMENT, j));
    }

    /** The published status feed: no fallback, an external system is told 503 rather than given nothing. */
    public Uni<ServiceStatusPage> communeStatuses(String authorization, String updatedSince, Integer page, Integer size) {
        return guards.assessment(() -> api.communeStatuses(authorization, updatedSince, page, size));
    }

    public Uni<ServiceStatus> communeStatus(String authorization, String communeCode) {
        return guards.assessment(() -> api.communeStatus(authorization, communeCode));
    }

    Uni<Part<JsonNode>> unavailable(String authorization, String code, int year) {
        return Uni.createFrom().item(Part.unavailable(ASSESSMENT));
    }

    Uni<Part<JsonNode>> unavailable(String authorization, String code, String at) {
        return Uni.createFrom().item(Part.unavailable(ASSESSMENT));
    }
}
