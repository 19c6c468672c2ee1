package vn.sonla.ntm.funding.api;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import vn.sonla.ntm.common.Problem;

/**
 * Every error answer of this service is a Problem document: gives each documented 4xx/5xx response the
 * application/problem+json Problem schema, and documents 401, 403 and 500 on every operation, which every
 * operation can answer.
 */
public class ProblemResponsesFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().getOperations().entrySet()) {
                APIResponses responses = op.getValue().getResponses();
                if (responses == null || !path.getKey().startsWith("/api/")) {
                    continue;
                }
                addIfMissing(responses, "401", "No valid bearer token");
                addIfMissing(responses, "403", "Your role or scope does not allow this");
                if (path.getKey().contains("{id}") || path.getKey().contains("{lineId}")) {
                    addIfMissing(responses, "400", "A path parameter is not a number (the parameter is named)");
                }
                if (path.getKey().startsWith("/api/v1/reports/") || path.getKey().startsWith("/api/v1/summary/")) {
                    addIfMissing(responses, "503", "The unit directory (assessment-service) did not answer");
                }
                addIfMissing(responses, "500", "Unexpected failure (the answer carries an incident id)");
                for (Map.Entry<String, APIResponse> r : responses.getAPIResponses().entrySet()) {
                    if (r.getKey().startsWith("4") || r.getKey().startsWith("5")) {
                        r.getValue().setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
                    }
                }
            }
        }
    }

    private static void addIfMissing(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }
}
