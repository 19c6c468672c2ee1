package vn.sonla.ntm.gateway.application;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import vn.sonla.ntm.gateway.api.CommuneScorecard;
import vn.sonla.ntm.gateway.api.CommuneScorecard.CriteriaSetHeader;
import vn.sonla.ntm.gateway.client.AssessmentClient;
import vn.sonla.ntm.gateway.client.CatalogueVersion;
import vn.sonla.ntm.gateway.client.Downstream;
import vn.sonla.ntm.gateway.client.DownstreamRefusal;
import vn.sonla.ntm.gateway.client.FundingClient;
import vn.sonla.ntm.gateway.client.Part;

/**
 * A commune's scorecard: assessment-service's overview and funding-service's commune summary in parallel, then the
 * header of each criteria set the latest assessments were judged against (from the published catalogue, nearly
 * always already kept, so this second step rarely leaves the gateway).
 */
@ApplicationScoped
public class Scorecards {

    private static final Logger LOG = Logger.getLogger(Scorecards.class);

    @Inject
    AssessmentClient assessment;

    @Inject
    FundingClient funding;

    @Inject
    PublishedCatalogue catalogue;

    @Inject
    ObjectMapper json;

    /** {@code at}: the day whose unit the code means (null: today); funding is summed over the code's lineage either way. */
    public Uni<CommuneScorecard> commune(String authorization, String code, String at) {
        return Uni.combine().all()
                .unis(assessment.communeOverview(authorization, code, at), Parts.secondary(funding.communeSummary(authorization, code)))
                .asTuple()
                .flatMap(t -> headers(authorization, Parts.value(t.getItem1())).map(sets -> {
                    JsonNode overview = Parts.value(t.getItem1());
                    List<Part<?>> parts = new ArrayList<>(List.of(t.getItem1(), t.getItem2()));
                    parts.addAll(sets);
                    List<CriteriaSetHeader> headers = sets.stream().filter(p -> p.value() != null).map(Part::value).toList();
                    return new CommuneScorecard(code, Dashboards.field(overview, "unit"), Dashboards.field(overview, "latestAssessments"),
                            overview == null ? null : headers, Dashboards.field(overview, "openObstacles"),
                            Parts.value(t.getItem2()), Parts.degraded(parts));
                }));
    }

    private Uni<List<Part<CriteriaSetHeader>>> headers(String authorization, JsonNode overview) {
        Set<String> seen = new LinkedHashSet<>();
        List<Uni<Part<CriteriaSetHeader>>> reads = new ArrayList<>();
        if (overview != null) {
            for (JsonNode latest : overview.path("latestAssessments")) {
                String code = latest.path("criteriaSetCode").asText(null);
                String version = latest.path("criteriaSetVersion").asText(null);
                if (code != null && version != null && seen.add(code + " " + version)) {
                    reads.add(header(authorization, code, version));
                }
            }
        }
        if (reads.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Uni.join().all(reads).andFailFast();
    }

    private Uni<Part<CriteriaSetHeader>> header(String authorization, String code, String version) {
        return catalogue.version(authorization, code, version)
                .map(v -> Part.present(Downstream.CRITERIA, header(v)))
                .onFailure(DownstreamRefusal.class).recoverWithItem(Part.withheld(Downstream.CRITERIA))
                .onFailure().recoverWithItem(e -> {
                    LOG.warnf("criteria-service did not give %s version %s: %s", code, version, e.toString());
                    return Part.unavailable(Downstream.CRITERIA);
                });
    }

    private CriteriaSetHeader header(CatalogueVersion version) {
        try {
            JsonNode d = json.readTree(version.body());
            return new CriteriaSetHeader(d.path("code").asText(null), d.path("version").asInt(), d.path("status").asText(null),
                    d.path("nameVi").asText(null), d.path("nameEn").asText(null), d.path("level").asText(null),
                    d.path("period").asText(null), d.path("legalBasis").path("number").asText(null));
        } catch (IOException e) {
            throw new IllegalStateException("criteria-service answered a version that is not JSON", e);
        }
    }
}
