package vn.sonla.ntm.gateway.routing;

import static vn.sonla.ntm.gateway.client.Downstream.ASSESSMENT;
import static vn.sonla.ntm.gateway.client.Downstream.CRITERIA;
import static vn.sonla.ntm.gateway.client.Downstream.FUNDING;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.sonla.ntm.gateway.client.Downstream;

/**
 * Which service answers which public path (docs/decisions/0041). Paths are the services' own, except where two
 * services use the same one: {@code /api/v1/audit/**} and {@code /api/v1/summary/**} stay assessment-service's (the
 * workflow's audit, the dashboards' read models), and the others are reached under their service's name —
 * {@code /api/v1/criteria/audit/**}, {@code /api/v1/funding/audit/**}, {@code /api/v1/funding/summary/**}.
 * A path no row claims is not forwarded (the gateway's own resources, or 404).
 */
public final class RoutingTable {

    /** One row: a public prefix, the service, and the prefix it has there (the same unless aliased). */
    public record Route(String publicPrefix, Downstream service, String servicePrefix) {

        boolean claims(String path) {
            return path.equals(publicPrefix) || path.startsWith(publicPrefix + "/");
        }

        String servicePath(String path) {
            return servicePrefix + path.substring(publicPrefix.length());
        }
    }

    /** A request resolved: the row, and the path to ask the service for. */
    public record Target(Route route, String servicePath) {
    }

    public static final List<Route> ROUTES = List.of(
            same("/api/v1/criteria-sets", CRITERIA),
            same("/api/v1/departments", CRITERIA),
            alias("/api/v1/criteria/audit", CRITERIA, "/api/v1/audit"),

            same("/api/v1/units", ASSESSMENT),
            same("/api/v1/assessments", ASSESSMENT),
            same("/api/v1/recognitions", ASSESSMENT),
            same("/api/v1/pilots", ASSESSMENT),
            same("/api/v1/plans", ASSESSMENT),
            same("/api/v1/roadmaps", ASSESSMENT),
            same("/api/v1/obstacles", ASSESSMENT),
            same("/api/v1/communes", ASSESSMENT),
            same("/api/v1/summary", ASSESSMENT),
            same("/api/v1/audit", ASSESSMENT),
            same("/api/v1/gap-costs", ASSESSMENT),

            same("/api/v1/funding-sources", FUNDING),
            same("/api/v1/spending-fields", FUNDING),
            same("/api/v1/guidance", FUNDING),
            same("/api/v1/capital-plans", FUNDING),
            same("/api/v1/allocations", FUNDING),
            same("/api/v1/transactions", FUNDING),
            same("/api/v1/reports", FUNDING),
            same("/api/v1/public", FUNDING),
            same("/api/v1/scenarios", FUNDING),
            alias("/api/v1/funding/audit", FUNDING, "/api/v1/audit"),
            alias("/api/v1/funding/summary", FUNDING, "/api/v1/summary"));

    /** The gateway answers these itself although a row claims their prefix. */
    private static final Pattern SCORECARD = Pattern.compile("/api/v1/communes/[^/]+/scorecard");
    private static final Pattern CATALOGUE_VERSION = Pattern.compile("/api/v1/criteria-sets/[^/]+/versions/[^/]+");

    private static final List<Route> LONGEST_FIRST = ROUTES.stream()
            .sorted(Comparator.comparingInt((Route r) -> r.publicPrefix().length()).reversed()).toList();

    private RoutingTable() {
    }

    public static Optional<Target> resolve(String method, String path) {
        if (SCORECARD.matcher(path).matches() || ("GET".equals(method) && CATALOGUE_VERSION.matcher(path).matches())) {
            return Optional.empty();
        }
        for (Route r : LONGEST_FIRST) {
            if (r.claims(path)) {
                return Optional.of(new Target(r, r.servicePath(path)));
            }
        }
        return Optional.empty();
    }

    /** The public path of a service's path (for Location headers and the merged OpenAPI), if the gateway exposes it. */
    public static Optional<String> publicPath(Downstream service, String servicePath) {
        Route best = null;
        for (Route r : ROUTES) {
            if (r.service() != service) {
                continue;
            }
            boolean under = servicePath.equals(r.servicePrefix()) || servicePath.startsWith(r.servicePrefix() + "/");
            if (under && (best == null || r.servicePrefix().length() > best.servicePrefix().length())) {
                best = r;
            }
        }
        return best == null ? Optional.empty() : Optional.of(best.publicPrefix() + servicePath.substring(best.servicePrefix().length()));
    }

    private static Route same(String prefix, Downstream service) {
        return new Route(prefix, service, prefix);
    }

    private static Route alias(String publicPrefix, Downstream service, String servicePrefix) {
        return new Route(publicPrefix, service, servicePrefix);
    }
}
