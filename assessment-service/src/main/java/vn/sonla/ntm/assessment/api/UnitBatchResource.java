package vn.sonla.ntm.assessment.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.sonla.ntm.assessment.application.UnitRegistry;
import vn.sonla.ntm.assessment.domain.LineageKind;
import vn.sonla.ntm.assessment.domain.UnitLevel;
import vn.sonla.ntm.common.Problem;
import vn.sonla.ntm.common.Roles;

/** Registering administrative units and their lineage in batches (ADR 0071). */
@Path("/api/v1/units/batch")
@Tag(name = "units", description = "Administrative units (effective-dated) and their lineage")
@Produces(MediaType.APPLICATION_JSON)
public class UnitBatchResource {

    @Inject
    UnitRegistry registry;

    @Schema(name = "UnitInput", description = "A unit to register: its code and the period it is valid for identify it")
    public record UnitInput(@Schema(examples = "04120") String code,
                            @Size(max = 200) @Schema(examples = "Xã Chiềng Ban") String name,
                            @Size(max = 40) @Schema(examples = "Xã") String type,
                            @NotNull UnitLevel level,
                            @Schema(description = "the district, or the province for units directly under it; empty for a province",
                                    examples = "125") String parentCode,
                            @Schema(examples = "14") String provinceCode,
                            @Schema(description = "null: since before the records begin") LocalDate validFrom,
                            @Schema(description = "null: still valid", examples = "2025-06-30") LocalDate validTo,
                            @Size(max = 2000) String source,
                            @Size(max = 2000) String note) {
    }

    @Schema(name = "LineageInput", description = "A predecessor → successor link; units named by code and the first day of their validity")
    public record LineageInput(String predecessorCode, LocalDate predecessorValidFrom, String successorCode,
                               LocalDate successorValidFrom, @NotNull LineageKind kind,
                               @Schema(description = "default: the successor's first day") LocalDate effectiveOn,
                               @Size(max = 2000) String source, @Size(max = 2000) String note) {
    }

    @Schema(name = "UnitBatch")
    public record UnitBatch(@NotNull @Size(max = 5000) List<@NotNull @Valid UnitInput> units,
                            @Size(max = 10000) List<@NotNull @Valid LineageInput> lineage) {
    }

    @Schema(name = "UnitBatchResult")
    public record UnitBatchResult(int units, int lineageLinks, int communes) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Register units and lineage links, all or nothing", description = "Up to 5 000 units and 10 000 links in one "
            + "transaction: a new province, a district's communes, a reorganisation. Each unit is checked like the seeded ones — GSO "
            + "code of its level, parent valid over its whole validity and in the same province, no overlap with another period of "
            + "the same code — and each link names units that exist (in the database or in the batch), the predecessor ending before "
            + "the successor begins. Any refusal refuses the batch (fields units[i].… / lineage[j].…) and nothing is written. One "
            + "audit entry per unit and per link.")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = UnitBatchResult.class)))
    @APIResponse(responseCode = "400", description = "A unit or link is refused; nothing written",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only the coordination office registers units",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A unit with that code and validity is already registered; nothing written",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@Valid @NotNull UnitBatch body) {
        List<UnitRegistry.NewUnit> units = body.units().stream().map(u -> new UnitRegistry.NewUnit(trim(u.code()), u.name(), u.type(),
                u.level(), trim(u.parentCode()), trim(u.provinceCode()), u.validFrom(), u.validTo(), u.source(), u.note())).toList();
        List<UnitRegistry.NewLink> links = body.lineage() == null ? List.of() : body.lineage().stream()
                .map(l -> new UnitRegistry.NewLink(trim(l.predecessorCode()), l.predecessorValidFrom(), trim(l.successorCode()),
                        l.successorValidFrom(), l.kind(), l.effectiveOn(), l.source(), l.note())).toList();
        UnitRegistry.Registered r = registry.register(units, links);
        return Response.status(201).entity(new UnitBatchResult(r.units(), r.links(), r.communes())).build();
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
