package vn.sonla.ntm.loader.http;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Access tokens of the demo users from Keycloak (password grant on the public client {@code ntm-cli}, which only the
 * demo realm has), one per user name, reused until 30 seconds before they expire. Thread-safe, so a later bulk
 * loader can share it between workers.
 */
public final class TokenCache {

    private record Token(String value, Instant expires) {
    }

    private final JsonHttp http;
    private final String tokenEndpoint;
    private final String clientId;
    private final String password;
    private final Clock clock;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    public TokenCache(JsonHttp http, String keycloakUrl, String realm, String clientId, String password, Clock clock) {
        this.http = http;
        this.tokenEndpoint = keycloakUrl.replaceAll("/+$", "") + "/realms/" + realm + "/protocol/openid-connect/token";
        this.clientId = clientId;
        this.password = password;
        this.clock = clock;
    }

    /** A valid access token of {@code username}. */
    public String of(String username) {
        Token t = tokens.get(username);
        if (t != null && clock.instant().isBefore(t.expires())) {
            return t.value();
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", clientId);
        form.put("username", username);
        form.put("password", password);
        form.put("scope", "openid");
        JsonNode answer;
        try {
            answer = http.postForm(tokenEndpoint, form);
        } catch (ApiException e) {
            throw new IllegalStateException("Keycloak refused a token for '" + username + "' (client " + clientId
                    + "; the demo realm's users and client ntm-cli are needed): " + e.getMessage(), e);
        }
        long lifetime = answer.path("expires_in").asLong(60);
        Token fresh = new Token(answer.path("access_token").asText(), clock.instant().plusSeconds(Math.max(5, lifetime - 30)));
        tokens.put(username, fresh);
        return fresh.value();
    }

    public String tokenEndpoint() {
        return tokenEndpoint;
    }
}
