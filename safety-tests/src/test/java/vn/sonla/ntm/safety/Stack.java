package vn.sonla.ntm.safety;

import java.nio.file.Path;

/**
 * Where the running stack listens (the local defaults of DESIGN.md §7, overridable like the stack tests'), the
 * checkout that started it ({@code .ntm/run} pid files, {@code ./ntm up <component>}) and the databases it runs on
 * ({@code ntm_<service><NTM_DB_SUFFIX>}, {@code _stack} under {@code ./ntm test}). Everything is on 127.0.0.1.
 */
final class Stack {

    static final String REALM = "ntm";

    /** The three services with a database, and the gateway. */
    enum Service {
        CRITERIA("criteria", "NTM_CRITERIA_URL", 8081),
        ASSESSMENT("assessment", "NTM_ASSESSMENT_URL", 8082),
        FUNDING("funding", "NTM_FUNDING_URL", 8083),
        GATEWAY("gateway", "NTM_GATEWAY_URL", 8080);

        final String key;
        final String env;
        final int port;

        Service(String key, String env, int port) {
            this.key = key;
            this.env = env;
            this.port = port;
        }

        String url() {
            return Stack.env(env, "http://localhost:" + port);
        }

        /** The component name {@code ./ntm} knows it by. */
        String component() {
            return this == GATEWAY ? "gateway" : key + "-service";
        }

        boolean hasDatabase() {
            return this != GATEWAY;
        }

        String database() {
            return "ntm_" + key + Stack.dbSuffix();
        }

        static Service of(String key) {
            for (Service s : values()) {
                if (s.key.equals(key)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("no service " + key);
        }
    }

    private Stack() {
    }

    static String keycloak() {
        return env("NTM_KEYCLOAK_URL", "http://localhost:8180");
    }

    static String tokenEndpoint() {
        return keycloak() + "/realms/" + REALM + "/protocol/openid-connect/token";
    }

    /** NTM_DB_SUFFIX, else the suffix of the stack ./ntm up started here (.ntm/run/db-suffix), else _stack. */
    static String dbSuffix() {
        String suffix = System.getenv("NTM_DB_SUFFIX");
        if (suffix != null) {
            return suffix;
        }
        Path running = root().resolve(".ntm/run/db-suffix");
        try {
            if (java.nio.file.Files.isRegularFile(running)) {
                return java.nio.file.Files.readString(running).strip();
            }
        } catch (java.io.IOException e) {
            // fall through
        }
        return "_stack";
    }

    static String jdbcUrl(Service service) {
        return env("NTM_SAFETY_PG_URL", "jdbc:postgresql://127.0.0.1:5432/") + service.database();
    }

    static Path root() {
        return Path.of(System.getProperty("ntm.root", "..")).toAbsolutePath().normalize();
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.replaceAll("/+$", "");
    }
}
