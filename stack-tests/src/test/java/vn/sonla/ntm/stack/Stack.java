package vn.sonla.ntm.stack;

/**
 * Where the running stack listens, from the environment, with the local defaults of DESIGN.md §7.
 *
 * <p>Every check of Keycloak, the three services and the gateway always runs: {@code ./ntm test} starts all of them,
 * so a component that is missing or broken fails the run.
 */
final class Stack {

    static final String REALM = "ntm";

    private Stack() {
    }

    static String keycloak() {
        return env("NTM_KEYCLOAK_URL", "http://localhost:8180");
    }

    /** The issuer every token must carry, however Keycloak was reached (DESIGN.md §7). */
    static String expectedIssuer() {
        return env("NTM_EXPECTED_ISSUER", "http://localhost:8180/realms/" + REALM);
    }

    static String tokenEndpoint(String keycloakBaseUrl) {
        return keycloakBaseUrl + "/realms/" + REALM + "/protocol/openid-connect/token";
    }

    static String criteria() {
        return env("NTM_CRITERIA_URL", "http://localhost:8081");
    }

    static String assessment() {
        return env("NTM_ASSESSMENT_URL", "http://localhost:8082");
    }

    static String funding() {
        return env("NTM_FUNDING_URL", "http://localhost:8083");
    }

    static String gateway() {
        return env("NTM_GATEWAY_URL", "http://localhost:8080");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.replaceAll("/+$", "");
    }
}
