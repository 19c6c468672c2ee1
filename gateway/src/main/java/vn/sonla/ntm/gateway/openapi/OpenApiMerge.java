package vn.sonla.ntm.gateway.openapi;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.sonla.ntm.gateway.api.Refs;
import vn.sonla.ntm.gateway.client.Downstream;
import vn.sonla.ntm.gateway.routing.RoutingTable;

/**
 * Merges the gateway's own OpenAPI document with the services' into the one document of the public surface
 * (docs/decisions/0042). Pure: documents in, document out.
 * <ul>
 * <li>paths: each service operation under the path the gateway exposes it at ({@link RoutingTable#publicPath}); paths
 * the gateway does not forward are left out; the gateway's own operations win a tie;</li>
 * <li>tags: prefixed with the service ({@code "funding-service / summaries"}), so Swagger UI groups by service;</li>
 * <li>components: a name kept by one source, or by several with equal content, stays; a name several services give
 * different content gets the service as prefix ({@code AssessmentProvinceSummary}, {@code FundingProvinceSummary}),
 * every {@code $ref} rewritten to match; the gateway's own names never change;</li>
 * <li>security: the gateway's schemes (login with code + PKCE, client credentials, bearer) on every operation under
 * {@code /api/}, and a 401 answer where an operation documents none;</li>
 * <li>{@code x-ntm-ref} in the gateway's schemas ({@link Refs}) becomes a {@code $ref} to the named service schema.</li>
 * </ul>
 */
public final class OpenApiMerge {

    static final String SCHEMAS_PREFIX = "#/components/";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String tokenUrl;
    private final String authorizationUrl;

    public OpenApiMerge(String keycloakPublicUrl, String realm) {
        String base = keycloakPublicUrl.replaceAll("/+$", "") + "/realms/" + realm + "/protocol/openid-connect";
        this.tokenUrl = base + "/token";
        this.authorizationUrl = base + "/auth";
    }

    /** @param services the documents read, by service; a service missing from the map is named in {@code x-ntm-missing} */
    public ObjectNode merge(ObjectNode gateway, Map<Downstream, ObjectNode> services) {
        ObjectNode result = gateway.deepCopy();
        Map<Downstream, Map<String, Map<String, String>>> renames = componentNames(result, services);

        Map<Downstream, ObjectNode> rewritten = new LinkedHashMap<>();
        services.forEach((service, doc) -> {
            ObjectNode copy = doc.deepCopy();
            rewriteRefs(copy, renames.get(service));
            rewritten.put(service, copy);
        });
        resolveGatewayRefs(result, renames);

        ObjectNode paths = result.withObject("/paths");
        ArrayNode tags = result.withArray("/tags");
        Set<String> tagNames = new LinkedHashSet<>();
        tags.forEach(t -> tagNames.add(t.path("name").asText()));
        ObjectNode components = result.withObject("/components");

        for (Map.Entry<Downstream, ObjectNode> e : rewritten.entrySet()) {
            Downstream service = e.getKey();
            ObjectNode doc = e.getValue();
            Map<String, String> tagDescriptions = new LinkedHashMap<>();
            doc.path("tags").forEach(t -> tagDescriptions.put(t.path("name").asText(), t.path("description").asText(null)));
            Iterator<Map.Entry<String, JsonNode>> it = doc.path("paths").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> p = it.next();
                var publicPath = RoutingTable.publicPath(service, p.getKey());
                if (publicPath.isEmpty()) {
                    continue;
                }
                ObjectNode target = paths.withObject("/" + escape(publicPath.get()));
                Iterator<Map.Entry<String, JsonNode>> ops = p.getValue().fields();
                while (ops.hasNext()) {
                    Map.Entry<String, JsonNode> op = ops.next();
                    if (target.has(op.getKey())) {
                        continue;
                    }
                    JsonNode value = op.getValue();
                    if (value.isObject() && value.has("responses")) {
                        ObjectNode operation = (ObjectNode) value;
                        ArrayNode opTags = NODES.arrayNode();
                        List<String> original = new ArrayList<>();
                        operation.path("tags").forEach(t -> original.add(t.asText()));
                        if (original.isEmpty()) {
                            original.add("");
                        }
                        for (String t : original) {
                            String name = t.isEmpty() ? service.service() : service.service() + " / " + t;
                            opTags.add(name);
                            if (tagNames.add(name)) {
                                ObjectNode tag = tags.addObject().put("name", name);
                                String description = tagDescriptions.get(t);
                                if (description != null) {
                                    tag.put("description", description);
                                }
                            }
                        }
                        operation.set("tags", opTags);
                        if (operation.has("operationId")) {
                            operation.put("operationId", service.part() + "_" + operation.get("operationId").asText());
                        }
                    }
                    target.set(op.getKey(), value);
                }
            }
            copyComponents(doc.path("components"), components, renames.get(service));
        }

        secure(result);
        if (services.size() < Downstream.values().length) {
            ArrayNode missing = result.withObject("/info").putArray("x-ntm-missing");
            for (Downstream d : Downstream.values()) {
                if (!services.containsKey(d)) {
                    missing.add(d.service());
                }
            }
        }
        return result;
    }

    /** For each service and component type: original name → merged name. */
    private static Map<Downstream, Map<String, Map<String, String>>> componentNames(ObjectNode gateway, Map<Downstream, ObjectNode> services) {
        Map<Downstream, Map<String, Map<String, String>>> renames = new LinkedHashMap<>();
        for (Downstream d : services.keySet()) {
            renames.put(d, new LinkedHashMap<>());
        }
        Set<String> types = new LinkedHashSet<>();
        services.values().forEach(doc -> doc.path("components").fieldNames().forEachRemaining(types::add));
        types.remove("securitySchemes");
        for (String type : types) {
            JsonNode own = gateway.path("components").path(type);
            Map<String, Map<Downstream, JsonNode>> byName = new LinkedHashMap<>();
            services.forEach((d, doc) -> doc.path("components").path(type).fields()
                    .forEachRemaining(f -> byName.computeIfAbsent(f.getKey(), k -> new LinkedHashMap<>()).put(d, f.getValue())));
            byName.forEach((name, defs) -> {
                JsonNode gatewayDef = own.get(name);
                boolean allEqual = defs.values().stream().distinct().count() == 1
                        && (gatewayDef == null || gatewayDef.equals(defs.values().iterator().next()));
                defs.forEach((d, def) -> {
                    boolean keep = allEqual || (gatewayDef != null && gatewayDef.equals(def));
                    renames.get(d).computeIfAbsent(type, k -> new LinkedHashMap<>())
                            .put(name, keep ? name : prefix(d) + name);
                });
            });
        }
        return renames;
    }

    private static String prefix(Downstream d) {
        return Character.toUpperCase(d.part().charAt(0)) + d.part().substring(1);
    }

    private static void copyComponents(JsonNode from, ObjectNode into, Map<String, Map<String, String>> renames) {
        from.fields().forEachRemaining(type -> {
            if (type.getKey().equals("securitySchemes")) {
                return;
            }
            ObjectNode target = into.withObject("/" + type.getKey());
            type.getValue().fields().forEachRemaining(c -> {
                String name = renames.getOrDefault(type.getKey(), Map.of()).getOrDefault(c.getKey(), c.getKey());
                if (!target.has(name)) {
                    target.set(name, c.getValue());
                }
            });
        });
    }

    private static void rewriteRefs(JsonNode node, Map<String, Map<String, String>> renames) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(SCHEMAS_PREFIX)) {
                String[] parts = ref.asText().substring(SCHEMAS_PREFIX.length()).split("/", 2);
                if (parts.length == 2) {
                    String renamed = renames.getOrDefault(parts[0], Map.of()).getOrDefault(parts[1], parts[1]);
                    object.put("$ref", SCHEMAS_PREFIX + parts[0] + "/" + renamed);
                }
            }
            object.elements().forEachRemaining(child -> rewriteRefs(child, renames));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> rewriteRefs(child, renames));
        }
    }

    /** Replaces each {@code x-ntm-ref} property of the gateway's schemas by a $ref under the merged name. */
    private static void resolveGatewayRefs(ObjectNode gateway, Map<Downstream, Map<String, Map<String, String>>> renames) {
        JsonNode schemas = gateway.path("components").path("schemas");
        schemas.elements().forEachRemaining(schema -> resolveIn(schema, renames));
    }

    private static void resolveIn(JsonNode node, Map<Downstream, Map<String, Map<String, String>>> renames) {
        if (!node.isObject()) {
            if (node.isArray()) {
                node.elements().forEachRemaining(child -> resolveIn(child, renames));
            }
            return;
        }
        ObjectNode object = (ObjectNode) node;
        JsonNode properties = object.get("properties");
        if (properties != null && properties.isObject()) {
            ObjectNode props = (ObjectNode) properties;
            List<String> names = new ArrayList<>();
            props.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode prop = props.get(name);
                JsonNode hint = prop.get(Refs.EXTENSION);
                if (hint != null) {
                    props.set(name, reference(hint.asText(), prop.path("description").asText(null), renames));
                }
            }
        }
        object.elements().forEachRemaining(child -> resolveIn(child, renames));
    }

    private static ObjectNode reference(String hint, String description, Map<Downstream, Map<String, Map<String, String>>> renames) {
        boolean array = hint.endsWith("[]");
        String[] parts = (array ? hint.substring(0, hint.length() - 2) : hint).split(":", 2);
        Downstream service = Downstream.valueOf(parts[0].toUpperCase());
        Map<String, Map<String, String>> names = renames.get(service);
        String name = names == null ? null : names.getOrDefault("schemas", Map.of()).get(parts[1]);
        ObjectNode target = NODES.objectNode();
        if (name == null) {
            // the service's document is not there (yet): say what it will be, without a dangling $ref
            target.put("type", array ? "array" : "object");
            if (array) {
                target.putObject("items").put("type", "object");
            }
            target.put("description", (description == null ? "" : description + " ") + "(" + hint + ")");
            return target;
        }
        ObjectNode ref = NODES.objectNode().put("$ref", SCHEMAS_PREFIX + "schemas/" + name);
        if (array) {
            target.put("type", "array");
            target.set("items", ref);
        } else {
            target = ref;
        }
        if (description != null) {
            target.put("description", description);
        }
        return target;
    }

    private void secure(ObjectNode doc) {
        ObjectNode schemes = doc.withObject("/components").putObject("securitySchemes");
        ObjectNode login = schemes.putObject("login");
        login.put("type", "oauth2").put("description", "People: log in through Keycloak (realm ntm), authorization code with PKCE "
                + "S256, public client ntm-spa.");
        login.putObject("flows").putObject("authorizationCode").put("authorizationUrl", authorizationUrl).put("tokenUrl", tokenUrl)
                .putObject("scopes");
        ObjectNode systems = schemes.putObject("clientCredentials");
        systems.put("type", "oauth2").put("description", "Other systems: client credentials of a confidential client with role "
                + "external-system.");
        systems.putObject("flows").putObject("clientCredentials").put("tokenUrl", tokenUrl).putObject("scopes");
        schemes.putObject("bearer").put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT")
                .put("description", "An access token of realm ntm (audience ntm-api), however obtained.");

        ArrayNode security = NODES.arrayNode();
        security.addObject().putArray("login");
        security.addObject().putArray("clientCredentials");
        security.addObject().putArray("bearer");
        doc.remove("security");
        doc.path("paths").fields().forEachRemaining(p -> {
            if (!p.getKey().startsWith("/api/")) {
                return;
            }
            p.getValue().fields().forEachRemaining(op -> {
                if (!op.getValue().isObject() || !op.getValue().has("responses")) {
                    return;
                }
                ObjectNode operation = (ObjectNode) op.getValue();
                operation.set("security", security.deepCopy());
                ObjectNode responses = (ObjectNode) operation.get("responses");
                if (!responses.has("401")) {
                    ObjectNode unauthorized = responses.putObject("401").put("description", "No valid token");
                    unauthorized.putObject("content").putObject("application/problem+json").putObject("schema")
                            .put("$ref", SCHEMAS_PREFIX + "schemas/Problem");
                }
            });
        });
    }

    /** A JSON pointer segment. */
    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }
}
