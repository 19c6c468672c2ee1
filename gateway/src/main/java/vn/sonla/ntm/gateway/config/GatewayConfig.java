package vn.sonla.ntm.gateway.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Everything the gateway is told from outside (application.properties, then the environment). */
@ConfigMapping(prefix = "ntm.gateway")
public interface GatewayConfig {

    /** Base URLs of the services, without a trailing slash. */
    Services services();

    /** The province the dashboards show when the caller names none (GSO code). */
    @WithDefault("14")
    String defaultProvinceCode();

    Forwarding forwarding();

    Status status();

    Keycloak keycloak();

    Spa spa();

    OpenApi openapi();

    interface Services {
        String criteria();

        String assessment();

        String funding();
    }

    interface Forwarding {
        /** Largest request body passed on (evidence files are at most 10 MB). */
        @WithDefault("12582912")
        long maxBodyBytes();

        @WithDefault("PT2S")
        Duration connectTimeout();

        /** A forwarded call that sends nothing for this long is cut (Excel reports can take a while). */
        @WithDefault("PT30S")
        Duration idleTimeout();

        @WithDefault("64")
        int maxConnectionsPerService();
    }

    interface Status {
        /** Requests a client may make at once (the bucket's size). */
        @WithDefault("120")
        long burst();

        /** Tokens put back per refill period, spread evenly over it. */
        @WithDefault("120")
        long refill();

        @WithDefault("PT1M")
        Duration refillPeriod();
    }

    interface Keycloak {
        /** Keycloak as the browser reaches it (the SPA, Swagger UI and the CSP use it). */
        @WithDefault("http://localhost:8180")
        String publicUrl();

        @WithDefault("ntm")
        String realm();

        @WithDefault("ntm-spa")
        String spaClientId();
    }

    interface Spa {
        /** The built SPA (frontend/dist); relative paths are resolved against the working directory. */
        @WithDefault("../frontend/dist")
        String dir();

        /** Written into /config.json: where the SPA sends API calls ("" = the origin that served it). */
        @WithDefault("")
        Optional<String> apiBaseUrl();
    }

    interface OpenApi {
        /** How long a merged document is served before the services' documents are read again. */
        @WithDefault("PT5M")
        Duration refreshAfter();

        /** After a failed read of a service's document, how soon to try again. */
        @WithDefault("PT15S")
        Duration retryAfter();
    }
}
