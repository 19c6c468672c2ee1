package vn.sonla.ntm.gateway.client;

import static vn.sonla.ntm.gateway.client.Downstream.FUNDING;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;

/** funding-service, guarded like {@link AssessmentClient}: its summaries fall back to "unavailable". */
@ApplicationScoped
public class FundingClient {

    @Inject
    @RestClient
    FundingApi api;

    @Inject
    Guards guards;

    @Fallback(fallbackMethod = "unavailable", skipOn = DownstreamRefusal.class)
    public Uni<Part<JsonNode>> provinceSummary(String authorization, String provinceCode, int year) {
        return guards.funding(() -> api.provinceSummary(authorization, provinceCode, year)).map(j -> Part.present(FUNDING, j));
    }

    @Fallback(fallbackMethod = "unavailable", skipOn = DownstreamRefusal.class)
    public Uni<Part<JsonNode>> districtSummary(String authorization, String districtCode, int year) {
        return guards.funding(() -> api.districtSummary(authorization, districtCode, year)).map(j -> Part.present(FUNDING, j));
    }

    @Fallback(fallbackMethod = "unavailable", skipOn = DownstreamRefusal.class)
    public Uni<Part<JsonNode>> communeSummary(String authorization, String communeCode) {
        return guards.funding(() -> api.communeSummary(authorization, communeCode)).map(j -> Part.present(FUNDING, j));
    }

    Uni<Part<JsonNode>> unavailable(String authorization, String code, int year) {
        return Uni.createFrom().item(Part.unavailable(FUNDING));
    }

    Uni<Part<JsonNode>> unavailable(String authorization, String code) {
        return Uni.createFrom().item(Part.unavailable(FUNDING));
    }
}
