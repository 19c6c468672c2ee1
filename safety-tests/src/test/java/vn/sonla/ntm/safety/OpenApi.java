package vn.sonla.ntm.safety;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/** The operations the live OpenAPI documents declare: the services' own and the gateway's merged one. */
final class OpenApi {

    static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    /** One operation: method and path template, with its document node. */
    record Operation(String method, String path, JsonNode node) {
        String key() {
            return method + " " + path;
        }
    }

    private static final Map<Stack.Service, JsonNode> DOCUMENTS = new LinkedHashMap<>();

    private OpenApi() {
    }

    static synchronized JsonNode document(Stack.Service service) {
        return DOCUMENTS.computeIfAbsent(service, s -> Http.get(s.url() + "/q/openapi?format=json").send().expect(200).json());
    }

    static List<Operation> operations(Stack.Service service) {
        JsonNode doc = document(service);
        List<Operation> ops = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> p = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = p.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> m = methods.next();
                if (METHODS.contains(m.getKey())) {
                    ops.add(new Operation(m.getKey().toUpperCase(java.util.Locale.ROOT), p.getKey(), m.getValue()));
                }
            }
        }
        return ops;
    }

    /** A schema, following {@code $ref} and a lone {@code allOf}. */
    static JsonNode resolve(Stack.Service service, JsonNode schema) {
        JsonNode s = schema;
        for (int i = 0; i < 10 && s != null; i++) {
            if (s.has("$ref")) {
                String ref = s.path("$ref").asText();
                s = document(service).path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
            } else if (s.has("allOf") && s.path("allOf").size() == 1 && !s.has("properties")) {
                s = s.path("allOf").path(0);
            } else {
                return s;
            }
        }
        return s;
    }

    /**
     * Where the gateway exposes a service's path (docs/decisions/0041): the services' audit and funding's summaries
     * clash with assessment-service's and are reached under the service's name; everything else keeps its path.
     */
    static String gatewayPath(Stack.Service service, String path) {
        if (service == Stack.Service.CRITERIA && (path.equals("/api/v1/audit") || path.startsWith("/api/v1/audit/"))) {
            return "/api/v1/criteria" + path.substring("/api/v1".length());
        }
        if (service == Stack.Service.FUNDING && (path.equals("/api/v1/audit") || path.startsWith("/api/v1/audit/")
                || path.startsWith("/api/v1/summary/"))) {
            return "/api/v1/funding" + path.substring("/api/v1".length());
        }
        return path;
    }
}
