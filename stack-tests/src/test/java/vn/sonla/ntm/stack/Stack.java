package vn.sonla.ntm.stack;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;

/**
 * Where the running stack listens, from the environment, with the local defaults of DESIGN.md §7.
 *
 * <p>{@code NTM_STACK_COMPONENTS} (comma-separated, written by {@code ./ntm test}) names what
 * {@code ./ntm up} started; a check of a service that is not in the tree yet is skipped. Without the
 * variable every component is expected, so a run against a full stack checks everything.
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

    static boolean runs(String component) {
        return components().map(c -> c.contains(component)).orElse(true);
    }

    static void assumeRunning(String component) {
        Assumptions.assumeTrue(runs(component),
                component + " is not part of this stack (NTM_STACK_COMPONENTS=" + components().orElse(Set.of()) + ")");
    }

    private static Optional<Set<String>> components() {
        return Optional.ofNullable(System.getenv("NTM_STACK_COMPONENTS"))
                .filter(s -> !s.isBlank())
                .map(s -> Arrays.stream(s.split(",")).map(String::trim).collect(Collectors.toSet()));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.replaceAll("/+$", "");
    }
}
