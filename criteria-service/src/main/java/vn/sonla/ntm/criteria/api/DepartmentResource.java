package vn.sonla.ntm.criteria.api;

import static vn.sonla.ntm.common.Roles.COMMUNE_OFFICER;
import static vn.sonla.ntm.common.Roles.COORDINATOR;
import static vn.sonla.ntm.common.Roles.DEPARTMENT_APPRAISER;
import static vn.sonla.ntm.common.Roles.DISTRICT_OFFICER;
import static vn.sonla.ntm.common.Roles.EXTERNAL_SYSTEM;
import static vn.sonla.ntm.common.Roles.FINANCE_PLANNER;
import static vn.sonla.ntm.common.Roles.OBSERVER;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.sonla.ntm.common.Params;
import vn.sonla.ntm.common.Problem;
import vn.sonla.ntm.common.Versions;
import vn.sonla.ntm.criteria.application.DepartmentChange;
import vn.sonla.ntm.criteria.application.DepartmentRegister;
import vn.sonla.ntm.criteria.application.DepartmentView;

/** The departments (Sở) that may own criteria, effective-dated. */
@Path("/api/v1/departments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Departments", description = "Sector departments responsible for criteria, valid from / to a date")
public class DepartmentResource {

    @Inject
    DepartmentRegister register;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({COORDINATOR, DEPARTMENT_APPRAISER, FINANCE_PLANNER, DISTRICT_OFFICER, COMMUNE_OFFICER, OBSERVER, EXTERNAL_SYSTEM})
    @Operation(summary = "List departments", description = "Those valid on the given day, or all of them (open and closed) without `at`.")
    @APIResponse(responseCode = "200", description = "Departments by code", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = DepartmentView.class),
            examples = @ExampleObject(name = "departments", value = Examples.DEPARTMENTS)))
    @APIResponse(responseCode = "400", description = "`at` is not YYYY-MM-DD", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "400", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "401", value = Examples.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "403", value = Examples.PROBLEM_403)))
    public List<DepartmentView> list(@Parameter(description = "Day the departments must be valid on", example = "2019-04-24")
                                     @QueryParam("at") String at) {
        return register.validOn(Params.date("at", at, null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(COORDINATOR)
    @Operation(summary = "Add a department", description = "E.g. a department formed by a merger, valid from the day of the merger.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DepartmentChange.class), examples = @ExampleObject(name = "new", value = Examples.DEPARTMENT_NEW)))
    @APIResponse(responseCode = "201", description = "Added; Location and ETag", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DepartmentView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or malformed", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "400", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "401", value = Examples.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = "Only the coordinator changes departments", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "403", value = Examples.PROBLEM_403)))
    @APIResponse(responseCode = "409", description = "The code exists", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "409", value = Examples.PROBLEM_409)))
    public Response add(@Valid @NotNull DepartmentChange change) {
        DepartmentView added = register.add(change);
        return Response.created(uri.getAbsolutePathBuilder().path(added.code()).build()).tag(Versions.etag(added.revision()))
                .entity(added).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(COORDINATOR)
    @Operation(summary = "Change or close a department",
            description = "Names and period of validity; close it by setting validTo to its last day. If-Match is the department's ETag.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DepartmentChange.class), examples = @ExampleObject(name = "close", value = Examples.DEPARTMENT_CLOSE)))
    @APIResponse(responseCode = "200", description = "Changed; the new ETag", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DepartmentView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or malformed", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "400", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "401", value = Examples.PROBLEM_401)))
    @APIResponse(responseCode = "403", description = "Only the coordinator changes departments", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "403", value = Examples.PROBLEM_403)))
    @APIResponse(responseCode = "404", description = "No such department", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "404", value = Examples.PROBLEM_404)))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "412", value = Examples.PROBLEM_412)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "428", value = Examples.PROBLEM_428)))
    public Response amend(@Parameter(example = "snn") @PathParam("code") String code,
                          @Parameter(in = ParameterIn.HEADER, required = true, description = "The department\'s ETag", example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @Valid @NotNull DepartmentChange change) {
        DepartmentView changed = register.amend(code, ifMatch, change);
        return Response.ok(changed).tag(Versions.etag(changed.revision())).build();
    }
}
