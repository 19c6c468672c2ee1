package vn.sonla.ntm.gateway.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.StaticHandler;
import vn.sonla.ntm.gateway.config.GatewayConfig;

/**
 * The SPA from the built {@code frontend/dist} (docs/decisions/0044): {@code /config.json} written from this
 * gateway's configuration, hashed assets cached for a year, {@code index.html} revalidated every time, and every other
 * GET of an app route answered with {@code index.html} so a deep link or a reload works. Never for {@code /api} or
 * {@code /q}: an unknown API path stays a 404 problem, not a web page.
 */
@ApplicationScoped
public class SpaRoutes {

    private static final Logger LOG = Logger.getLogger(SpaRoutes.class);

    @Inject
    GatewayConfig config;

    @Inject
    ObjectMapper json;

    private Path root;
    private byte[] runtimeConfig;

    void install(@Observes Router router) throws JsonProcessingException {
        root = Path.of(config.spa().dir()).toAbsolutePath().normalize();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("keycloakUrl", config.keycloak().publicUrl());
        values.put("realm", config.keycloak().realm());
        values.put("clientId", config.keycloak().spaClientId());
        values.put("apiBaseUrl", config.spa().apiBaseUrl().orElse(""));
        runtimeConfig = json.writeValueAsBytes(values);
        if (!Files.isRegularFile(root.resolve("index.html"))) {
            LOG.warnf("no SPA at %s (index.html missing): build it with 'npm ci && npm run build' in frontend/, or set NTM_SPA_DIR", root);
        } else {
            LOG.infof("serving the SPA from %s", root);
        }

        int order = RouteConstants.ROUTE_ORDER_AFTER_DEFAULT;
        router.route(HttpMethod.GET, "/config.json").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(ctx -> ctx.response()
                .putHeader("Content-Type", "application/json").putHeader("Cache-Control", "no-cache").end(io.vertx.core.buffer.Buffer.buffer(runtimeConfig)));
        StaticHandler files = StaticHandler.create(io.vertx.ext.web.handler.FileSystemAccess.ROOT, root.toString())
                .setIndexPage("index.html")
                .setCachingEnabled(false)
                .setDirectoryListing(false)
                .setIncludeHidden(false)
                .setDefaultContentEncoding("UTF-8");
        router.route().method(HttpMethod.GET).method(HttpMethod.HEAD).order(order).handler(this::app).handler(files);
        router.route().method(HttpMethod.GET).method(HttpMethod.HEAD).order(order + 1).handler(this::fallback);
    }

    /** Hashed build output never changes under its name; everything else is checked with the server each time. */
    void app(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (reserved(path)) {
            ctx.next();
            return;
        }
        ctx.response().putHeader("Cache-Control", path.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache");
        ctx.next();
    }

    /** A path no file answers: an app route, so the app's shell (the router in the browser takes it from there). */
    void fallback(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        Path index = root.resolve("index.html");
        if (reserved(path) || path.startsWith("/assets/") || !Files.isRegularFile(index)) {
            ctx.next();
            return;
        }
        ctx.response().putHeader("Content-Type", "text/html;charset=UTF-8").putHeader("Cache-Control", "no-cache").sendFile(index.toString());
    }

    static boolean reserved(String path) {
        return path.equals("/api") || path.startsWith("/api/") || path.equals("/q") || path.startsWith("/q/");
    }
}
