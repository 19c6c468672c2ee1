package vn.sonla.ntm.gateway.routing;

import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import vn.sonla.ntm.common.Problem;
import vn.sonla.ntm.common.Roles;
import vn.sonla.ntm.gateway.application.PublishedCatalogue;
import vn.sonla.ntm.gateway.application.RateLimits;
import vn.sonla.ntm.gateway.client.Downstream;
import vn.sonla.ntm.gateway.config.GatewayConfig;

/**
 * Passes every path of {@link RoutingTable} to its service and the answer back, streaming both bodies (multipart
 * uploads and Excel files go through byte for byte, never held whole in memory). Only the headers that mean something
 * end to end cross, in each direction. The caller must bring a valid token (the gateway checks it, then the service
 * checks it again, with its roles and scope); external systems spend their rate-limit budget here too.
 */
@ApplicationScoped
public class Forwarder {

    private static final Logger LOG = Logger.getLogger(Forwarder.class);

    static final List<String> REQUEST_HEADERS = List.of("Authorization", "If-Match", "If-None-Match", "Content-Type",
            "Content-Length", "Accept", "Accept-Language");
    static final List<String> RESPONSE_HEADERS = List.of("Content-Type", "Content-Length", "Content-Disposition", "ETag",
            "Location", "Cache-Control", "Last-Modified", "Allow", "WWW-Authenticate", "Retry-After", "Vary");
    private static final Set<HttpMethod> BODILESS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.DELETE, HttpMethod.OPTIONS);
    private static final Pattern VERSION_WRITE = Pattern.compile("/api/v1/criteria-sets/([^/]+)/versions/([^/]+)(/.*)?");

    @Inject
    Vertx vertx;

    @Inject
    GatewayConfig config;

    @Inject
    PublishedCatalogue catalogue;

    @Inject
    RateLimits limits;

    @Inject
    ObjectMapper json;

    private HttpClient client;

    void install(@Observes Router router) {
        GatewayConfig.Forwarding f = config.forwarding();
        client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) f.connectTimeout().toMillis())
                .setKeepAlive(true)
                .setDecompressionSupported(false),
                new PoolOptions().setHttp1MaxSize(f.maxConnectionsPerService()));
        router.route("/api/v1/*").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::handle);
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.close();
        }
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        var target = RoutingTable.resolve(request.method().name(), request.path());
        if (target.isEmpty()) {
            ctx.next();
            return;
        }
        request.pause();
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        boolean hasBody = !BODILESS.contains(request.method()) && (length != null ? !"0".equals(length)
                : request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null);
        if (length != null && parseLength(length) > config.forwarding().maxBodyBytes()) {
            tooLarge(ctx);
            return;
        }
        QuarkusHttpUser.getSecurityIdentity(ctx, null).subscribe().with(identity -> {
            if (identity == null || identity.isAnonymous()) {
                unauthenticated(ctx);
                return;
            }
            if (identity.hasRole(Roles.EXTERNAL_SYSTEM)) {
                OptionalLong wait = limits.take(clientId(identity));
                if (wait.isPresent()) {
                    problem(ctx, 429, "/problems/rate-limited", "Too many requests",
                            "This client has used its request budget; try again in " + wait.getAsLong() + " s",
                            Long.toString(wait.getAsLong()));
                    return;
                }
            }
            forward(ctx, target.get(), hasBody);
        }, failure -> unauthenticated(ctx));
    }

    private void forward(RoutingContext ctx, RoutingTable.Target target, boolean hasBody) {
        HttpServerRequest request = ctx.request();
        if (!hasBody) {
            request.resume();
        }
        Downstream service = target.route().service();
        String query = request.query();
        RequestOptions options = new RequestOptions()
                .setMethod(request.method())
                .setAbsoluteURI(baseUrl(service) + target.servicePath() + (query == null || query.isEmpty() ? "" : "?" + query))
                .setIdleTimeout(config.forwarding().idleTimeout().toMillis());
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        for (String name : REQUEST_HEADERS) {
            List<String> values = request.headers().getAll(name);
            if (!values.isEmpty()) {
                headers.add(name, values);
            }
        }
        options.setHeaders(headers);
        client.request(options).onComplete(opened -> {
            if (opened.failed()) {
                failed(ctx, service, opened.cause());
                return;
            }
            HttpClientRequest upstream = opened.result();
            if (hasBody && request.getHeader(HttpHeaders.CONTENT_LENGTH) == null) {
                upstream.setChunked(true);
            }
            CappedBody body = new CappedBody(request, config.forwarding().maxBodyBytes(), () -> {
                tooLarge(ctx); // first: resetting the upstream request fails it at once, and that would answer 503
                upstream.reset();
            });
            (hasBody ? upstream.send(body) : upstream.send()).onComplete(answered -> {
                if (answered.failed()) {
                    failed(ctx, service, answered.cause());
                    return;
                }
                relay(ctx, service, answered.result());
            });
        });
    }

    private void relay(RoutingContext ctx, Downstream service, HttpClientResponse answer) {
        HttpServerResponse response = ctx.response();
        if (response.closed() || response.ended()) {
            answer.request().reset();
            return;
        }
        response.setStatusCode(answer.statusCode());
        for (String name : RESPONSE_HEADERS) {
            List<String> values = answer.headers().getAll(name);
            if (values.isEmpty()) {
                continue;
            }
            if (name.equals("Location")) {
                response.putHeader(name, publicLocation(service, values.get(0)));
            } else {
                response.putHeader(name, values);
            }
        }
        if (answer.getHeader(HttpHeaders.CONTENT_LENGTH) == null) {
            response.setChunked(true);
        }
        forgetCatalogueVersion(ctx.request(), answer.statusCode());
        answer.pipeTo(response).onFailure(e -> LOG.debugf("relay from %s cut: %s", service.service(), e.toString()));
    }

    /** A write to a criteria-set version (publish, retire, edit) went through: the cache must not keep the old answer. */
    private void forgetCatalogueVersion(HttpServerRequest request, int status) {
        if (request.method() == HttpMethod.GET || status >= 400) {
            return;
        }
        Matcher m = VERSION_WRITE.matcher(request.path());
        if (m.matches()) {
            catalogue.forget(m.group(1), m.group(2));
        }
    }

    /** A service builds absolute Locations from its own address; the caller must see the gateway's path. */
    String publicLocation(Downstream service, String location) {
        String path = location;
        String base = baseUrl(service);
        if (location.startsWith(base)) {
            path = location.substring(base.length());
        } else if (location.matches("https?://[^/]+/.*")) {
            path = location.replaceFirst("https?://[^/]+", "");
        }
        int q = path.indexOf('?');
        String bare = q < 0 ? path : path.substring(0, q);
        String rest = q < 0 ? "" : path.substring(q);
        return RoutingTable.publicPath(service, bare).map(p -> p + rest).orElse(path);
    }

    private void failed(RoutingContext ctx, Downstream service, Throwable cause) {
        if (ctx.response().ended()) {
            return;
        }
        LOG.warnf("%s %s: %s did not answer: %s", ctx.request().method(), ctx.request().path(), service.service(), cause.toString());
        if (ctx.response().headWritten()) {
            ctx.response().reset();
            return;
        }
        if (cause instanceof TimeoutException || String.valueOf(cause.getMessage()).contains("timeout")) {
            problem(ctx, 504, "/problems/service-timeout", "Service timeout", service.service() + " did not answer in time", null);
        } else {
            problem(ctx, 503, "/problems/service-unavailable", "Service unavailable", service.service() + " is unavailable; try again shortly",
                    "5");
        }
    }

    private void tooLarge(RoutingContext ctx) {
        problem(ctx, 413, "/problems/too-large", "Request too large",
                "The body may be at most " + config.forwarding().maxBodyBytes() / (1024 * 1024) + " MB", null);
    }

    private void unauthenticated(RoutingContext ctx) {
        ctx.response().putHeader("WWW-Authenticate", "Bearer");
        problem(ctx, 401, "/problems/unauthenticated", "Unauthenticated", "Send a valid bearer access token", null);
    }

    private void problem(RoutingContext ctx, int status, String type, String title, String detail, String retryAfter) {
        HttpServerResponse response = ctx.response();
        if (response.ended()) {
            return;
        }
        byte[] body;
        try {
            body = json.writeValueAsBytes(new Problem(type, title, status, detail, ctx.request().path(), null));
        } catch (JsonProcessingException e) {
            body = new byte[0];
        }
        ctx.request().resume();
        response.setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (retryAfter != null) {
            response.putHeader("Retry-After", retryAfter);
        }
        // the caller's body is not read: close the connection after answering rather than drain it
        if (status == 413) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        response.end(io.vertx.core.buffer.Buffer.buffer(body));
    }

    private String baseUrl(Downstream service) {
        GatewayConfig.Services s = config.services();
        String url = switch (service) {
            case CRITERIA -> s.criteria();
            case ASSESSMENT -> s.assessment();
            case FUNDING -> s.funding();
        };
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    static String clientId(SecurityIdentity identity) {
        return identity.getPrincipal() instanceof JsonWebToken jwt ? RateLimits.clientOf(jwt) : "sub:" + identity.getPrincipal().getName();
    }

    private static long parseLength(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
