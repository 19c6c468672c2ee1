package vn.sonla.ntm.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import vn.sonla.ntm.safety.Fixtures.Fixture;
import vn.sonla.ntm.safety.Matrix.Row;
import vn.sonla.ntm.safety.Matrix.Variant;
import vn.sonla.ntm.safety.OpenApi.Operation;
import vn.sonla.ntm.safety.Stack.Service;

/**
 * The authorization matrix: every operation of every service's live OpenAPI document and of the gateway's merged
 * one × every caller class → the status {@code authorization-matrix.yaml} writes, checked on each service directly
 * and through the gateway. A refused write must also leave the service's database as it was.
 */
@Order(1)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuthorizationMatrixSafetyIT {

    private static Map<String, List<Row>> matrix;

    @BeforeAll
    static void load() {
        matrix = Matrix.load();
    }

    @Test
    @Order(1)
    void everyOperationOfEveryDocumentHasARowAndEveryRowAnOperation() {
        List<String> problems = new ArrayList<>();
        for (Service s : List.of(Service.CRITERIA, Service.ASSESSMENT, Service.FUNDING)) {
            Set<String> documented = new LinkedHashSet<>();
            OpenApi.operations(s).forEach(op -> documented.add(op.key()));
            problems.addAll(Matrix.coverage(s.component(), documented, matrix.getOrDefault(s.key, List.of())));
        }
        // the gateway's merged document: each operation is a service row at its public path, or a gateway row
        Set<String> reachable = new LinkedHashSet<>();
        for (Service s : List.of(Service.CRITERIA, Service.ASSESSMENT, Service.FUNDING)) {
            for (Row r : matrix.getOrDefault(s.key, List.of())) {
                if (!r.variants().get(0).notForwarded()) {
                    reachable.add(r.method() + " " + OpenApi.gatewayPath(s, r.path()));
                }
            }
        }
        matrix.getOrDefault("gateway", List.of()).forEach(r -> reachable.add(r.key()));
        Set<String> merged = new LinkedHashSet<>();
        OpenApi.operations(Service.GATEWAY).forEach(op -> merged.add(op.key()));
        merged.stream().filter(op -> !reachable.contains(op))
                .forEach(op -> problems.add("gateway: " + op + " has no row (neither a service's nor the gateway's own)"));
        reachable.stream().filter(op -> !merged.contains(op))
                .forEach(op -> problems.add("gateway: " + op + " is expected through the gateway but its merged document lacks it"));
        assertThat(OpenApi.document(Service.GATEWAY).path("info").has("x-ntm-missing"))
                .as("the gateway's merged document misses a service: %s", OpenApi.document(Service.GATEWAY).path("info").path("x-ntm-missing"))
                .isFalse();

        int operations = 0;
        for (Service s : List.of(Service.CRITERIA, Service.ASSESSMENT, Service.FUNDING, Service.GATEWAY)) {
            operations += OpenApi.operations(s).size();
        }
        Report.add("matrix: operations in the OpenAPI documents (3 services + gateway)", operations);
        assertThat(problems).as("operations and rows of the authorization matrix").isEmpty();
    }

    @Test
    @Order(2)
    void everyCallerGetsWhatTheMatrixSaysFromEachService() {
        List<String> mismatches = new ArrayList<>();
        for (Service s : List.of(Service.CRITERIA, Service.ASSESSMENT, Service.FUNDING)) {
            for (Row row : matrix.get(s.key)) {
                run(row, s, false, mismatches);
            }
        }
        assertThat(mismatches).as("statuses differing from %s, directly on the services", Matrix.FILE).isEmpty();
    }

    @Test
    @Order(3)
    void everyCallerGetsWhatTheMatrixSaysThroughTheGateway() {
        List<String> mismatches = new ArrayList<>();
        for (Service s : List.of(Service.CRITERIA, Service.ASSESSMENT, Service.FUNDING)) {
            for (Row row : matrix.get(s.key)) {
                run(row, s, true, mismatches);
            }
        }
        for (Row row : matrix.get("gateway")) {
            run(row, Service.GATEWAY, true, mismatches);
        }
        assertThat(mismatches).as("statuses differing from %s, through the gateway", Matrix.FILE).isEmpty();
    }

    private static void run(Row row, Service service, boolean viaGateway, List<String> mismatches) {
        String base = viaGateway ? Service.GATEWAY.url() : service.url();
        String path = viaGateway ? OpenApi.gatewayPath(service, row.path()) : row.path();
        int index = 0;
        for (Variant v : row.variants()) {
            index++;
            for (Callers caller : Callers.values()) {
                int expected = v.expected(caller, viaGateway);
                Fixture f = null;
                if (v.fixture() != null) {
                    f = v.fresh() && expected >= 200 && expected < 300 ? Fixtures.make(v.fixture()) : Fixtures.shared(v.fixture());
                }
                Http.Call call = Matrix.request(row.method(), base, path, v, f).bearer(caller.token());
                boolean checkUnchanged = v.writes(row.method()) && service.hasDatabase() && !(expected >= 200 && expected < 300);
                Map<String, String> before = checkUnchanged ? Db.fingerprint(service) : null;
                Http.Reply reply = call.send();
                String where = (viaGateway ? "gateway " : service.component() + " ") + row.method() + " " + path
                        + (row.variants().size() > 1 ? " [variant " + index + "]" : "") + " as " + caller.key;
                Report.inc("matrix: requests checked " + (viaGateway ? "through the gateway" : "on the services"));
                if (reply.status() != expected) {
                    mismatches.add(where + ": expected " + expected + ", got " + reply + (f == null ? "" : " (fixture " + f + ")"));
                    continue;
                }
                if (v.scoped() && reply.status() == 200) {
                    List<String> leaks = Scope.leaks(caller, reply.json());
                    Report.inc("matrix: narrowed lists checked item by item");
                    if (!leaks.isEmpty()) {
                        mismatches.add(where + ": the list shows records outside the caller's scope: " + leaks);
                    }
                }
                if (!reply.is2xx() && !(viaGateway && v.notForwarded()) && !reply.isProblem()) {
                    mismatches.add(where + ": " + reply.status() + " is not application/problem+json: " + reply);
                }
                if (checkUnchanged) {
                    Map<String, String> after = Db.fingerprint(service);
                    if (!after.equals(before)) {
                        mismatches.add(where + ": refused with " + reply.status() + " but the database changed: " + Db.diff(before, after));
                    }
                    Report.inc("matrix: refused writes with the database checked unchanged");
                }
            }
        }
    }
}
