package vn.sonla.ntm.common;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem document, the body of every error answer ({@code application/problem+json}).
 * It never carries a stack trace, a class name or SQL.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details; `errors` names each refused field.")
public record Problem(
        @Schema(description = "URI reference identifying the problem type", examples = "/problems/validation") String type,
        @Schema(description = "Short, human-readable summary of the problem type", examples = "Invalid request") String title,
        @Schema(description = "HTTP status code", examples = "400") int status,
        @Schema(description = "Explanation of this occurrence", examples = "2 fields are invalid") String detail,
        @Schema(description = "The request path", examples = "/api/v1/criteria-sets") String instance,
        @Schema(description = "One entry per refused field") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public Problem at(String path) {
        return new Problem(type, title, status, detail, path, errors);
    }

    /** A refused field: its JSON path (e.g. {@code groups[0].criteria[2].code}) and why. */
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(examples = "code") String field,
            @Schema(examples = "must not be blank") String message) {
    }
}
