package vn.sonla.ntm.gateway.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;
import vn.sonla.ntm.gateway.api.DistrictDashboard;
import vn.sonla.ntm.gateway.api.ProvinceDashboard;
import vn.sonla.ntm.gateway.client.AssessmentClient;
import vn.sonla.ntm.gateway.client.FundingClient;
import vn.sonla.ntm.gateway.client.Part;

/**
 * The dashboards: assessment-service's and funding-service's summaries, read in parallel with the caller's token and
 * put side by side. assessment-service decides whether the caller may see the dashboard at all (its refusal is the
 * answer); a refusal by funding-service only leaves the funding parts empty.
 */
@ApplicationScoped
public class Dashboards {

    @Inject
    AssessmentClient assessment;

    @Inject
    FundingClient funding;

    public Uni<ProvinceDashboard> province(String authorization, String provinceCode, int year) {
        return Uni.combine().all()
                .unis(assessment.provinceSummary(authorization, provinceCode, year),
                        Parts.secondary(funding.provinceSummary(authorization, provinceCode, year)))
                .with((a, f) -> {
                    JsonNode s = Parts.value(a);
                    JsonNode m = Parts.value(f);
                    return new ProvinceDashboard(provinceCode, year, date(s, "referenceDate"), field(s, "levelsByDistrict"),
                            field(s, "assessmentsByState"), field(s, "pilots"), field(s, "plans"), field(m, "bySource"),
                            field(m, "byDistrict"), field(m, "total"), Parts.degraded(a, f));
                });
    }

    public Uni<DistrictDashboard> district(String authorization, String districtCode, int year) {
        return Uni.combine().all()
                .unis(assessment.districtSummary(authorization, districtCode, year),
                        Parts.secondary(funding.districtSummary(authorization, districtCode, year)))
                .with((a, f) -> district(districtCode, year, a, f));
    }

    private static DistrictDashboard district(String districtCode, int year, Part<JsonNode> a, Part<JsonNode> f) {
        JsonNode s = Parts.value(a);
        JsonNode m = Parts.value(f);
        Map<String, JsonNode> fundingByCode = new LinkedHashMap<>();
        JsonNode own = null;
        if (m != null) {
            for (JsonNode row : m.path("byCommune")) {
                String code = row.path("code").asText();
                if (code.equals(districtCode)) {
                    own = row;
                } else {
                    fundingByCode.put(code, row);
                }
            }
        }
        List<DistrictDashboard.Commune> communes = new ArrayList<>();
        Map<String, Long> byLevel = new TreeMap<>();
        Map<String, Long> byState = new TreeMap<>();
        List<String> pilots = new ArrayList<>();
        if (s != null) {
            for (JsonNode line : s.path("communes")) {
                String code = line.path("unitCode").asText();
                communes.add(new DistrictDashboard.Commune(code, line.path("unitName").asText(null), line, fundingByCode.remove(code)));
                byLevel.merge(line.path("level").asText("NONE"), 1L, Long::sum);
                byState.merge(line.path("latestState").asText("NONE"), 1L, Long::sum);
                if (line.path("pilot").asBoolean(false)) {
                    pilots.add(code);
                }
            }
        }
        // communes funding knows and assessment did not list (or all of them, when assessment is degraded)
        fundingByCode.forEach((code, row) -> communes.add(new DistrictDashboard.Commune(code, row.path("name").asText(null), null, row)));
        String name = s != null ? s.path("districtName").asText(null) : m != null ? m.path("name").asText(null) : null;
        return new DistrictDashboard(districtCode, name, year, date(s, "referenceDate"), s == null ? null : byLevel,
                s == null ? null : byState, s == null ? null : pilots, communes, own, field(m, "total"), Parts.degraded(a, f));
    }

    static JsonNode field(JsonNode node, String name) {
        if (node == null) {
            return null;
        }
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value;
    }

    static LocalDate date(JsonNode node, String name) {
        JsonNode value = field(node, name);
        return value == null ? null : LocalDate.parse(value.asText());
    }
}
