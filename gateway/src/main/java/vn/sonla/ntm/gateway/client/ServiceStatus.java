package vn.sonla.ntm.gateway.client;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * assessment-service's {@code CommuneStatus}, as far as the gateway reads it (unknown fields are ignored: the service
 * may grow without breaking the published status API, whose shape the gateway owns).
 */
public record ServiceStatus(String unitCode, String unitName, LocalDate validFrom, LocalDate validTo,
                            Recognition highestRecognition, Criteria latestAppraisal, boolean pilot, OffsetDateTime lastChanged) {

    public record Recognition(String level, String decisionNumber, LocalDate decisionDate, LocalDate heldBy) {
    }

    public record Criteria(String criteriaSetCode, Integer criteriaSetVersion, Integer year, Integer criteriaMet,
                           Integer criteriaTotal) {
    }
}
