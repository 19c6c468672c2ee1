package vn.sonla.ntm.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import vn.sonla.ntm.safety.Stack.Service;

/**
 * The gateway as the one public origin: security headers on the SPA, the API and the documentation (a
 * Content-Security-Policy that allows no inline script on the SPA, no sniffing, no framing; HSTS only over TLS), CORS
 * for the configured origins only, request size limits answered as problems, and the external systems' rate limit
 * (429 with Retry-After, for that client only).
 */
@Order(5)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HeadersAndLimitsSafetyIT {

    static final String ALLOWED_ORIGIN = Stack.env("NTM_SAFETY_CORS_ORIGIN", "http://localhost:5173");

    @Test
    @Order(1)
    void everyKindOfAnswerCarriesTheSecurityHeaders() {
        List<String> problems = new ArrayList<>();
        String gw = Service.GATEWAY.url();
        String token = Tokens.user("coordinator");
        List<Http.Call> calls = List.of(
                Http.get(gw + "/").header("Accept", "text/html"),
                Http.get(gw + "/assessments/123").header("Accept", "text/html"),
                Http.get(gw + "/config.json"),
                Http.get(gw + "/api/v1/dashboard/province?year=2020").bearer(token),
                Http.get(gw + "/api/v1/assessments").bearer(token),
                Http.get(gw + "/api/v1/assessments"),
                Http.get(gw + "/api/v1/no-such-thing").bearer(token),
                Http.post(gw + "/api/v1/obstacles").bearer(token).body("{".getBytes(StandardCharsets.UTF_8), "application/json"),
                Http.get(gw + "/q/openapi"),
                Http.get(gw + "/q/swagger-ui/").header("Accept", "text/html"));
        for (Http.Call c : calls) {
            Http.Reply r = c.send();
            Report.inc("headers: gateway answers checked");
            String where = c + " (" + r.status() + ")";
            if (r.status() == 0) {
                problems.add(where + ": no answer");
                continue;
            }
            expect(problems, where, r, "X-Content-Type-Options", "nosniff");
            expect(problems, where, r, "X-Frame-Options", "DENY");
            String csp = r.header("Content-Security-Policy").orElse("");
            if (!csp.contains("frame-ancestors 'none'")) {
                problems.add(where + ": Content-Security-Policy without frame-ancestors 'none': " + csp);
            }
            if (c.url.contains("/api/") && !csp.startsWith("default-src 'none'")) {
                problems.add(where + ": an API answer's policy must allow nothing: " + csp);
            }
            if (!c.url.contains("/api/") && !c.url.contains("/q/")) {
                String script = directive(csp, "script-src");
                if (!script.equals("'self'")) {
                    problems.add(where + ": the SPA's script-src must be 'self' only (no inline, no eval): " + csp);
                }
                if (!csp.contains("object-src 'none'") || !csp.contains("base-uri 'self'")) {
                    problems.add(where + ": the SPA's policy lacks object-src 'none' or base-uri 'self': " + csp);
                }
            }
            if (r.header("Strict-Transport-Security").isPresent()) {
                problems.add(where + ": HSTS over plain http (it belongs to TLS answers only)");
            }
            if (r.header("Server").map(s -> s.matches(".*\\d.*")).orElse(false)) {
                problems.add(where + ": the Server header tells a version: " + r.header("Server").get());
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * HSTS: the gateway sends it on TLS answers. Locally it speaks plain http; a TLS-terminating proxy in front of it
     * announces TLS with X-Forwarded-Proto, which only a gateway configured to trust that proxy may believe
     * ({@code quarkus.http.proxy.*}). Untrusted, the header must change nothing (a client cannot switch HSTS on for
     * itself); trusted (NTM_SAFETY_TRUSTED_PROXY=true, a deployment's setting), it must add HSTS.
     */
    @Test
    @Order(2)
    void hstsFollowsTlsAsTheGatewayIsConfiguredToSeeIt() {
        boolean trusted = Boolean.parseBoolean(Stack.env("NTM_SAFETY_TRUSTED_PROXY", "false"));
        Http.Reply r = Http.get(Service.GATEWAY.url() + "/").header("Accept", "text/html").header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "ntm.sonla.gov.vn").send();
        Report.inc("headers: gateway answers checked");
        if (trusted) {
            assertThat(r.header("Strict-Transport-Security")).as("HSTS behind a trusted TLS proxy").hasValueSatisfying(
                    v -> assertThat(v).contains("max-age=31536000"));
        } else {
            assertThat(r.header("Strict-Transport-Security")).as("HSTS claimed by an untrusted X-Forwarded-Proto").isEmpty();
        }
    }

    @Test
    @Order(3)
    void corsAnswersTheConfiguredOriginsOnly() {
        List<String> problems = new ArrayList<>();
        String url = Service.GATEWAY.url() + "/api/v1/assessments";
        Http.Reply allowed = Http.method("OPTIONS", url).header("Origin", ALLOWED_ORIGIN).header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,if-match,content-type").send();
        Report.inc("headers: CORS requests checked");
        if (!allowed.header("Access-Control-Allow-Origin").map(ALLOWED_ORIGIN::equals).orElse(false)) {
            problems.add("preflight from the configured origin " + ALLOWED_ORIGIN + ": " + allowed + " " + allowed.headers());
        }
        for (String origin : new String[] {"https://evil.example", "http://localhost:5173.evil.example", "null", "http://localhost:8080.evil",
            "http://127.0.0.1:5173", "https://localhost:5173"}) {
            for (String method : new String[] {"GET", "PUT", "DELETE"}) {
                Http.Reply pre = Http.method("OPTIONS", url).header("Origin", origin).header("Access-Control-Request-Method", method)
                        .header("Access-Control-Request-Headers", "authorization").send();
                Report.inc("headers: CORS requests checked");
                String acao = pre.header("Access-Control-Allow-Origin").orElse("");
                if (acao.equals(origin) || acao.equals("*")) {
                    problems.add("preflight " + method + " from " + origin + " allowed: " + pre.headers());
                }
            }
            Http.Reply simple = Http.get(url).header("Origin", origin).bearer(Tokens.user("coordinator")).send();
            Report.inc("headers: CORS requests checked");
            String acao = simple.header("Access-Control-Allow-Origin").orElse("");
            if (acao.equals(origin) || acao.equals("*")) {
                problems.add("GET from " + origin + " readable cross-origin: " + simple.headers());
            }
            if (simple.header("Access-Control-Allow-Credentials").map("true"::equals).orElse(false)) {
                problems.add("GET from " + origin + " allows credentials");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    @Order(4)
    void bodiesPastTheLimitAreRefusedAsProblems() {
        List<String> problems = new ArrayList<>();
        String token = Tokens.user("coordinator");
        byte[] big = new byte[13 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');
        big[0] = '{';
        big[big.length - 1] = '}';
        for (Service s : List.of(Service.GATEWAY, Service.CRITERIA, Service.ASSESSMENT, Service.FUNDING)) {
            String path = s == Service.CRITERIA ? "/api/v1/departments" : s == Service.FUNDING ? "/api/v1/funding-sources" : "/api/v1/obstacles";
            java.util.Map<String, String> before = s.hasDatabase() ? Db.fingerprint(s) : null;
            Http.Reply r = Http.post(s.url() + path).bearer(token).body(big, "application/json").timeout(java.time.Duration.ofSeconds(60)).send();
            Report.inc("limits: oversize bodies refused");
            if (r.status() == 0 && s != Service.GATEWAY) {
                // refused by the HTTP layer while the body was still coming: the connection closed before an answer was read
                Report.line("limits: " + s.component() + " closes the connection on an announced 13 MB body (" + r + ")");
            } else if (r.status() != 413) {
                problems.add(s.component() + ": a 13 MB body got " + r);
            } else if (!r.isProblem()) {
                // refused by the HTTP layer on its Content-Length before any handler: no body at all, nothing leaks
                Report.line("limits: " + s.component() + " refuses an announced 13 MB body with a bare 413 (HTTP layer, no problem body)");
            }
            if (before != null && !before.equals(Db.fingerprint(s))) {
                problems.add(s.component() + ": the database changed after an oversize body");
            }
        }
        // the gateway's limit holds for a body that does not announce its length, too
        Http.Reply chunked = Http.post(Service.GATEWAY.url() + "/api/v1/obstacles").bearer(token)
                .header("Content-Type", "application/json").timeout(java.time.Duration.ofSeconds(60))
                .streaming(big).send();
        Report.inc("limits: oversize bodies refused");
        if (chunked.status() != 413 || !chunked.isProblem()) {
            problems.add("gateway: a 13 MB chunked body got " + chunked + " (expected a 413 problem)");
        }
        assertThat(problems).isEmpty();
    }

    @Test
    @Order(5)
    void anExternalSystemPastItsBudgetGets429WithRetryAfterAndOthersAreNotThrottled() {
        String token = Tokens.client("ntm-safety-external", "ntm-safety-external-secret");
        String url = Service.GATEWAY.url() + "/api/v1/status/communes/04120";
        int ok = 0;
        Http.Reply limited = null;
        for (int i = 0; i < 400 && limited == null; i++) {
            Http.Reply r = Http.get(url).bearer(token).send();
            Report.inc("limits: external API requests sent");
            if (r.status() == 200) {
                ok++;
            } else if (r.status() == 429) {
                limited = r;
            } else {
                throw new AssertionError("status API answered " + r);
            }
        }
        assertThat(limited).as("a 429 after %d answers", ok).isNotNull();
        assertThat(limited.isProblem()).as("429 is a problem: %s", limited).isTrue();
        long retry = Long.parseLong(limited.header("Retry-After").orElseThrow(() -> new AssertionError("429 without Retry-After")));
        assertThat(retry).isBetween(1L, 3600L);
        Report.line("limits: the external client got 429 (Retry-After " + retry + " s) after " + ok + " requests");
        Report.inc("limits: 429 answers with Retry-After");
        // forwarded paths count against the same budget
        Http.Reply forwarded = Http.get(Service.GATEWAY.url() + "/api/v1/criteria-sets").bearer(token).send();
        assertThat(forwarded.status()).as("a forwarded read by the throttled client").isEqualTo(429);
        // another external system and the officials are not throttled by it
        assertThat(Http.get(url).bearer(Tokens.external()).send().status()).as("external-demo").isEqualTo(200);
        assertThat(Http.get(url).bearer(Tokens.user("coordinator")).send().status()).as("the coordinator").isEqualTo(200);
    }

    private static void expect(List<String> problems, String where, Http.Reply r, String header, String value) {
        String actual = r.header(header).orElse(null);
        if (!value.equals(actual)) {
            problems.add(where + ": " + header + " is " + actual + ", expected " + value);
        }
    }

    private static String directive(String csp, String name) {
        for (String part : csp.split(";")) {
            String p = part.trim();
            if (p.startsWith(name + " ")) {
                return p.substring(name.length() + 1).trim();
            }
        }
        return "";
    }
}
