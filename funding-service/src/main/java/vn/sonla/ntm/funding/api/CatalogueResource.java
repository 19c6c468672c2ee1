package vn.sonla.ntm.funding.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.sonla.ntm.common.Params;
import vn.sonla.ntm.common.Roles;
import vn.sonla.ntm.funding.application.Catalogue;
import vn.sonla.ntm.funding.application.Commands.GuidanceInput;
import vn.sonla.ntm.funding.application.Commands.RetireInput;
import vn.sonla.ntm.funding.application.Commands.SourceInput;
import vn.sonla.ntm.funding.domain.FundingSource;

/** The catalogues: funding sources, fields of spending, and the infrastructure guidance. */
@Path("/api/v1")
@Tag(name = "catalogue", description = "Funding sources (nguồn vốn), fields of spending (lĩnh vực) and the infrastructure guidance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CatalogueResource {

    @Inject
    Catalogue catalogue;

    @GET
    @Path("/funding-sources")
    @RolesAllowed({Roles.COORDINATOR, Roles.DEPARTMENT_APPRAISER, Roles.FINANCE_PLANNER, Roles.DISTRICT_OFFICER,
            Roles.COMMUNE_OFFICER, Roles.OBSERVER})
    @Operation(summary = "Funding sources", description = "Each source is BUDGET (ngân sách) or MOBILISED (huy động), "
            + "and CASH or valued in kind (labour days, land, goods) with its valuation rule. With `at`, only the "
            + "sources in force that day.")
    @APIResponse(responseCode = "200", description = "The sources in catalogue order")
    @APIResponse(responseCode = "400", description = "Bad date")
    public List<Views.SourceView> sources(@QueryParam("at") @Parameter(description = "ISO date", example = "2020-01-01") String at) {
        return catalogue.sources(Params.date("at", at, null)).stream().map(Views.SourceView::of).toList();
    }

    @GET
    @Path("/funding-sources/{code}")
    @RolesAllowed({Roles.COORDINATOR, Roles.DEPARTMENT_APPRAISER, Roles.FINANCE_PLANNER, Roles.DISTRICT_OFFICER,
            Roles.COMMUNE_OFFICER, Roles.OBSERVER})
    @Operation(summary = "One funding source")
    @APIResponse(responseCode = "200", description = "The source, with its ETag")
    @APIResponse(responseCode = "404", description = "No such source")
    public Response source(@PathParam("code") String code) {
        FundingSource s = catalogue.source(code);
        return Http.ok(Views.SourceView.of(s), s.version());
    }

    @POST
    @Path("/funding-sources")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Add a funding source (coordinator)", description = "Audited. Sources valued in kind must say how.")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "400", description = "Invalid field (named in `errors`)")
    @APIResponse(responseCode = "409", description = "The code exists already")
    @APIResponse(responseCode = "422", description = "Valuation rule missing")
    public Response addSource(@Valid @NotNull SourceInput body) {
        FundingSource s = catalogue.addSource(body);
        return Http.created("/api/v1/funding-sources/" + s.code(), Views.SourceView.of(s), s.version());
    }

    @POST
    @Path("/funding-sources/{code}/retire")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Retire a funding source (coordinator)", description = "Records dated after `lastDay` can no "
            + "longer use it; earlier records keep it. Audited.")
    @APIResponse(responseCode = "200", description = "Retired")
    @APIResponse(responseCode = "400", description = "Invalid field")
    @APIResponse(responseCode = "404", description = "No such source")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response retire(@PathParam("code") String code,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Http.IF_MATCH_DESCRIPTION) String ifMatch,
                           @Valid @NotNull RetireInput body) {
        FundingSource s = catalogue.retireSource(code, ifMatch, body);
        return Http.ok(Views.SourceView.of(s), s.version());
    }

    @GET
    @Path("/spending-fields")
    @RolesAllowed({Roles.COORDINATOR, Roles.DEPARTMENT_APPRAISER, Roles.FINANCE_PLANNER, Roles.DISTRICT_OFFICER,
            Roles.COMMUNE_OFFICER, Roles.OBSERVER})
    @Operation(summary = "Fields of spending", description = "Production and income, landscape and environment, culture, "
            + "security and order, education, health, and the infrastructure sub-fields, each flagged infrastructure or "
            + "not and tied to a criterion of the national set where one fits (the tie is reconstructed).")
    @APIResponse(responseCode = "200", description = "The fields in catalogue order")
    public List<Views.FieldView> fields() {
        return catalogue.fields().stream().map(Views.FieldView::of).toList();
    }

    @GET
    @Path("/guidance/infrastructure")
    @RolesAllowed({Roles.COORDINATOR, Roles.DEPARTMENT_APPRAISER, Roles.FINANCE_PLANNER, Roles.DISTRICT_OFFICER,
            Roles.COMMUNE_OFFICER, Roles.OBSERVER})
    @Operation(summary = "The infrastructure-share guidance", description = "Plan 111 says districts put \"a part\" of "
            + "their funds into infrastructure and gives no figure; `maxSharePercent` stays null until the coordination "
            + "office sets one by a document.")
    @APIResponse(responseCode = "200", description = "The guidance, with its ETag")
    public Response guidance() {
        var g = catalogue.guidance();
        return Http.ok(Views.GuidanceView.of(g), g.version());
    }

    @PUT
    @Path("/guidance/infrastructure")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Set the maximum infrastructure share (coordinator)", description = "Audited; null clears it.")
    @APIResponse(responseCode = "200", description = "Set")
    @APIResponse(responseCode = "400", description = "Share outside (0, 100]")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "422", description = "A share without the document that sets it")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response setGuidance(@HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Http.IF_MATCH_DESCRIPTION) String ifMatch,
                                @Valid @NotNull GuidanceInput body) {
        var g = catalogue.setGuidance(ifMatch, body);
        return Http.ok(Views.GuidanceView.of(g), g.version());
    }
}
