package vn.sonla.ntm.safety;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Generates invalid and hostile variants of a valid request: a malformed or wrongly typed body, every field of the
 * body's OpenAPI schema (nested objects, array items and maps included) given values of the wrong type, beyond its
 * limits, an impossible date, an unknown code, SQL and script fragments where a code or a number belongs, Unicode that
 * cannot be text (NUL, lone surrogates, bidi overrides, a flood of combining marks), required fields removed, unknown
 * fields added; path parameters and If-Match likewise. Each variant is invalid whatever the data: the service must
 * refuse it with a 4xx problem and change nothing.
 */
final class Hostile {

    /** One hostile request: a category (for the counts), what was done, and the request. */
    record Case(String category, String what, String method, String url, Map<String, String> headers, byte[] body) {

        Http.Call call() {
            Http.Call c = Http.method(method, url);
            headers.forEach(c::header);
            if (body != null) {
                c.body = body;
            }
            return c;
        }
    }

    /** The valid request the cases start from. */
    record Base(String method, String baseUrl, String pathTemplate, Map<String, String> pathValues, String query,
                Map<String, String> headers, JsonNode json, byte[] raw, JsonNode schema, Stack.Service service, Set<String> ignored) {

        String url() {
            return baseUrl + fill(pathTemplate, pathValues) + query;
        }

        byte[] bytes() {
            return json != null ? Json.bytes(json) : raw;
        }
    }

    static final String SQL = "1' OR '1'='1'; DROP TABLE audit_entry; --";
    static final String SCRIPT = "<script>alert(document.cookie)</script>";
    static final String TRAVERSAL = "../../../../etc/passwd";
    static final String NUL = "kiểm\u0000thử";
    static final String LONE_SURROGATE = "kiểm\ud800thử";
    static final String BIDI = "kiểm\u202Eexe.fdp";
    static final String COMBINING = "a" + "\u0301".repeat(64);
    /** Names of fields that refer to something that must exist: an unknown value is refused, never stored. */
    static final Set<String> REFERENCES = Set.of("unitCode", "recipientCode", "sourceCode", "fieldCode", "departmentCode",
            "criteriaSetCode", "provinceCode", "targetCode");

    private static final Pattern PATH_PARAM = Pattern.compile("\\{([A-Za-z]+)(?::[^}]*)?}");

    private Hostile() {
    }

    // ---- everything for one operation ---------------------------------------------------------------------------------

    static List<Case> cases(Base base) {
        List<Case> cases = new ArrayList<>();
        if (base.json() != null) {
            body(base, cases);
            if (base.schema() != null) {
                fields(base, base.schema(), base.json(), new ArrayList<>(), cases, true);
            }
        }
        pathParameters(base, cases);
        ifMatch(base, cases);
        return cases;
    }

    // ---- the body as a whole ------------------------------------------------------------------------------------------

    static void body(Base b, List<Case> out) {
        String valid = new String(b.bytes(), StandardCharsets.UTF_8);
        String[] malformed = {"{", "}", "{\"a\":", "{\"a\" 1}", "[1,2", "{'a':1}", "{\"a\":1,}", "{\"a\":01}", "{\"a\":NaN}",
            "{\"a\":Infinity}", "{\"a\":undefined}", "/* comment */ {}", "{\"a\":\"\\x41\"}", "{\"a\":\"\\u00\"}", "{\"a\":\"unterminated}",
            "{\"a\":tru}", "{,}", "{\"a\"::1}", "\u0000{}", "{} {}", valid.substring(0, Math.max(1, valid.length() / 2)),
            valid + "}}", valid + " trailing", "{{" + valid + "}}"};
        for (String m : malformed) {
            out.add(raw(b, "malformed JSON", abbreviate(m), m.getBytes(StandardCharsets.UTF_8), "application/json"));
        }
        boolean hasRequired = b.schema() != null && b.schema().path("required").size() > 0;
        if (hasRequired) {
            for (String wrong : new String[] {"null", "[]", "\"text\"", "42", "true", "[" + valid + "]", ""}) {
                out.add(raw(b, "wrong type", "body " + (wrong.isEmpty() ? "empty" : abbreviate(wrong)), wrong.getBytes(StandardCharsets.UTF_8),
                        "application/json"));
            }
            out.add(json(b, "missing fields", "body {}", Json.object()));
        }
        // invalid UTF-8 inside a string: an overlong encoding, a lone continuation byte, a CESU-8 surrogate
        for (byte[] bad : new byte[][] {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF}}) {
            byte[] body = concat("{\"x\":\"".getBytes(StandardCharsets.US_ASCII), bad, "\"}".getBytes(StandardCharsets.US_ASCII));
            out.add(raw(b, "unicode", "invalid UTF-8 bytes " + hex(bad), body, "application/json"));
        }
        out.add(raw(b, "huge", "nesting 100000 deep", ("[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.US_ASCII),
                "application/json"));
        out.add(raw(b, "huge", "object nesting 5000 deep", ("{\"a\":".repeat(5000) + "1" + "}".repeat(5000)).getBytes(StandardCharsets.US_ASCII),
                "application/json"));
        // the valid body with the wrong media type
        for (String type : new String[] {"text/plain", "application/xml", "application/x-www-form-urlencoded", "text/html",
            "multipart/form-data; boundary=x", "application/json-patch+json", "image/png", "application/octet-stream"}) {
            out.add(raw(b, "wrong content type", type, b.bytes(), type));
        }
        out.add(raw(b, "wrong content type", "XML body", "<?xml version=\"1.0\"?><a><b>1</b></a>".getBytes(StandardCharsets.UTF_8),
                "application/xml"));
        out.add(raw(b, "wrong content type", "form body", "code=x&nameVi=y".getBytes(StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded"));
    }

    // ---- field by field, from the schema -----------------------------------------------------------------------------

    /**
     * Mutations of every property the schema declares at this level (present in the valid body or not), then deeper:
     * nested objects, the first item of arrays, the values of maps.
     */
    static void fields(Base b, JsonNode schema, JsonNode value, List<Object> path, List<Case> out, boolean top) {
        JsonNode s = OpenApi.resolve(b.service(), schema);
        if (s == null) {
            return;
        }
        if (value != null && value.isObject() && s.has("properties")) {
            Set<String> required = new java.util.HashSet<>();
            s.path("required").forEach(r -> required.add(r.asText()));
            out.add(json(b, "extra field", at(path, "zzUnknown"), with(b.json(), path, v -> ((ObjectNode) v.deepCopy()).put("zzUnknown" + Fixtures.RUN, 1))));
            for (Iterator<Map.Entry<String, JsonNode>> it = s.path("properties").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> p = it.next();
                String name = p.getKey();
                List<Object> child = append(path, name);
                JsonNode ps = OpenApi.resolve(b.service(), p.getValue());
                boolean isRequired = required.contains(name);
                String fieldPath = at(child, "").replace(": ", "");
                boolean ignored = b.ignored().contains(fieldPath);
                if (b.ignored().contains("!" + fieldPath)) {
                    continue; // free-form JSON (any value is one): nothing to attack but its absence, which the schema allows
                }
                for (Mutation m : mutations(name, ps, value.get(name), isRequired)) {
                    if (ignored && !m.typeLevel()) {
                        continue;
                    }
                    JsonNode mutated = with(b.json(), path, v -> {
                        ObjectNode o = (ObjectNode) v.deepCopy();
                        if (m.value == null) {
                            o.remove(name);
                        } else {
                            o.set(name, m.value);
                        }
                        return o;
                    });
                    out.add(json(b, m.category, at(child, m.what), mutated));
                }
                JsonNode present = value.get(name);
                if (present != null && !present.isNull() && !ignored) {
                    fields(b, ps, present, child, out, false);
                }
            }
        } else if (value != null && value.isObject() && s.has("additionalProperties") && s.path("additionalProperties").isObject()) {
            JsonNode valueSchema = s.path("additionalProperties");
            for (String unknownKey : new String[] {"9.99", SQL, "", "x".repeat(2000)}) {
                out.add(json(b, unknownKey.equals(SQL) ? "sql fragment" : "unknown code", at(path, "[key " + abbreviate(unknownKey) + "]"),
                        with(b.json(), path, v -> ((ObjectNode) v.deepCopy()).set(unknownKey, firstValue(v)))));
            }
            ObjectNode many = Json.object();
            for (int i = 0; i < 20_000; i++) {
                many.set("k" + i, firstValue(value));
            }
            out.add(json(b, "huge", at(path, "20000 keys"), with(b.json(), path, v -> many)));
            Iterator<String> names = value.fieldNames();
            if (names.hasNext()) {
                String key = names.next();
                List<Object> child = append(path, key);
                for (Mutation m : mutations(key, OpenApi.resolve(b.service(), valueSchema), value.get(key), false)) {
                    if (m.value == null) {
                        continue;
                    }
                    out.add(json(b, m.category, at(child, m.what), with(b.json(), child, v -> m.value)));
                }
                fields(b, valueSchema, value.get(key), child, out, false);
            }
        } else if (value != null && value.isArray() && value.size() > 0 && s.has("items")) {
            fields(b, s.path("items"), value.get(0), append(path, 0), out, false);
        }
    }

    /** A value for a field; type-level ones are refused whatever the field means (even a field the service ignores). */
    record Mutation(String category, String what, JsonNode value) {
        boolean typeLevel() {
            return switch (category) {
                case "wrong type", "unicode", "overflow", "impossible date" -> true;
                case "huge" -> what.startsWith("100000");
                default -> false;
            };
        }
    }

    /** Values a field of this schema must never accept (null value: the field removed). */
    static List<Mutation> mutations(String name, JsonNode s, JsonNode current, boolean required) {
        List<Mutation> m = new ArrayList<>();
        String type = s.path("type").asText("");
        String format = s.path("format").asText("");
        if (required) {
            m.add(new Mutation("missing fields", "removed", null));
            m.add(new Mutation("missing fields", "null", Json.NODES.nullNode()));
        }
        switch (type) {
            case "string" -> {
                m.add(new Mutation("wrong type", "object", Json.object().put("a", 1)));
                m.add(new Mutation("wrong type", "array", Json.array().add("a")));
                boolean constrained = s.has("enum") || s.has("pattern") || format.equals("date");
                if (s.has("maxLength")) {
                    int max = s.path("maxLength").asInt();
                    m.add(new Mutation("huge", "maxLength+1 (" + (max + 1) + ")", text(repeatTo(valid(current, "x"), max + 1))));
                }
                m.add(new Mutation("huge", "100000 characters", text("ê".repeat(100_000))));
                m.add(new Mutation("unicode", "NUL", text(NUL)));
                m.add(new Mutation("unicode", "lone surrogate", text(LONE_SURROGATE)));
                m.add(new Mutation("unicode", "bidi override", text(BIDI)));
                m.add(new Mutation("unicode", "64 combining marks", text(COMBINING)));
                if (format.equals("date")) {
                    for (String d : new String[] {"2020-02-30", "2021-02-29", "2020-13-01", "2020-00-10", "2020-01-32", "2020-06-31",
                        "20200101", "2020/01/01", "31-12-2020", "2020-1-1", "yesterday", "0000-00-00", "2020-01-01T25:00:00"}) {
                        m.add(new Mutation("impossible date", d, text(d)));
                    }
                    if (required) {
                        // an empty text reads as no date (Jackson's coercion); only where a date is required is that a refusal
                        m.add(new Mutation("missing fields", "empty date", text("")));
                    }
                    m.add(new Mutation("impossible date", "number 20200101", Json.NODES.numberNode(20200101)));
                    m.add(new Mutation("sql fragment", "SQL", text(SQL)));
                }
                if (s.has("enum")) {
                    m.add(new Mutation("unknown code", "unknown value", text("MAYBE_" + Fixtures.RUN.toUpperCase(Locale.ROOT))));
                    String first = s.path("enum").path(0).asText();
                    String lower = first.toLowerCase(Locale.ROOT);
                    boolean isValue = false;
                    for (JsonNode e : s.path("enum")) {
                        isValue |= e.asText().equals(lower);
                    }
                    if (!isValue) {
                        m.add(new Mutation("unknown code", "lower case", text(lower)));
                    }
                    m.add(new Mutation("unknown code", "empty", text("")));
                    m.add(new Mutation("sql fragment", "SQL", text(SQL)));
                    m.add(new Mutation("script fragment", "script", text(SCRIPT)));
                } else if (s.has("pattern")) {
                    String pattern = s.path("pattern").asText();
                    for (String bad : new String[] {"", "   ", SQL, SCRIPT, TRAVERSAL, "%00", "\t"}) {
                        if (!matches(pattern, bad)) {
                            m.add(new Mutation(bad.equals(SQL) ? "sql fragment" : bad.equals(SCRIPT) ? "script fragment" : "pattern",
                                    "not matching " + pattern + ": " + abbreviate(bad), text(bad)));
                        }
                    }
                }
                if (REFERENCES.contains(name) && !constrained) {
                    m.add(new Mutation("unknown code", "unknown " + name, text("ZZ" + Fixtures.RUN.toUpperCase(Locale.ROOT))));
                    m.add(new Mutation("sql fragment", "SQL in " + name, text(SQL)));
                    m.add(new Mutation("script fragment", "script in " + name, text(SCRIPT)));
                } else if (REFERENCES.contains(name) && s.has("pattern") && !s.has("enum")) {
                    String unknown = unknownMatching(s.path("pattern").asText());
                    if (unknown != null) {
                        m.add(new Mutation("unknown code", "unknown " + name + " " + unknown, text(unknown)));
                    }
                }
            }
            case "integer" -> {
                numericTypes(m);
                m.add(new Mutation("wrong type", "fraction 1.5", Json.NODES.numberNode(new java.math.BigDecimal("1.5"))));
                m.add(new Mutation("overflow", "2^63", Json.NODES.numberNode(new java.math.BigInteger("9223372036854775808"))));
                m.add(new Mutation("overflow", "-2^63-1", Json.NODES.numberNode(new java.math.BigInteger("-9223372036854775809"))));
                m.add(new Mutation("overflow", "1e400", Json.NODES.numberNode(new java.math.BigDecimal("1e400"))));
                if (format.equals("int32")) {
                    m.add(new Mutation("overflow", "2^31", Json.NODES.numberNode(2147483648L)));
                }
                bounds(s, m, true);
            }
            case "number" -> {
                numericTypes(m);
                m.add(new Mutation("overflow", "1e400", Json.NODES.numberNode(new java.math.BigDecimal("1e400"))));
                m.add(new Mutation("overflow", "-1e400", Json.NODES.numberNode(new java.math.BigDecimal("-1e400"))));
                bounds(s, m, false);
            }
            case "boolean" -> {
                m.add(new Mutation("wrong type", "string yes", text("yes")));
                m.add(new Mutation("wrong type", "object", Json.object()));
                m.add(new Mutation("wrong type", "array", Json.array()));
            }
            case "array" -> {
                m.add(new Mutation("wrong type", "object", Json.object()));
                m.add(new Mutation("wrong type", "string", text("a,b")));
                m.add(new Mutation("wrong type", "number", Json.NODES.numberNode(1)));
                JsonNode item = current != null && current.isArray() && current.size() > 0 ? current.get(0) : null;
                if (item != null) {
                    m.add(new Mutation("wrong type", "[null]", Json.array().addNull()));
                    int max = s.has("maxItems") ? s.path("maxItems").asInt() : -1;
                    int n = max > 0 ? max + 1 : 10_000;
                    ArrayNode many = Json.array();
                    for (int i = 0; i < n; i++) {
                        many.add(item.deepCopy());
                    }
                    m.add(new Mutation("huge", n + " items", many));
                }
                if (s.path("minItems").asInt(0) > 0) {
                    m.add(new Mutation("missing fields", "empty array", Json.array()));
                }
            }
            case "object" -> {
                m.add(new Mutation("wrong type", "string", text("x")));
                m.add(new Mutation("wrong type", "array", Json.array()));
                m.add(new Mutation("wrong type", "number", Json.NODES.numberNode(1)));
            }
            default -> {
                // a value of no declared type (an indicator value: true/false or a number)
                m.add(new Mutation("wrong type", "object", Json.object().put("a", 1)));
                m.add(new Mutation("wrong type", "array", Json.array().add(1)));
                m.add(new Mutation("wrong type", "string", text("đạt")));
                m.add(new Mutation("sql fragment", "SQL", text(SQL)));
                m.add(new Mutation("overflow", "1e400", Json.NODES.numberNode(new java.math.BigDecimal("1e400"))));
            }
        }
        return m;
    }

    private static void numericTypes(List<Mutation> m) {
        m.add(new Mutation("wrong type", "string abc", text("abc")));
        m.add(new Mutation("wrong type", "object", Json.object()));
        m.add(new Mutation("wrong type", "array", Json.array().add(1)));
        m.add(new Mutation("wrong type", "boolean", Json.NODES.booleanNode(true)));
        m.add(new Mutation("sql fragment", "SQL", text("1; DROP TABLE audit_entry")));
        m.add(new Mutation("wrong type", "string 12abc", text("12abc")));
    }

    /** Values just outside the declared range (negative amounts, zero for exclusive minimums, a year past the maximum). */
    private static void bounds(JsonNode s, List<Mutation> m, boolean integer) {
        if (s.has("minimum")) {
            java.math.BigDecimal min = s.path("minimum").decimalValue();
            m.add(new Mutation("out of range", "minimum-1", Json.NODES.numberNode(min.subtract(java.math.BigDecimal.ONE))));
            m.add(new Mutation("out of range", "negative", Json.NODES.numberNode(-1_000_000L)));
        }
        if (s.has("exclusiveMinimum")) {
            JsonNode ex = s.path("exclusiveMinimum");
            java.math.BigDecimal min = ex.isNumber() ? ex.decimalValue() : s.path("minimum").decimalValue();
            m.add(new Mutation("out of range", "at exclusive minimum", Json.NODES.numberNode(min)));
            m.add(new Mutation("out of range", "negative", Json.NODES.numberNode(integer ? -1 : -0.5)));
            m.add(new Mutation("out of range", "minus one million", Json.NODES.numberNode(-1_000_000L)));
        }
        if (s.has("maximum")) {
            java.math.BigDecimal max = s.path("maximum").decimalValue();
            m.add(new Mutation("out of range", "maximum+1", Json.NODES.numberNode(max.add(java.math.BigDecimal.ONE))));
        }
    }

    // ---- path parameters and If-Match --------------------------------------------------------------------------------

    static void pathParameters(Base b, List<Case> out) {
        Matcher m = PATH_PARAM.matcher(b.pathTemplate());
        while (m.find()) {
            String name = m.group(1);
            String[] values = {"0", "-1", "999999999", "9223372036854775808", "99999999999999999999999999", "abc", "1.5", "1 OR 1=1",
                "1' OR '1'='1", "'; DROP TABLE audit_entry; --", SCRIPT, "..", TRAVERSAL, "%00", "\u0000", "\u202E1", "x".repeat(3000),
                "null", "undefined", "ZZ" + Fixtures.RUN};
            for (String v : values) {
                Map<String, String> params = new LinkedHashMap<>(b.pathValues());
                params.put(name, v);
                String url = b.baseUrl() + fill(b.pathTemplate(), params) + b.query();
                out.add(new Case("path parameter", "{" + name + "} = " + abbreviate(v), b.method(), url, b.headers(), b.bytes()));
            }
        }
    }

    static void ifMatch(Base b, List<Case> out) {
        if (!b.headers().containsKey("If-Match")) {
            return;
        }
        String[] values = {null, "\"999999\"", "\"-1\"", "*", "\"abc\"", "abc", "\"\"", "\"" + "9".repeat(4000) + "\"", "\"1 OR 1=1\""};
        for (String v : values) {
            if (v != null && v.equals(b.headers().get("If-Match"))) {
                continue;
            }
            Map<String, String> h = new LinkedHashMap<>(b.headers());
            if (v == null) {
                h.remove("If-Match");
            } else {
                h.put("If-Match", v);
            }
            out.add(new Case("if-match", v == null ? "If-Match missing" : "If-Match " + abbreviate(v), b.method(), b.url(), h, b.bytes()));
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------------------------

    static Case json(Base b, String category, String what, JsonNode body) {
        Map<String, String> h = new LinkedHashMap<>(b.headers());
        h.put("Content-Type", "application/json");
        return new Case(category, what, b.method(), b.url(), h, Json.bytes(body));
    }

    static Case raw(Base b, String category, String what, byte[] body, String contentType) {
        Map<String, String> h = new LinkedHashMap<>(b.headers());
        if (contentType == null) {
            h.remove("Content-Type");
        } else {
            h.put("Content-Type", contentType);
        }
        return new Case(category, what, b.method(), b.url(), h, body);
    }

    static String fill(String template, Map<String, String> values) {
        Matcher m = PATH_PARAM.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(Matrix.encodePath(values.get(m.group(1)))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A deep copy of {@code root} with the node at {@code path} replaced by {@code f} of it. */
    static JsonNode with(JsonNode root, List<Object> path, UnaryOperator<JsonNode> f) {
        if (path.isEmpty()) {
            return f.apply(root);
        }
        JsonNode copy = root.deepCopy();
        JsonNode parent = copy;
        for (int i = 0; i < path.size() - 1; i++) {
            parent = path.get(i) instanceof Integer idx ? parent.get(idx) : parent.get((String) path.get(i));
        }
        Object last = path.get(path.size() - 1);
        if (last instanceof Integer idx) {
            ((ArrayNode) parent).set(idx, f.apply(parent.get(idx)));
        } else {
            ((ObjectNode) parent).set((String) last, f.apply(parent.get((String) last)));
        }
        return copy;
    }

    private static JsonNode firstValue(JsonNode map) {
        Iterator<JsonNode> it = map.elements();
        return it.hasNext() ? it.next().deepCopy() : Json.NODES.booleanNode(true);
    }

    private static List<Object> append(List<Object> path, Object element) {
        List<Object> p = new ArrayList<>(path);
        p.add(element);
        return p;
    }

    static String at(List<Object> path, String what) {
        StringBuilder b = new StringBuilder();
        for (Object o : path) {
            if (o instanceof Integer i) {
                b.append('[').append(i).append(']');
            } else {
                b.append(b.isEmpty() ? "" : ".").append(o);
            }
        }
        return (b.isEmpty() ? "body" : b) + ": " + what;
    }

    private static TextNode text(String s) {
        return TextNode.valueOf(s);
    }

    private static String valid(JsonNode current, String fallback) {
        return current != null && current.isTextual() && !current.asText().isEmpty() ? current.asText() : fallback;
    }

    private static String repeatTo(String seed, int length) {
        StringBuilder b = new StringBuilder(seed);
        while (b.length() < length) {
            b.append(seed);
        }
        return b.substring(0, length);
    }

    /**
     * Whether a value satisfies a schema pattern as the services check it: {@code \S} is what SmallRye writes for
     * {@code @NotBlank} (some non-blank character), every other pattern comes from {@code @Pattern} (the whole value).
     */
    static boolean matches(String pattern, String value) {
        if (pattern.equals("\\S")) {
            return !value.isBlank();
        }
        return fullyMatches(pattern, value);
    }

    private static boolean fullyMatches(String pattern, String value) {
        try {
            return Pattern.compile(pattern).matcher(value).find() && Pattern.compile("^(?:" + pattern + ")$").matcher(value).matches();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** A value of the pattern's shape that names nothing (digits for a unit code, a capitalised code...). */
    private static String unknownMatching(String pattern) {
        for (String candidate : new String[] {"99", "999", "99999", "Z" + Fixtures.RUN.toUpperCase(Locale.ROOT), "99"}) {
            if (fullyMatches(pattern, candidate)) {
                return candidate;
            }
        }
        return null;
    }

    static String abbreviate(String s) {
        String clean = s.replace("\u0000", "\\0").replace("\n", "\\n");
        return clean.length() > 40 ? clean.substring(0, 37) + "…(" + s.length() + ")" : clean;
    }

    private static String hex(byte[] bytes) {
        StringBuilder b = new StringBuilder();
        for (byte x : bytes) {
            b.append(String.format("%02X", x));
        }
        return b.toString();
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int i = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, i, p.length);
            i += p.length;
        }
        return out;
    }
}
