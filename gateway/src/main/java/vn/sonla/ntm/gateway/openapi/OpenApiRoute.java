package vn.sonla.ntm.gateway.openapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** {@code GET /q/openapi}: the merged document, YAML by default, JSON for {@code ?format=json} or {@code Accept: application/json}. */
@ApplicationScoped
public class OpenApiRoute {

    @Inject
    PublicOpenApi openApi;

    void install(@Observes Router router) {
        router.route(HttpMethod.GET, "/q/openapi").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::serve);
    }

    void serve(RoutingContext ctx) {
        String format = ctx.request().getParam("format");
        String accept = ctx.request().getHeader("Accept");
        boolean asJson = format != null ? format.equalsIgnoreCase("json") : accept != null && accept.contains("application/json");
        (asJson ? openApi.json() : openApi.yaml()).subscribe().with(
                bytes -> ctx.response().putHeader("Content-Type", asJson ? "application/json;charset=UTF-8" : "application/yaml;charset=UTF-8")
                        .putHeader("Cache-Control", "no-cache")
                        .end(Buffer.buffer(bytes)),
                ctx::fail);
    }
}
