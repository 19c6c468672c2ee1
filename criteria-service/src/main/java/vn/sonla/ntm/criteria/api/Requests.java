package vn.sonla.ntm.criteria.api;

import java.util.Map;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

/** Request bodies that exist only at the HTTP boundary. */
final class Requests {

    private Requests() {
    }

    @Schema(name = "DeriveRequest", description = "Omit the body (or targetCode) to make the next version of the same set")
    record Derive(@Size(max = 64) @Schema(description = "Code of the set the draft belongs to, for a provincial overlay",
            examples = "sonla-ntm-nang-cao-xa-2018-2020") String targetCode) {
    }

    @Schema(name = "EvaluationRequest")
    record Evaluate(
            @Size(max = 32) @Schema(description = "Commune class for class-specific thresholds; null for the thresholds of every class")
            String communeClass,
            @Schema(description = "Indicator code → value: true/false or a number. Leave a missing value out.",
                    example = "{\"2.1\": 82, \"4.1\": true}") Map<String, JsonNode> values) {
    }
}
