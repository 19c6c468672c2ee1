package vn.sonla.ntm.gateway.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.sonla.ntm.gateway.client.ServiceStatus;

/**
 * The published status of one commune-level unit, in the shape external systems rely on. The gateway owns it: fields
 * are only ever added, never renamed or removed, whatever assessment-service's own model does.
 */
@Schema(name = "PublishedCommuneStatus", description = "What the province publishes about a commune-level unit. Stable: fields may be "
        + "added, never renamed or removed.")
public record PublishedStatus(
        @Schema(description = "GSO code", examples = "04120") String unitCode,
        @Schema(examples = "Xã Chiềng Ban") String unitName,
        @Schema(description = "first day of this unit record; null: before the records begin") LocalDate validFrom,
        @Schema(description = "last day of this unit record; null: still valid") LocalDate validTo,
        @Schema(description = "the highest new-rural level recognised and in force; null: none") LevelReached levelReached,
        @Schema(description = "criteria met in the latest appraised or recognised assessment; null: none yet") CriteriaMet criteriaMet,
        @Schema(description = "a pilot commune of the province's plan") boolean pilot,
        @Schema(description = "when any of these facts last changed; the change feed is ordered by it") OffsetDateTime lastChanged) {

    @Schema(name = "PublishedLevelReached")
    public record LevelReached(
            @Schema(description = "BASIC, ADVANCED or MODEL", examples = "ADVANCED") String level,
            @Schema(examples = "1234/QĐ-UBND") String decisionNumber,
            LocalDate decisionDate) {
    }

    @Schema(name = "PublishedCriteriaMet")
    public record CriteriaMet(
            @Schema(examples = "ntm-nang-cao-son-la-2018-2020") String criteriaSetCode,
            @Schema(examples = "1") Integer criteriaSetVersion,
            @Schema(description = "year of the assessment", examples = "2020") Integer year,
            @Schema(examples = "15") Integer met,
            @Schema(examples = "17") Integer total) {
    }

    @Schema(name = "PublishedCommuneStatusPage")
    public record Page(List<PublishedStatus> items, int page, int size, long total) {
    }

    public static PublishedStatus of(ServiceStatus s) {
        ServiceStatus.Recognition r = s.highestRecognition();
        ServiceStatus.Criteria c = s.latestAppraisal();
        return new PublishedStatus(s.unitCode(), s.unitName(), s.validFrom(), s.validTo(),
                r == null ? null : new LevelReached(r.level(), r.decisionNumber(), r.decisionDate()),
                c == null ? null : new CriteriaMet(c.criteriaSetCode(), c.criteriaSetVersion(), c.year(), c.criteriaMet(), c.criteriaTotal()),
                s.pilot(), s.lastChanged());
    }
}
