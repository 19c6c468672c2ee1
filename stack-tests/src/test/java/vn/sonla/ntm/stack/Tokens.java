package vn.sonla.ntm.stack;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Real access tokens from the demo realm: the password grant on the demo-only client {@code ntm-cli}
 * for a demo user, client credentials on {@code external-demo}. Cached per caller for the run (the
 * tokens live 15 minutes).
 */
final class Tokens {

    static final String DEMO_PASSWORD = "ntm-demo";
    static final String EXTERNAL_CLIENT = "external-demo";
    static final String EXTERNAL_SECRET = "external-demo-secret";

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    /** Access token of a demo user (password {@code ntm-demo}). */
    static String of(String username) {
        return CACHE.computeIfAbsent("user:" + username, u -> passwordGrant(Stack.keycloak(), username));
    }

    /** Access token of the demo external system. */
    static String external() {
        return CACHE.computeIfAbsent("client:" + EXTERNAL_CLIENT, c -> clientCredentials(Stack.keycloak()));
    }

    static String passwordGrant(String keycloakBaseUrl, String username) {
        return given()
                .contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", "ntm-cli")
                .formParam("username", username)
                .formParam("password", DEMO_PASSWORD)
                .when()
                .post(Stack.tokenEndpoint(keycloakBaseUrl))
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    static String clientCredentials(String keycloakBaseUrl) {
        return given()
                .contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", EXTERNAL_CLIENT)
                .formParam("client_secret", EXTERNAL_SECRET)
                .when()
                .post(Stack.tokenEndpoint(keycloakBaseUrl))
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    /** The claims of a JWT, read without verifying it (the services verify; this only inspects). */
    static JsonPath claims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a signed JWT: " + parts.length + " parts");
        }
        return new JsonPath(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }
}
