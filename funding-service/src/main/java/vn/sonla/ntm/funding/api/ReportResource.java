package vn.sonla.ntm.funding.api;

import java.time.LocalDate;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.sonla.ntm.common.Params;
import vn.sonla.ntm.common.ProblemException;
import vn.sonla.ntm.common.Roles;
import vn.sonla.ntm.funding.application.ReportViews;
import vn.sonla.ntm.funding.application.Reporting;
import vn.sonla.ntm.funding.client.UnitRef;

/**
 * The reports, as JSON or as the Excel file officials file ({@code ?format=xlsx}, or {@code Accept} the xlsx type).
 * Amounts are integer đồng in both; Excel shows them in millions.
 */
@Path("/api/v1/reports")
@Tag(name = "reports", description = "Mobilisation, execution, spending by field and criterion, commune history — JSON or Excel")
public class ReportResource {

    @Inject
    Reporting reporting;

    @GET
    @Path("/mobilisation")
    @Produces({MediaType.APPLICATION_JSON, ExcelTable.MEDIA_TYPE})
    @RolesAllowed({Roles.COORDINATOR, Roles.DEPARTMENT_APPRAISER, Roles.FINANCE_PLANNER, Roles.DISTRICT_OFFICER,
            Roles.COMMUNE_OFFICER, Roles.OBSERVER})
    @Operation(summary = "Kết quả huy động nguồn lực: mobilisation by source", description = "For the approved plans "
            + "of the year made for the unit and the units under it: each source planned, allocated, disbursed, and "
            + "the budget / mobilised shares. The total is the sum of the ledger's rows.")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportViews.Mobilisation.class)),
            @Content(mediaType = ExcelTable.MEDIA_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "Bad year, unit code, date or format (named)")
    @APIResponse(responseCode = "404", description = "No such unit on that date")
    @APIResponse(responseCode = "503", description = "The unit directory did not answer")
    public Response mobilisation(@QueryParam("year") @Parameter(required = true, example = "2020") String year,
                                 @QueryParam("unitCode") @Parameter(description = "default: the province, 14", example = "14") String unitCode,
                                 @QueryParam("at") @Parameter(description = "the date the unit is taken at (default 1 January of the year)") String at,
                                 @QueryParam("format") @Parameter(description = "json (default) or xlsx") String format,
                                 @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        return yearReport(year, unitCode, at, format, accept, "huy-dong-nguon-luc",
                (r) -> reporting.mobilisation(r.year, r.unit, r.at), v -> ExcelReports.mobilisation((ReportViews.Mobilisation) v));
    }

    @GET
    @Path("/execution")
    @Produces({MediaType.APPLICATION_JSON, ExcelTable.MEDIA_TYPE})
    @RolesAllowed({Roles.COORDINATOR, Roles.DEPARTMENT_APPRAISER, Roles.FINANCE_PLANNER, Roles.DISTRICT_OFFICER,
            Roles.COMMUNE_OFFICER, Roles.OBSERVER})
    @Operation(summary = "Plan vs allocated vs disbursed by district and commune", description = "With the "
            + "disbursement rate of each row; `ownLevel` is the plans made for the unit itself.")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportViews.Execution.class)),
            @Content(mediaType = ExcelTable.MEDIA_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "Bad parameter (named)")
    @APIResponse(responseCode = "404", description = "No such unit on that date")
    public Response execution(@QueryParam("year") @Parameter(required = true, example = "2020") String year,
                              @QueryParam("unitCode") @Parameter(example = "14") String unitCode,
                              @QueryParam("at") String at, @QueryParam("format") String format,
                              @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        return yearReport(year, unitCode, at, format, accept, "phan-bo-giai-ngan",
                (r) -> reporting.execution(r.year, r.unit, r.at), v -> ExcelReports.execution((ReportViews.Execution) v));
    }

    @GET
    @Path("/spending")
    @Produces({MediaType.APPLICATION_JSON, ExcelTable.MEDIA_TYPE})
    @RolesAllowed({Roles.COORDINATOR, Roles.DEPARTMENT_APPRAISER, Roles.FINANCE_PLANNER, Roles.DISTRICT_OFFICER,
            Roles.COMMUNE_OFFICER, Roles.OBSERVER})
    @Operation(summary = "Spending by field and by criterion, with the infrastructure share", description = "The "
            + "infrastructure share is shown against the plan's guidance: its own words, and the maximum share once the "
            + "coordination office has set one.")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportViews.Spending.class)),
            @Content(mediaType = ExcelTable.MEDIA_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "Bad parameter (named)")
    @APIResponse(responseCode = "404", description = "No such unit on that date")
    public Response spending(@QueryParam("year") @Parameter(required = true, example = "2020") String year,
                             @QueryParam("unitCode") @Parameter(example = "14") String unitCode,
                             @QueryParam("at") String at, @QueryParam("format") String format,
                             @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        return yearReport(year, unitCode, at, format, accept, "co-cau-linh-vuc",
                (r) -> reporting.spending(r.year, r.unit, r.at), v -> ExcelReports.spending((ReportViews.Spending) v));
    }

    @GET
    @Path("/commune-history/{code}")
    @Produces({MediaType.APPLICATION_JSON, ExcelTable.MEDIA_TYPE})
    @RolesAllowed({Roles.COORDINATOR, Roles.DEPARTMENT_APPRAISER, Roles.FINANCE_PLANNER, Roles.DISTRICT_OFFICER,
            Roles.COMMUNE_OFFICER, Roles.OBSERVER})
    @Operation(summary = "A commune's funding across years, rolled forward through lineage", description = "For a "
            + "unit created by the 1 July 2025 merger, its predecessors' records are included and labelled with the "
            + "predecessor (a predecessor split between several units appears, marked PARTIAL, in each).")
    @APIResponse(responseCode = "200", description = "The history", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportViews.History.class)),
            @Content(mediaType = ExcelTable.MEDIA_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "Bad parameter, or not a commune")
    @APIResponse(responseCode = "404", description = "No such unit on that date")
    public Response history(@PathParam("code") @Parameter(example = "04132") String code,
                            @QueryParam("at") @Parameter(description = "the date the unit is taken at (default today)") String at,
                            @QueryParam("format") String format, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        boolean excel = wantsExcel(format, accept);
        ReportViews.History h = reporting.history(code, Params.date("at", at, null));
        return excel ? excel(ExcelReports.history(h), "lich-su-nguon-von-" + code)
                : Response.ok(h, MediaType.APPLICATION_JSON).build();
    }

    private record Request(int year, UnitRef unit, LocalDate at) {
    }

    private Response yearReport(String year, String unitCode, String at, String format, String accept, String fileName,
                                Function<Request, Object> report, Function<Object, byte[]> excel) {
        int y = Params.integer("year", year, null) == null ? missingYear() : Params.integer("year", year, null);
        if (y < 2010 || y > 2100) {
            throw ProblemException.invalidField("year", "must be between 2010 and 2100");
        }
        boolean asExcel = wantsExcel(format, accept);
        LocalDate day = Params.date("at", at, null);
        String code = unitCode == null || unitCode.isBlank() ? "14" : unitCode.strip();
        UnitRef unit = reporting.reportUnit(code, y, day);
        Object view = report.apply(new Request(y, unit, day));
        return asExcel ? excel(excel.apply(view), fileName + "-" + code + "-" + y)
                : Response.ok(view, MediaType.APPLICATION_JSON).build();
    }

    private static int missingYear() {
        throw ProblemException.invalidField("year", "is required");
    }

    private static boolean wantsExcel(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase()) {
                case "xlsx" -> true;
                case "json" -> false;
                default -> throw ProblemException.invalidField("format", "must be json or xlsx");
            };
        }
        return accept != null && accept.contains(ExcelTable.MEDIA_TYPE) && !accept.contains(MediaType.APPLICATION_JSON);
    }

    private static Response excel(byte[] file, String name) {
        return Response.ok(file, ExcelTable.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"").build();
    }
}
