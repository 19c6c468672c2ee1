package vn.sonla.ntm.assessment.gapcost;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.sonla.ntm.assessment.domain.Assessment;
import vn.sonla.ntm.common.Params;
import vn.sonla.ntm.common.ProblemException;
import vn.sonla.ntm.common.Roles;
import vn.sonla.ntm.common.Versions;
import vn.sonla.ntm.decision.gap.GapCosting;
import vn.sonla.ntm.decision.gap.GapCosting.SourceShare;

/** Gap costing (issue 9, decision 0091): unit costs, district estimates, priced gaps per assessment and per commune. */
@Path("/api/v1/gap-costs")
@Tag(name = "gap costs", description = "What closing a commune's open indicators costs: the office's unit costs, the districts' estimates")
@Produces(MediaType.APPLICATION_JSON)
public class GapCostResource {

    @Inject
    GapCostDesk desk;

    @GET
    @Path("/unit-costs")
    @RolesAllowed({Roles.COORDINATOR, Roles.OBSERVER, Roles.FINANCE_PLANNER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER,
            Roles.DEPARTMENT_APPRAISER})
    @Operation(summary = "The office's unit costs, of one criteria set or all")
    @APIResponse(responseCode = "200", description = "Unit costs")
    public List<UnitCostView> unitCosts(@QueryParam("criteriaSetCode") String setCode) {
        return desk.unitCosts(setCode == null || setCode.isBlank() ? null : setCode.trim()).stream().map(UnitCostView::of).toList();
    }

    @PUT
    @Path("/unit-costs/{criteriaSetCode}/{indicatorCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Set the unit cost of an indicator", description = "Creates it, or rewrites it with If-Match. Used where a district "
            + "has given no amount: per unit of shortfall (e.g. per percentage point), per quantity the district gives (e.g. per km), or a lump sum.")
    @APIResponse(responseCode = "200", description = "Saved; ETag")
    @APIResponse(responseCode = "400", description = "Invalid field (named)")
    @APIResponse(responseCode = "403", description = "Not the coordination office")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing when the unit cost exists")
    public Response writeUnitCost(@PathParam("criteriaSetCode") String setCode, @PathParam("indicatorCode") String indicatorCode,
                                  @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull UnitCostRequest body) {
        GapUnitCost u = desk.writeUnitCost(setCode, indicatorCode,
                new GapCostDesk.UnitCostInput(body.mode(), body.amountPerUnit(), body.unit(), body.fieldCode(), body.basis()), ifMatch);
        return Response.ok(UnitCostView.of(u)).tag(Versions.etag(u.version)).build();
    }

    @DELETE
    @Path("/unit-costs/{criteriaSetCode}/{indicatorCode}")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Remove a unit cost (If-Match)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such unit cost")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response deleteUnitCost(@PathParam("criteriaSetCode") String setCode, @PathParam("indicatorCode") String indicatorCode,
                                   @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        desk.deleteUnitCost(setCode, indicatorCode, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("/unit-costs/{criteriaSetCode}/{indicatorCode}/audit")
    @RolesAllowed({Roles.COORDINATOR, Roles.OBSERVER})
    @Operation(summary = "Every change of a unit cost, oldest first")
    @APIResponse(responseCode = "200", description = "Audit entries")
    @APIResponse(responseCode = "404", description = "No such unit cost (and none ever removed)")
    public List<vn.sonla.ntm.common.audit.AuditEntryView> unitCostAudit(@PathParam("criteriaSetCode") String setCode,
                                                                       @PathParam("indicatorCode") String indicatorCode) {
        return desk.unitCostAudit(setCode, indicatorCode);
    }

    @GET
    @Path("/assessments/{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.OBSERVER, Roles.FINANCE_PLANNER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER,
            Roles.DEPARTMENT_APPRAISER})
    @Operation(summary = "The priced gaps of one assessment", description = "Each open indicator with its cost and how it was reached "
            + "(district estimate, unit cost, or unpriced and why); per criterion; the cheapest cost to reach the standard.")
    @APIResponse(responseCode = "200", description = "Priced gaps")
    @APIResponse(responseCode = "403", description = "Outside your scope")
    @APIResponse(responseCode = "404", description = "No such assessment")
    public CommuneGapCostView ofAssessment(@PathParam("id") String id) {
        return CommuneGapCostView.of(desk.ofAssessment(Params.requiredLong("id", id)));
    }

    @PUT
    @Path("/assessments/{id}/estimates/{indicatorCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COORDINATOR, Roles.DISTRICT_OFFICER})
    @Operation(summary = "Record the district's estimate for an open indicator", description = "An amount in đồng, or a quantity priced at "
            + "the office's unit cost per quantity; the field of spending; optionally the expected source mix in percent (adds up to 100). "
            + "Creates it, or rewrites it with If-Match.")
    @APIResponse(responseCode = "200", description = "Saved; ETag")
    @APIResponse(responseCode = "400", description = "Invalid field (named)")
    @APIResponse(responseCode = "403", description = "Not the commune's district nor the coordination office")
    @APIResponse(responseCode = "404", description = "No such assessment")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "422", description = "Not an indicator of the set, or already met")
    @APIResponse(responseCode = "428", description = "If-Match missing when the estimate exists")
    public Response writeEstimate(@PathParam("id") String id, @PathParam("indicatorCode") String indicatorCode,
                                  @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull EstimateRequest body) {
        GapEstimate x = desk.writeEstimate(Params.requiredLong("id", id), indicatorCode,
                new GapCostDesk.EstimateInput(body.fieldCode(), body.amount(), body.quantity(), body.sources(), body.note()), ifMatch);
        return Response.ok(EstimateView.of(x)).tag(Versions.etag(x.version)).build();
    }

    @DELETE
    @Path("/assessments/{id}/estimates/{indicatorCode}")
    @RolesAllowed({Roles.COORDINATOR, Roles.DISTRICT_OFFICER})
    @Operation(summary = "Remove an estimate (If-Match)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such estimate")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response deleteEstimate(@PathParam("id") String id, @PathParam("indicatorCode") String indicatorCode,
                                   @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        desk.deleteEstimate(Params.requiredLong("id", id), indicatorCode, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("/communes")
    @RolesAllowed({Roles.COORDINATOR, Roles.OBSERVER, Roles.FINANCE_PLANNER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER})
    @Operation(summary = "Every commune's latest assessment of a set, priced and ranked", description = "Ranked nearest first: communes "
            + "not yet at the standard by criteria still needed, then by the cost to reach it (unpriced last), then those already there. "
            + "A district sees its communes, a commune itself. The optimiser's input.")
    @APIResponse(responseCode = "200", description = "Ranked communes")
    @APIResponse(responseCode = "400", description = "criteriaSetCode missing or a bad year")
    @APIResponse(responseCode = "403", description = "Another district or commune")
    public List<CommuneGapCostView> communes(@QueryParam("criteriaSetCode") String setCode, @QueryParam("year") String year,
                                             @QueryParam("districtCode") String districtCode, @QueryParam("unitCode") String unitCode,
                                             @QueryParam("provinceCode") String provinceCode) {
        if (setCode == null || setCode.isBlank()) {
            throw ProblemException.invalidField("criteriaSetCode", "is required");
        }
        Integer y = Params.integer("year", year, null);
        return desk.ofCommunes(provinceCode == null || provinceCode.isBlank() ? "14" : provinceCode.trim(), setCode.trim(), y,
                        blank(districtCode), blank(unitCode)).stream().map(CommuneGapCostView::of)
                .sorted(RANKING).toList();
    }

    @GET
    @Path("/latest-values")
    @RolesAllowed({Roles.COORDINATOR, Roles.OBSERVER, Roles.FINANCE_PLANNER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER})
    @Operation(summary = "Every commune's latest assessment of a set with its values", description = "What the gateway's what-if judges "
            + "again under another criteria-set version. A district sees its communes, a commune itself.")
    @APIResponse(responseCode = "200", description = "Latest assessments with values")
    @APIResponse(responseCode = "400", description = "criteriaSetCode missing or a bad year")
    @APIResponse(responseCode = "403", description = "Another district")
    public List<LatestValuesView> latestValues(@QueryParam("criteriaSetCode") String setCode, @QueryParam("year") String year,
                                               @QueryParam("districtCode") String districtCode, @QueryParam("provinceCode") String provinceCode) {
        if (setCode == null || setCode.isBlank()) {
            throw ProblemException.invalidField("criteriaSetCode", "is required");
        }
        return desk.latestValues(provinceCode == null || provinceCode.isBlank() ? "14" : provinceCode.trim(), setCode.trim(),
                Params.integer("year", year, null), blank(districtCode)).stream().map(LatestValuesView::of).toList();
    }

    @Schema(name = "LatestAssessmentValues")
    public record LatestValuesView(long assessmentId, String unitCode, String unitName, String districtCode, int year, String state,
                                   String criteriaSetCode, int criteriaSetVersion, String communeClass, java.util.Map<String, Object> values) {
        static LatestValuesView of(GapCostDesk.LatestValues v) {
            Assessment a = v.assessment();
            return new LatestValuesView(a.id(), a.unitCode(), v.unitName(), a.districtCode(), a.year(), a.state().name(), a.setCode(),
                    a.setVersion(), a.communeClass(), v.values());
        }
    }

    static final Comparator<CommuneGapCostView> RANKING = Comparator.comparing((CommuneGapCostView v) -> v.standardReached())
            .thenComparingInt(CommuneGapCostView::criteriaStillNeeded)
            .thenComparing(v -> v.costToStandard() == null ? Long.MAX_VALUE : v.costToStandard())
            .thenComparing(CommuneGapCostView::unitCode);

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    // ---- records ---------------------------------------------------------------------------------------------------

    @Schema(name = "GapUnitCostRequest")
    public record UnitCostRequest(GapCosting.Mode mode, Long amountPerUnit, String unit, String fieldCode, String basis) {
    }

    @Schema(name = "GapEstimateRequest")
    public record EstimateRequest(String fieldCode, Long amount, BigDecimal quantity, List<SourceShare> sources, String note) {
    }

    @Schema(name = "GapUnitCost")
    public record UnitCostView(long id, String criteriaSetCode, String indicatorCode, GapCosting.Mode mode, long amountPerUnit, String unit,
                               String fieldCode, String basis, String updatedBy, OffsetDateTime updatedAt, long version) {
        static UnitCostView of(GapUnitCost u) {
            return new UnitCostView(u.id, u.setCode, u.indicatorCode, u.mode, u.amountPerUnit, u.unit, u.fieldCode, u.basis, u.updatedBy,
                    u.updatedAt, u.version);
        }
    }

    @Schema(name = "GapEstimate")
    public record EstimateView(long id, long assessmentId, String unitCode, String indicatorCode, String fieldCode, Long amount,
                               BigDecimal quantity, List<SourceShare> sources, String note, String updatedBy, OffsetDateTime updatedAt,
                               long version) {
        static EstimateView of(GapEstimate x) {
            return new EstimateView(x.id, x.assessmentId, x.unitCode, x.indicatorCode, x.fieldCode, x.amount, x.quantity,
                    GapCostDesk.read(x.sources), x.note, x.updatedBy, x.updatedAt, x.version);
        }
    }

    @Schema(name = "CommuneGapCost", description = "A commune's latest (or one) assessment with its gaps priced")
    public record CommuneGapCostView(long assessmentId, String unitCode, String unitName, String districtCode, boolean pilot, int year,
                                     String state, String criteriaSetCode, int criteriaSetVersion, int criteriaMet, int criteriaTotal,
                                     int criteriaRequired, int criteriaStillNeeded, boolean standardReached, Long costToStandard,
                                     List<String> criteriaForStandard, long costOfAllPriced, int criteriaPriced, List<String> criteriaUnpriced,
                                     List<GapCosting.CriterionCost> criteria, List<EstimateView> estimates, String explanationVi,
                                     String explanationEn) {
        static CommuneGapCostView of(GapCostDesk.AssessmentCost c) {
            Assessment a = c.assessment();
            GapCosting.CommuneGapCost g = c.cost();
            return new CommuneGapCostView(a.id(), a.unitCode(), c.unitName(), a.districtCode(), c.pilot(), a.year(), a.state().name(),
                    a.setCode(), a.setVersion(), g.criteriaMet(), g.criteriaTotal(), g.criteriaRequired(), g.criteriaStillNeeded(),
                    g.standardReached(), g.costToStandard(), g.criteriaForStandard(), g.costOfAllPriced(), g.criteriaPriced(),
                    g.criteriaUnpriced(), g.criteria(), c.estimates().stream().map(EstimateView::of).toList(), g.explanationVi(),
                    g.explanationEn());
        }
    }
}
