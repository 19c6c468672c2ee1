package vn.sonla.ntm.assessment.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.sonla.ntm.assessment.application.PlanBook;
import vn.sonla.ntm.assessment.domain.PlanTarget;
import vn.sonla.ntm.assessment.domain.ProgrammePlan;
import vn.sonla.ntm.assessment.domain.RecognitionLevel;
import vn.sonla.ntm.assessment.domain.TargetKind;
import vn.sonla.ntm.assessment.domain.TargetRules;
import vn.sonla.ntm.assessment.domain.TargetStatus;
import vn.sonla.ntm.common.Roles;

/** Programme plans and targets, evaluated live. */
@Path("/api/v1/plans")
@Tag(name = "plans", description = "Programme plans (e.g. 111/KH-UBND) and their targets, evaluated live")
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {

    @Inject
    PlanBook plans;

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.OBSERVER, Roles.FINANCE_PLANNER, Roles.DEPARTMENT_APPRAISER, Roles.DISTRICT_OFFICER,
            Roles.COMMUNE_OFFICER})
    @Operation(summary = "Plans of a province")
    @APIResponse(responseCode = "200", description = "Plans with their targets (without evaluation)")
    public List<PlanView> list(@QueryParam("provinceCode") String provinceCode) {
        return plans.ofProvince(provinceCode == null || provinceCode.isBlank() ? "14" : provinceCode.trim()).stream()
                .map(p -> PlanView.of(p, null)).toList();
    }

    @GET
    @Path("/{code: .+}")
    @RolesAllowed({Roles.COORDINATOR, Roles.OBSERVER, Roles.FINANCE_PLANNER, Roles.DEPARTMENT_APPRAISER, Roles.DISTRICT_OFFICER,
            Roles.COMMUNE_OFFICER})
    @Operation(summary = "A plan with every target evaluated now", description = "Each target: current value, required, status MET / "
            + "ON_TRACK / AT_RISK / MISSED / NOT_EVALUABLE with the reason, and the communes behind the number. Plan codes contain a slash "
            + "and are used as they are: /api/v1/plans/111/KH-UBND.")
    @APIResponse(responseCode = "200", description = "The plan and its targets' progress")
    @APIResponse(responseCode = "404", description = "No such plan")
    public PlanView get(@PathParam("code") String code) {
        ProgrammePlan p = plans.plan(code);
        return PlanView.of(p, plans.progress(p));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Create a plan with its targets")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "A field or target is invalid")
    @APIResponse(responseCode = "409", description = "A plan with that code exists")
    public Response create(@Valid @NotNull Requests.NewPlan body) {
        ProgrammePlan p = plans.create(body.code(), body.title(), body.provinceCode(), body.startYear(), body.endYear(), body.criteriaSetCode(),
                body.issuedOn(), body.source(), body.targets() == null ? List.of() : body.targets().stream().map(PlanResource::target).toList());
        return Response.status(201).entity(PlanView.of(p, null)).build();
    }

    @POST
    @Path("/{code: .+}/targets")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Add a target to a plan")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "400", description = "Invalid target")
    @APIResponse(responseCode = "404", description = "No such plan")
    public Response addTarget(@PathParam("code") String code, @Valid @NotNull Requests.NewTarget body) {
        PlanTarget t = plans.addTarget(code, target(body));
        return Response.status(201).entity(TargetView.of(t, null)).build();
    }

    private static PlanBook.NewTarget target(Requests.NewTarget t) {
        return new PlanBook.NewTarget(t.code(), t.kind(), t.description(), t.level(), t.populationLevel(), t.criteriaSetCode(), t.minimum(),
                t.deadline(), t.source());
    }

    @Schema(name = "Plan")
    public record PlanView(String code, String title, String provinceCode, int startYear, int endYear, String criteriaSetCode,
                           LocalDate issuedOn, String source, List<TargetView> targets) {
        static PlanView of(ProgrammePlan p, List<PlanBook.TargetProgress> progress) {
            List<TargetView> targets = progress == null ? p.targets().stream().map(t -> TargetView.of(t, null)).toList()
                    : progress.stream().map(tp -> TargetView.of(tp.target(), tp)).toList();
            return new PlanView(p.code(), p.title(), p.provinceCode(), p.startYear(), p.endYear(), p.criteriaSetCode(), p.issuedOn(),
                    p.source(), targets);
        }
    }

    @Schema(name = "Target")
    public record TargetView(String code, TargetKind kind, String description, RecognitionLevel level, RecognitionLevel populationLevel,
                             String criteriaSetCode, int minimum, LocalDate deadline, String source, Progress progress) {
        static TargetView of(PlanTarget t, PlanBook.TargetProgress tp) {
            return new TargetView(t.code(), t.kind(), t.description(), t.level(), t.populationLevel(), t.criteriaSetCode(), t.minimum(),
                    t.deadline(), t.source(), tp == null ? null : Progress.of(tp));
        }
    }

    @Schema(name = "TargetProgress")
    public record Progress(@Schema(description = "the day the facts were taken: the earlier of today and the deadline") LocalDate evaluatedAt,
                           int value, int required, TargetStatus status, String reason,
                           @Schema(description = "communes counted in the value") List<TargetRules.CommuneFact> counted,
                           @Schema(description = "communes in the pipeline that could still count") List<TargetRules.CommuneFact> inPipeline,
                           @Schema(description = "communes of the population not meeting it") List<TargetRules.CommuneFact> outstanding) {
        static Progress of(PlanBook.TargetProgress tp) {
            TargetRules.Progress p = tp.progress();
            return new Progress(tp.evaluatedAt(), p.value(), p.required(), p.status(), p.reason(), p.counted(), p.inPipeline(), p.outstanding());
        }
    }
}
