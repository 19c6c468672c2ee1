package vn.sonla.ntm.assessment.api;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.sonla.ntm.assessment.application.Clock;
import vn.sonla.ntm.assessment.application.Overviews;
import vn.sonla.ntm.assessment.persistence.ReadModels;
import vn.sonla.ntm.common.Params;
import vn.sonla.ntm.common.ProblemException;
import vn.sonla.ntm.common.Roles;

/** Read models the gateway composes into dashboards and the commune scorecard. */
@Path("/api/v1")
@Tag(name = "summaries", description = "Province and district summaries, commune overview (read models)")
@Produces(MediaType.APPLICATION_JSON)
public class SummaryResource {

    @Inject
    Overviews overviews;

    @GET
    @Path("/summary/province/{provinceCode}")
    @RolesAllowed({Roles.COORDINATOR, Roles.OBSERVER, Roles.FINANCE_PLANNER, Roles.DEPARTMENT_APPRAISER})
    @Operation(summary = "Province summary of a year", description = "Communes by recognised level per district at that year's units, "
            + "assessments of the year by workflow state, pilots with their latest assessment, and the targets of the plans covering the year "
            + "with their live progress.")
    @APIResponse(responseCode = "200", description = "The summary")
    @APIResponse(responseCode = "400", description = "Bad year")
    @APIResponse(responseCode = "403", description = "Districts and communes read their own summaries")
    @APIResponse(responseCode = "404", description = "No such province that year")
    public ProvinceSummaryView province(@PathParam("provinceCode") String provinceCode,
                                              @QueryParam("year") @Parameter(description = "default: this year", example = "2020") String year) {
        return ProvinceSummaryView.of(overviews.province(provinceCode, year(year)));
    }

    @GET
    @Path("/summary/districts/{code}")
    @RolesAllowed({Roles.COORDINATOR, Roles.OBSERVER, Roles.FINANCE_PLANNER, Roles.DEPARTMENT_APPRAISER, Roles.DISTRICT_OFFICER})
    @Operation(summary = "District summary of a year, commune by commune", description = "For each commune under the district that year: "
            + "level held, latest assessment (state, criteria met), pilot flag. Districts existed until 30/6/2025.")
    @APIResponse(responseCode = "200", description = "The summary")
    @APIResponse(responseCode = "403", description = "Another district")
    @APIResponse(responseCode = "404", description = "No such district that year")
    public DistrictSummaryView district(@PathParam("code") String code, @QueryParam("year") String year) {
        return DistrictSummaryView.of(overviews.district(code, year(year)));
    }

    @GET
    @Path("/communes/{code}/overview")
    @RolesAllowed({Roles.COORDINATOR, Roles.OBSERVER, Roles.FINANCE_PLANNER, Roles.DEPARTMENT_APPRAISER, Roles.DISTRICT_OFFICER,
            Roles.COMMUNE_OFFICER})
    @Operation(summary = "Everything about one commune", description = "The unit valid on `at` (default today) under that code, or else its "
            + "most recent record, with lineage and recognitions, its latest assessment of each criteria set with criterion-by-criterion "
            + "status and gap, and its open obstacles. Codes are reused across the 2025 reorganisation: `at` picks the period.")
    @APIResponse(responseCode = "200", description = "The overview")
    @APIResponse(responseCode = "400", description = "`at` is not an ISO date")
    @APIResponse(responseCode = "403", description = "Outside your scope")
    @APIResponse(responseCode = "404", description = "No commune-level unit with that code")
    public CommuneOverviewView commune(@PathParam("code") String code,
                                       @QueryParam("at") @Parameter(description = "ISO date, default today", example = "2020-12-31") String at) {
        return CommuneOverviewView.of(overviews.commune(code, Params.date("at", at, null)));
    }

    @Schema(name = "CommuneOverview")
    public record CommuneOverviewView(UnitDetailView unit, List<LatestAssessment> latestAssessments,
                                      List<ObstacleResource.ObstacleView> openObstacles) {
        static CommuneOverviewView of(Overviews.CommuneOverview o) {
            return new CommuneOverviewView(UnitDetailView.of(o.profile()),
                    o.latest().stream().map(l -> new LatestAssessment(AssessmentSummaryView.of(l.assessment()), l.snapshot().code(),
                            l.snapshot().version(), AssessmentView.evaluation(l.assessment(), l.snapshot()))).toList(),
                    o.openObstacles().stream().map(ObstacleResource.ObstacleView::of).toList());
        }
    }

    @Schema(name = "LatestAssessment")
    public record LatestAssessment(AssessmentSummaryView assessment, String criteriaSetCode, int criteriaSetVersion,
                                   AssessmentView.EvaluationView evaluation) {
    }

    @Schema(name = "ProvinceSummary")
    public record ProvinceSummaryView(String provinceCode, int year,
                                      @Schema(description = "31 December of the year, or today for the current year") LocalDate referenceDate,
                                      @Schema(description = "per district (null district: units directly under the province), communes by "
                                              + "the highest level held on the reference date; NONE = not recognised") List<DistrictLevels> levelsByDistrict,
                                      @Schema(description = "assessments of the year by workflow state") Map<String, Long> assessmentsByState,
                                      List<CommuneLine> pilots, List<PlanResource.PlanView> plans) {
        static ProvinceSummaryView of(Overviews.ProvinceSummary s) {
            Map<String, DistrictLevels> byDistrict = new LinkedHashMap<>();
            for (ReadModels.LevelCount c : s.levelsByDistrict()) {
                DistrictLevels d = byDistrict.computeIfAbsent(String.valueOf(c.districtCode()),
                        k -> new DistrictLevels(c.districtCode(), c.districtName(), new LinkedHashMap<>(), 0));
                d.communesByLevel().merge(c.level() == null ? "NONE" : c.level(), c.communes(), Long::sum);
            }
            List<DistrictLevels> levels = byDistrict.values().stream().map(d -> new DistrictLevels(d.districtCode(), d.districtName(),
                    d.communesByLevel(), d.communesByLevel().values().stream().mapToLong(Long::longValue).sum())).toList();
            Map<String, Long> states = new LinkedHashMap<>();
            s.assessmentsByState().forEach(c -> states.put(c.state(), c.assessments()));
            return new ProvinceSummaryView(s.provinceCode(), s.year(), s.referenceDate(), levels, states,
                    s.pilots().stream().map(CommuneLine::of).toList(),
                    s.plans().stream().map(p -> PlanResource.PlanView.of(p.plan(), p.targets())).toList());
        }
    }

    @Schema(name = "DistrictLevels")
    public record DistrictLevels(String districtCode, String districtName, Map<String, Long> communesByLevel, long communes) {
    }

    @Schema(name = "DistrictSummary")
    public record DistrictSummaryView(String districtCode, String districtName, int year, LocalDate referenceDate,
                                      List<CommuneLine> communes) {
        static DistrictSummaryView of(Overviews.DistrictSummary s) {
            return new DistrictSummaryView(s.district().code(), s.district().name(), s.year(), s.referenceDate(),
                    s.communes().stream().map(CommuneLine::of).toList());
        }
    }

    @Schema(name = "CommuneLine", description = "A commune on a dashboard: level held, latest assessment, pilot")
    public record CommuneLine(String unitCode, String unitName, String districtCode, String level, String decisionNumber,
                              LocalDate heldBy, Long latestAssessmentId, String latestState, String criteriaSetCode, Integer assessmentYear,
                              Integer criteriaMet, Integer criteriaAgreed, Integer criteriaTotal, Boolean standardReached, boolean pilot) {
        static CommuneLine of(ReadModels.CommuneLine c) {
            return new CommuneLine(c.unitCode(), c.unitName(), c.districtCode(), c.level(), c.decisionNumber(), c.heldBy(), c.assessmentId(),
                    c.state(), c.setCode(), c.assessmentYear(), c.criteriaMet(), c.criteriaAgreed(), c.criteriaTotal(), c.standardReached(),
                    c.pilot());
        }
    }

    static int year(String raw) {
        Integer y = Params.integer("year", raw, Clock.today().getYear());
        if (y < 2010 || y > 2100) {
            throw ProblemException.invalidField("year", "must be between 2010 and 2100");
        }
        return y;
    }
}
