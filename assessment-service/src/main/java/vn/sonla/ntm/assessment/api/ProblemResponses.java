package vn.sonla.ntm.assessment.api;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the OpenAPI document: every error answer of every operation is an RFC 9457 Problem, and every secured
 * operation also documents 401 (no valid token), 403 (role or scope) and 500 (incident id).
 */
public class ProblemResponses implements OASFilter {

    private static final String PROBLEM = "application/problem+json";
    private static final Map<String, String> ALWAYS = Map.of(
            "401", "No valid bearer token (missing, expired, wrong audience or signature)",
            "403", "Your role or scope does not allow this (the attempt is logged)",
            "500", "Unexpected failure; the problem carries an incident id and nothing else");

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return operation;
        }
        ALWAYS.forEach((code, description) -> {
            if (responses.getAPIResponse(code) == null) {
                responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
            }
        });
        if (responses.getAPIResponse("400") == null) {
            responses.addAPIResponse("400", OASFactory.createAPIResponse().description("A parameter or the body is invalid; errors name each field"));
        }
        for (Map.Entry<String, APIResponse> e : responses.getAPIResponses().entrySet()) {
            if (e.getKey().startsWith("4") || e.getKey().startsWith("5")) {
                e.getValue().setContent(OASFactory.createContent().addMediaType(PROBLEM, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("Problem"))));
            }
        }
        return operation;
    }

}
