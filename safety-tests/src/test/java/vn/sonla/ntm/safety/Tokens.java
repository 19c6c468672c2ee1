package vn.sonla.ntm.safety;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Access tokens, all from the real Keycloak of the stack except the ones that must not be (docs/decisions/0080):
 * <ul>
 *   <li>demo users by the password grant on {@code ntm-cli}; external systems by client credentials;</li>
 *   <li>expired: a real token of {@code ntm-safety-short} (5-second access tokens, demo realm only), used after it
 *       expired;</li>
 *   <li>another audience: a real token of {@code ntm-safety-other-audience}, shaped like an ntm-api token (roles,
 *       scope claims) but for audience {@code ntm-other};</li>
 *   <li>foreign key: a real token's header and claims re-signed with an RSA key generated here, keeping Keycloak's key
 *       id (so the services do not even fetch new keys: the signature alone must fail);</li>
 *   <li>tampered: a real observer token whose roles were changed to coordinator, signature untouched; and
 *       {@code alg: none}: the same claims without a signature.</li>
 * </ul>
 */
final class Tokens {

    static final String DEMO_PASSWORD = "ntm-demo";

    private static final Map<String, Held> CACHE = new ConcurrentHashMap<>();
    private static final KeyPair FOREIGN = generate();

    private record Held(String token, long exp) {
    }

    private Tokens() {
    }

    /** A demo user's token (cached until a minute before it expires). */
    static String user(String username) {
        return cached("user:" + username, () -> passwordGrant("ntm-cli", username));
    }

    static String external() {
        return client("external-demo", "external-demo-secret");
    }

    static String client(String clientId, String secret) {
        return cached("client:" + clientId, () -> clientCredentials(clientId, secret));
    }

    /** A token made once per run (until it is within a minute of its expiry) and reused. */
    static String derived(String key, java.util.function.Supplier<String> make) {
        return cached("derived:" + key, make);
    }

    /** Forgets every cached token (after Keycloak was restarted with new keys). */
    static void forgetAll() {
        CACHE.clear();
    }

    private static String cached(String key, java.util.function.Supplier<String> fetch) {
        Held held = CACHE.get(key);
        if (held == null || held.exp < Instant.now().getEpochSecond() + 60) {
            String token = fetch.get();
            held = new Held(token, claims(token).path("exp").asLong());
            CACHE.put(key, held);
        }
        return held.token;
    }

    static String passwordGrant(String clientId, String username) {
        Http.Reply r = tokenRequest(Map.of("grant_type", "password", "client_id", clientId, "username", username,
                "password", DEMO_PASSWORD));
        return r.expect(200).json().path("access_token").asText();
    }

    static String clientCredentials(String clientId, String secret) {
        Http.Reply r = tokenRequest(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
        return r.expect(200).json().path("access_token").asText();
    }

    static Http.Reply tokenRequest(Map<String, String> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return Http.post(Stack.tokenEndpoint()).timeout(java.time.Duration.ofSeconds(15))
                .body(body.toString().getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded").send();
    }

    /** A real token of a 5-second client; the caller waits until {@link #expiry(String)} has passed. */
    static String shortLived(String username) {
        return passwordGrant("ntm-safety-short", username);
    }

    static String otherAudience(String username) {
        return passwordGrant("ntm-safety-other-audience", username);
    }

    static long expiry(String token) {
        return claims(token).path("exp").asLong();
    }

    /** The same header and claims, signed by a key Keycloak never had. */
    static String foreignKey(String realToken) {
        String[] parts = realToken.split("\\.");
        String signingInput = parts[0] + "." + parts[1];
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(FOREIGN.getPrivate());
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + b64(rsa.sign());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A real token whose roles claim now says coordinator; the signature is the original one. */
    static String tampered(String realToken) {
        String[] parts = realToken.split("\\.");
        ObjectNode claims = (ObjectNode) claims(realToken);
        claims.putArray("roles").add("coordinator");
        return parts[0] + "." + b64(Json.bytes(claims)) + "." + parts[2];
    }

    /** The claims of a real token with {@code alg: none} and no signature. */
    static String unsigned(String realToken) {
        String[] parts = realToken.split("\\.");
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", "none");
        header.put("typ", "JWT");
        return b64(Json.bytes(header)) + "." + parts[1] + ".";
    }

    static JsonNode claims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("not a JWT");
        }
        return Json.read(Base64.getUrlDecoder().decode(parts[1]));
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
