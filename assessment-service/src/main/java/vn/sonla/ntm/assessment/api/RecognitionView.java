package vn.sonla.ntm.assessment.api;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.sonla.ntm.assessment.domain.Recognition;
import vn.sonla.ntm.assessment.domain.RecognitionLevel;

/** A recognition: level, decision (null for seeded facts whose number the sources do not give), set, source, revocation. */
@Schema(name = "Recognition")
public record RecognitionView(
        Long id,
        @Schema(examples = "04120") String unitCode,
        RecognitionLevel level,
        @Schema(description = "null when the public source does not give it", examples = "1234/QĐ-UBND") String decisionNumber,
        LocalDate decisionDate,
        @Schema(examples = "UBND tỉnh Sơn La") String issuingBody,
        @Schema(description = "the exact day, when known") LocalDate recognisedOn,
        @Schema(description = "the day by which the commune is known to hold the level") LocalDate heldBy,
        int year,
        String criteriaSetCode,
        Integer criteriaSetVersion,
        Long assessmentId,
        @Schema(description = "where a seeded fact comes from") String source,
        String note,
        Revocation revocation,
        long version) {

    @Schema(name = "Revocation")
    public record Revocation(LocalDate revokedOn, String decisionNumber, String reason) {
    }

    static RecognitionView of(Recognition r) {
        return new RecognitionView(r.id(), r.unitCode(), r.level(), r.decisionNumber(), r.decisionDate(), r.issuingBody(),
                r.recognisedOn(), r.heldBy(), r.year(), r.setCode(), r.setVersion(), r.assessmentId(), r.source(), r.note(),
                r.revokedOn() == null ? null : new Revocation(r.revokedOn(), r.revocationDecision(), r.revocationReason()), r.version());
    }
}
