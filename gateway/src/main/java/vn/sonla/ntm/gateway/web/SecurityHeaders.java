package vn.sonla.ntm.gateway.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import vn.sonla.ntm.gateway.config.GatewayConfig;

/**
 * Headers every answer carries (docs/decisions/0044): no MIME sniffing, no framing by other sites, no referrer beyond
 * the origin, a Content-Security-Policy per kind of answer, and HSTS only when the request came over TLS (directly or
 * through a proxy Quarkus is told to trust): on plain http://localhost it would be meaningless or harmful.
 */
@ApplicationScoped
public class SecurityHeaders {

    @Inject
    GatewayConfig config;

    private String spaPolicy;
    private String swaggerPolicy;

    void install(@Observes Router router) {
        String keycloak = origin(config.keycloak().publicUrl());
        // Ant Design writes its styles at run time (style-src 'unsafe-inline'); oidc-client-ts talks to Keycloak with fetch
        // and renews silently in a hidden iframe (connect-src, frame-src); the login form posts to Keycloak (form-action).
        spaPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
                + "connect-src 'self' " + keycloak + "; frame-src " + keycloak + "; form-action 'self' " + keycloak + "; "
                + "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
        // Swagger UI's page configures itself in inline scripts
        swaggerPolicy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                + "connect-src 'self' " + keycloak + "; form-action 'self' " + keycloak + "; frame-ancestors 'none'; object-src 'none'";
        router.route().order(RouteConstants.ROUTE_ORDER_HEADERS).handler(this::add);
    }

    void add(RoutingContext ctx) {
        String path = ctx.request().path();
        String scheme = ctx.request().scheme();
        ctx.addHeadersEndHandler(ignored -> {
            HttpServerResponse r = ctx.response();
            r.headers().set("X-Content-Type-Options", "nosniff");
            r.headers().set("X-Frame-Options", "DENY");
            r.headers().set("Referrer-Policy", "strict-origin-when-cross-origin");
            if (!r.headers().contains("Content-Security-Policy")) {
                r.headers().set("Content-Security-Policy", policyFor(path));
            }
            if ("https".equals(scheme)) {
                r.headers().set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
            }
        });
        ctx.next();
    }

    String policyFor(String path) {
        if (path.startsWith("/api/")) {
            return "default-src 'none'; frame-ancestors 'none'";
        }
        if (path.startsWith("/q/")) {
            return swaggerPolicy;
        }
        return spaPolicy;
    }

    static String origin(String url) {
        return url.replaceAll("^(https?://[^/]+).*$", "$1");
    }
}
