package vn.sonla.ntm.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import vn.sonla.ntm.safety.Fixtures.Fixture;

/**
 * The authorization matrix file ({@code authorization-matrix.yaml}) as rows of requests with expected statuses, and
 * how one row becomes one HTTP request for one fixture (the hostile-input tests start from the same requests).
 */
final class Matrix {

    static final String FILE = "/authorization-matrix.yaml";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z.\\-]+)}");
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([A-Za-z]+)(?::[^}]*)?}");

    /** One row: a service's (or the gateway's) operation and the requests made of it. */
    record Row(String section, String method, String path, List<Variant> variants) {
        String key() {
            return method + " " + path;
        }

        Stack.Service service() {
            return Stack.Service.of(section);
        }
    }

    /** One request shape of a row, with its expectations. */
    record Variant(String fixture, boolean fresh, Map<String, String> pathParams, Map<String, String> query, JsonNode body,
                   String bodyKind, String contentType, String accept, boolean ifMatch, Map<String, Integer> expect,
                   Map<String, Integer> gatewayExpect, boolean notForwarded, boolean scoped) {

        /** The status this caller must get; invalid tokens always 401. */
        int expected(Callers caller, boolean viaGateway) {
            if (viaGateway && notForwarded) {
                return 404;
            }
            if (caller.invalid()) {
                return 401;
            }
            if (viaGateway && gatewayExpect.containsKey(caller.key)) {
                return gatewayExpect.get(caller.key);
            }
            Integer s = expect.get(caller.key);
            if (s == null) {
                s = expect.get("*");
            }
            if (s == null) {
                throw new IllegalStateException("no expectation for " + caller.key);
            }
            return s;
        }

        boolean writes(String method) {
            return !method.equals("GET");
        }
    }

    private Matrix() {
    }

    static Map<String, List<Row>> load() {
        JsonNode root;
        try (InputStream in = Matrix.class.getResourceAsStream(FILE)) {
            root = Json.YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<Row>> sections = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> section = it.next();
            List<Row> rows = new ArrayList<>();
            for (JsonNode r : section.getValue()) {
                String[] op = r.path("op").asText().split(" ", 2);
                List<Variant> variants = new ArrayList<>();
                if (r.has("variants")) {
                    for (JsonNode v : r.path("variants")) {
                        variants.add(variant(merge(r, v)));
                    }
                } else {
                    variants.add(variant(r));
                }
                rows.add(new Row(section.getKey(), op[0], op[1], variants));
            }
            sections.put(section.getKey(), rows);
        }
        return sections;
    }

    /**
     * What does not match between a document's operations and a section's rows: an operation without a row (a new
     * endpoint nobody wrote expectations for) and a row without an operation (an endpoint removed or renamed).
     */
    static List<String> coverage(String where, java.util.Collection<String> documented, List<Row> rows) {
        java.util.Set<String> keys = new java.util.LinkedHashSet<>();
        rows.forEach(r -> keys.add(r.key()));
        List<String> problems = new ArrayList<>();
        documented.stream().filter(op -> !keys.contains(op)).forEach(op -> problems.add(where + ": " + op + " has no row in " + FILE));
        keys.stream().filter(r -> !documented.contains(r))
                .forEach(r -> problems.add(where + ": row " + r + " names no operation of the service's document"));
        return problems;
    }

    private static JsonNode merge(JsonNode row, JsonNode variant) {
        ObjectNode m = ((ObjectNode) row).deepCopy();
        m.remove("variants");
        variant.fields().forEachRemaining(e -> m.set(e.getKey(), e.getValue()));
        return m;
    }

    private static Variant variant(JsonNode r) {
        Map<String, Integer> expect = new LinkedHashMap<>();
        r.path("expect").fields().forEachRemaining(e -> expect.put(e.getKey(), e.getValue().asInt()));
        for (String caller : expect.keySet()) {
            if (!caller.equals("*")) {
                Callers.of(caller);
            }
        }
        Map<String, Integer> gateway = new LinkedHashMap<>();
        boolean notForwarded = false;
        JsonNode g = r.path("gateway");
        if (g.isTextual()) {
            if (!g.asText().equals("not-forwarded")) {
                throw new IllegalArgumentException("gateway: " + g.asText());
            }
            notForwarded = true;
        } else if (g.isObject()) {
            g.path("expect").fields().forEachRemaining(e -> gateway.put(e.getKey(), e.getValue().asInt()));
        }
        return new Variant(text(r, "fixture"), r.path("fresh").asBoolean(false), strings(r.path("path")), strings(r.path("query")),
                r.has("body") ? r.path("body") : null, text(r, "bodyKind"), text(r, "contentType"), text(r, "accept"),
                r.path("ifMatch").asBoolean(false), expect, gateway, notForwarded, r.path("scoped").asBoolean(false));
    }

    private static String text(JsonNode r, String field) {
        return r.hasNonNull(field) ? r.path(field).asText() : null;
    }

    private static Map<String, String> strings(JsonNode n) {
        Map<String, String> m = new LinkedHashMap<>();
        n.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asText()));
        return m;
    }

    // ---- building the request -----------------------------------------------------------------------------------------

    /** The URL path for a row's template, its parameters taken from the variant, then from the fixture. */
    static String path(String template, Variant v, Fixture f) {
        Matcher m = PATH_PARAM.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = v.pathParams().containsKey(name) ? resolve(v.pathParams().get(name), f)
                    : f == null ? null : String.valueOf(f.props.containsKey(name) ? f.str(name) : null);
            if (value == null || value.equals("null")) {
                throw new IllegalStateException("no value for path parameter {" + name + "} of " + template + " (fixture " + f + ")");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(encodePath(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Segments are encoded, slashes inside a value kept (plan codes like 111/KH-UBND are matched by {code: .+}). */
    static String encodePath(String value) {
        StringBuilder b = new StringBuilder();
        for (String part : value.split("/", -1)) {
            if (!b.isEmpty()) {
                b.append('/');
            }
            b.append(URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return b.toString();
    }

    static String query(Map<String, String> query, Fixture f) {
        if (query.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("?");
        query.forEach((k, v) -> b.append(b.length() > 1 ? "&" : "").append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(resolve(v, f), StandardCharsets.UTF_8)));
        return b.toString();
    }

    /** The JSON body with every placeholder filled in (a whole-string placeholder keeps the fixture value's type). */
    static JsonNode body(JsonNode template, Fixture f) {
        if (template == null) {
            return null;
        }
        if (template.isTextual()) {
            String t = template.asText();
            Matcher whole = PLACEHOLDER.matcher(t);
            if (whole.matches() && whole.group(1).startsWith("fixture.") && f != null) {
                Object value = f.get(whole.group(1).substring("fixture.".length()));
                if (value instanceof JsonNode n) {
                    return n.deepCopy();
                }
                if (value instanceof Number n) {
                    return Json.MAPPER.valueToTree(n);
                }
            }
            return TextNode.valueOf(resolve(t, f));
        }
        if (template.isObject()) {
            ObjectNode o = Json.object();
            template.fields().forEachRemaining(e -> o.set(e.getKey(), body(e.getValue(), f)));
            return o;
        }
        if (template.isArray()) {
            ArrayNode a = Json.array();
            template.forEach(e -> a.add(body(e, f)));
            return a;
        }
        return template.deepCopy();
    }

    static String resolve(String text, Fixture f) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = switch (name) {
                case "unique" -> Fixtures.unique();
                case "UNIQUE" -> Fixtures.unique().toUpperCase(Locale.ROOT);
                case "today" -> Fixtures.today().toString();
                default -> {
                    if (name.startsWith("fixture.") && f != null) {
                        yield f.str(name.substring("fixture.".length()));
                    }
                    throw new IllegalStateException("unknown placeholder ${" + name + "} (fixture " + f + ")");
                }
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The request of a variant for a fixture at {@code baseUrl + path}, without credentials. {@code fixture} may be
     * null for rows without one.
     */
    static Http.Call request(String method, String baseUrl, String pathTemplate, Variant v, Fixture f) {
        Http.Call call = Http.method(method, baseUrl + path(pathTemplate, v, f) + query(v.query(), f));
        if (v.accept() != null) {
            call.header("Accept", v.accept());
        }
        if (v.ifMatch()) {
            call.header("If-Match", f.etag());
        }
        if ("pdf".equals(v.bodyKind())) {
            call.body(Fixtures.PDF, "application/pdf");
        } else if ("xlsx-template".equals(v.bodyKind())) {
            byte[] template = Fixtures.as("coordinator", Stack.Service.ASSESSMENT, "GET", "/api/v1/assessments/" + f.str("id") + "/template.xlsx")
                    .header("Accept", "*/*").send().expect(200).body();
            call.body(template, Fixtures.XLSX);
        } else if (v.body() != null) {
            call.body(Json.bytes(body(v.body(), f)), v.contentType() == null ? "application/json" : v.contentType());
        } else if (!method.equals("GET") && !method.equals("DELETE")) {
            call.body(new byte[0], "application/json");
        }
        return call;
    }
}
