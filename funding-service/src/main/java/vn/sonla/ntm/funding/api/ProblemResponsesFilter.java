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
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> op : item.getOperations().entrySet()) {
                APIResponses responses = op.getValue().getResponses();
                if (responses == null) {
                    continue;
                }
                if (!"/api/v1/public/totals".equals(keyOf(openAPI, item))) {
                    addIfMissing(responses, "401", "No valid bearer token");
                }
                addIfMissing(responses, "403", "Your role or scope does not allow this");
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

    private static String keyOf(OpenAPI openAPI, PathItem item) {
        return openAPI.getPaths().getPathItems().entrySet().stream().filter(e -> e.getValue() == item)
                .map(Map.Entry::getKey).findFirst().orElse("");
    }

    private static void addIfMissing(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }
}
