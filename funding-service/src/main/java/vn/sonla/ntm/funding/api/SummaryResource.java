package vn.sonla.ntm.funding.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.sonla.ntm.common.Params;
import vn.sonla.ntm.common.ProblemException;
import vn.sonla.ntm.common.Roles;
import vn.sonla.ntm.funding.application.Summaries;

/** Compact summaries for the gateway's dashboards, and the published totals for external systems. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class SummaryResource {

    @Inject
    Summaries summaries;

    @GET
    @Path("/summary/province/{provinceCode}")
    @Tag(name = "summaries", description = "What the gateway composes into dashboards (one SQL statement each, indexed by province and year)")
    @RolesAllowed({Roles.COORDINATOR, Roles.DEPARTMENT_APPRAISER, Roles.FINANCE_PLANNER, Roles.OBSERVER})
    @Operation(summary = "A province's year by source and by district", description = "Planned (approved plans), "
            + "allocated and disbursed, net of reversals. After 2025 the rows under `byDistrict` are the communes "
            + "directly under the province.")
    @APIResponse(responseCode = "200", description = "The summary")
    @APIResponse(responseCode = "400", description = "Bad or missing year (named)")
    @APIResponse(responseCode = "404", description = "No such province")
    public Summaries.Province province(@PathParam("provinceCode") @Parameter(example = "14") String provinceCode,
                                       @QueryParam("year") @Parameter(required = true, example = "2020") String year) {
        return summaries.province(provinceCode, year(year));
    }

    @GET
    @Path("/summary/districts/{code}")
    @Tag(name = "summaries")
    @RolesAllowed({Roles.COORDINATOR, Roles.DEPARTMENT_APPRAISER, Roles.FINANCE_PLANNER, Roles.OBSERVER,
            Roles.DISTRICT_OFFICER})
    @Operation(summary = "A district's year by commune", description = "Each commune's own plans, and what was "
            + "allocated to it (from any plan) and disbursed there. A district officer reads its own district.")
    @APIResponse(responseCode = "200", description = "The summary")
    @APIResponse(responseCode = "400", description = "Bad or missing year, or not a district")
    @APIResponse(responseCode = "404", description = "No such district on 1 January of the year")
    public Summaries.District district(@PathParam("code") @Parameter(example = "125") String code,
                                       @QueryParam("year") @Parameter(required = true, example = "2020") String year) {
        return summaries.district(code, year(year), null);
    }

    @GET
    @Path("/summary/communes/{code}")
    @Tag(name = "summaries")
    @RolesAllowed({Roles.COORDINATOR, Roles.DEPARTMENT_APPRAISER, Roles.FINANCE_PLANNER, Roles.OBSERVER,
            Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER})
    @Operation(summary = "What a commune received across years, by source and field", description = "The commune as "
            + "it stands today, with its predecessors' records rolled forward through lineage.")
    @APIResponse(responseCode = "200", description = "The summary")
    @APIResponse(responseCode = "400", description = "Not a commune")
    @APIResponse(responseCode = "404", description = "No such commune today")
    public Summaries.Commune commune(@PathParam("code") @Parameter(example = "04132") String code) {
        return summaries.commune(code);
    }

    @GET
    @Path("/public/totals")
    @Tag(name = "published", description = "Published figures for other systems")
    @RolesAllowed({Roles.EXTERNAL_SYSTEM, Roles.COORDINATOR, Roles.DEPARTMENT_APPRAISER, Roles.FINANCE_PLANNER,
            Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER, Roles.OBSERVER})
    @Operation(summary = "Published totals of a year (approved plans only)", description = "What external systems may "
            + "read: the planned totals of approved capital plans by source and unit level; nothing of drafts, "
            + "allocations or disbursements.")
    @APIResponse(responseCode = "200", description = "The totals")
    @APIResponse(responseCode = "400", description = "Bad or missing year")
    public Summaries.Published totals(@QueryParam("year") @Parameter(required = true, example = "2020") String year,
                                      @QueryParam("provinceCode") @Parameter(description = "default 14 (Sơn La)") String provinceCode) {
        String province = provinceCode == null || provinceCode.isBlank() ? "14" : provinceCode.strip();
        if (!province.matches("\\d{2}")) {
            throw ProblemException.invalidField("provinceCode", "must be a 2-digit province code");
        }
        return summaries.published(province, year(year));
    }

    static int year(String raw) {
        Integer y = Params.integer("year", raw, null);
        if (y == null) {
            throw ProblemException.invalidField("year", "is required");
        }
        if (y < 2010 || y > 2100) {
            throw ProblemException.invalidField("year", "must be between 2010 and 2100");
        }
        return y;
    }
}
