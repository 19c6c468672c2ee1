package vn.sonla.ntm.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;

import vn.sonla.ntm.safety.Stack.Service;

/**
 * Faults under load, last (they stop what the others need): each service stopped while clients read and write through
 * the gateway (composed views answer 200 naming it in {@code degraded}, its own paths a 503 problem, nothing else
 * changes), then started again with {@code ./ntm up <service>} — the gateway recovers by itself; the databases made
 * unreachable (every connection of the stack's databases terminated as a PostgreSQL restart does, new ones refused for
 * a while) — the services recover without a restart and no write is half applied; Keycloak stopped — tokens already
 * issued keep working, a new login is refused at once — then started again, and its new keys are accepted. Every
 * component stopped is started again, whatever happens: the stack is whole and healthy afterwards.
 */
@Order(9)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsSafetyIT {

    static final Duration OUTAGE = Duration.ofSeconds(6);
    static final Duration RECOVERY = Duration.ofSeconds(90);

    @BeforeAll
    static void managedHere() {
        Assumptions.assumeTrue(Files.isRegularFile(pidFile("gateway")) && Files.isRegularFile(pidFile("keycloak")),
                "the stack was not started by ./ntm up in " + Stack.root() + " (no .ntm/run/*.pid): faults need to stop and start it");
    }

    // ---- load ------------------------------------------------------------------------------------------------------

    /** One answer under load. */
    record Answer(String what, int status, boolean problem, long millis, String body) {
    }

    /**
     * A write whose outcome is judged afterwards: its unique key, the service, and the answer (with its problem type when
     * it was refused).
     */
    record Written(Service service, String key, int status, String problemType) {

        /** The service said the commit lost its connection: saved or not, both are true to what it answered. */
        boolean outcomeUnknown() {
            return OUTCOME_UNKNOWN.equals(problemType);
        }
    }

    static final String OUTCOME_UNKNOWN = "/problems/outcome-unknown";

    /** Clients reading composed views and forwarded paths and writing to every service through the gateway. */
    static final class Load implements AutoCloseable {
        final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Written> writes = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final ExecutorService pool;
        private final String coordinator = Tokens.user("coordinator");
        private final String district = Tokens.user("district-125");

        Load(int clients) {
            pool = Executors.newFixedThreadPool(clients);
            for (int i = 0; i < clients; i++) {
                int client = i;
                pool.submit(() -> {
                    int n = 0;
                    while (running.get()) {
                        step(client, n++);
                        try {
                            Thread.sleep(50);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                });
            }
        }

        private void step(int client, int n) {
            String gw = Service.GATEWAY.url();
            switch ((client + n) % 7) {
                case 0 -> send("province dashboard", Http.get(gw + "/api/v1/dashboard/province?year=2020").bearer(coordinator));
                case 1 -> send("scorecard", Http.get(gw + "/api/v1/communes/04120/scorecard").bearer(district));
                case 2 -> send("criteria read", Http.get(gw + "/api/v1/criteria-sets").bearer(district));
                case 3 -> send("funding read", Http.get(gw + "/api/v1/capital-plans?size=5").bearer(district));
                case 4 -> write(Service.ASSESSMENT, "Sự cố kiểm thử " + Fixtures.unique(), k -> Http.post(gw + "/api/v1/obstacles").bearer(district)
                        .json(Map.of("unitCode", Fixtures.COMMUNE, "title", k, "description", "Ghi khi có sự cố")));
                case 5 -> write(Service.CRITERIA, "sc" + Fixtures.unique(), k -> Http.post(gw + "/api/v1/departments").bearer(coordinator)
                        .json(Map.of("code", k, "nameVi", "Sở sự cố " + k, "validFrom", "2020-01-01")));
                default -> write(Service.FUNDING, "SC_" + Fixtures.unique().toUpperCase(java.util.Locale.ROOT), k -> Http.post(gw
                        + "/api/v1/funding-sources").bearer(coordinator).json(Map.of("code", k, "nameVi", "Nguồn sự cố " + k, "nameEn", "Fault " + k,
                        "kind", "MOBILISED", "valuation", "CASH", "validFrom", "2020-01-01")));
            }
        }

        private Http.Reply send(String what, Http.Call call) {
            Instant t = Instant.now();
            Http.Reply r = call.timeout(Duration.ofSeconds(20)).send();
            String body = r.status() == 200 && what.contains("dashboard") || what.equals("scorecard") ? r.text() : "";
            answers.add(new Answer(what, r.status(), r.isProblem(), Duration.between(t, Instant.now()).toMillis(), body));
            Report.inc("faults: requests under load");
            return r;
        }

        private void write(Service s, String key, java.util.function.Function<String, Http.Call> call) {
            Http.Reply r = send(s.key + " write", call.apply(key));
            writes.add(new Written(s, key, r.status(), problemType(r)));
        }

        private static String problemType(Http.Reply r) {
            if (!r.isProblem()) {
                return null;
            }
            try {
                return r.json().path("type").asText(null);
            } catch (RuntimeException unreadable) {
                return "(unreadable problem body)";
            }
        }

        @Override
        public void close() {
            running.set(false);
            pool.shutdown();
            try {
                pool.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    // ---- one service stopped and started again ---------------------------------------------------------------------

    @Test
    @Order(1)
    void eachServiceStoppedUnderLoadTheGatewayDegradesThenRecoversByItself() {
        List<String> problems = new ArrayList<>();
        for (Service s : List.of(Service.FUNDING, Service.CRITERIA, Service.ASSESSMENT)) {
            Map<Service, Long> heads = heads();
            Load load = new Load(4);
            boolean degradedSeen = false;
            boolean unavailableSeen = false;
            Instant stopped = Instant.now();
            try {
                sleep(Duration.ofSeconds(1));
                stop(s.component());
                Report.inc("faults: services stopped and started under load");
                stopped = Instant.now();
                waitFor(s.component() + " stops answering", () -> !answers(s.url() + "/q/health/live"), Duration.ofSeconds(20));
                // during the outage: composed views degrade, the service's own paths are a 503 problem, nobody waits
                Instant end = Instant.now().plus(OUTAGE);
                while (Instant.now().isBefore(end)) {
                    Http.Reply dash = Http.get(Service.GATEWAY.url() + "/api/v1/dashboard/province?year=2020").bearer(Tokens.user("coordinator"))
                            .timeout(Duration.ofSeconds(10)).send();
                    if (dash.status() != 200) {
                        problems.add(s.component() + " down: the province dashboard answered " + dash);
                    } else if (dash.json().path("degraded").toString().contains(s.key)) {
                        degradedSeen = true;
                    }
                    Http.Reply own = Http.get(Service.GATEWAY.url() + ownPath(s)).bearer(Tokens.user("coordinator")).timeout(Duration.ofSeconds(10)).send();
                    if (own.status() == 503 && own.isProblem()) {
                        unavailableSeen = true;
                    } else {
                        problems.add(s.component() + " down: " + ownPath(s) + " through the gateway answered " + own);
                    }
                    sleep(Duration.ofMillis(700));
                }
            } catch (RuntimeException | Error e) {
                load.close();
                throw e;
            } finally {
                start(s.component());
            }
            Instant back = Instant.now();
            // the gateway recovers by itself: whole answers again, the service's paths forwarded
            waitFor("the gateway answers whole again after " + s.component() + " came back", () -> {
                Http.Reply dash = Http.get(Service.GATEWAY.url() + "/api/v1/dashboard/province?year=2020").bearer(Tokens.user("coordinator")).send();
                Http.Reply own = Http.get(Service.GATEWAY.url() + ownPath(s)).bearer(Tokens.user("coordinator")).send();
                return dash.status() == 200 && dash.json().path("degraded").isEmpty() && own.status() == 200;
            }, RECOVERY);
            long recovered = Duration.between(back, Instant.now()).toMillis();
            sleep(Duration.ofSeconds(1));
            load.close();
            Report.line(s.component() + " stopped under load " + Duration.between(stopped, back).toSeconds() + " s (restart included); the gateway was whole "
                    + recovered + " ms after it was ready again");
            if (s != Service.CRITERIA && !degradedSeen) {
                problems.add(s.component() + " down: the province dashboard never named it in degraded");
            }
            if (!unavailableSeen) {
                problems.add(s.component() + " down: its paths never answered 503 through the gateway");
            }
            judge(s.component() + " stopped", load, heads, problems);
        }
        assertThat(problems).isEmpty();
    }

    private static String ownPath(Service s) {
        return switch (s) {
            case CRITERIA -> "/api/v1/departments";
            case ASSESSMENT -> "/api/v1/obstacles?size=1";
            default -> "/api/v1/capital-plans?size=1";
        };
    }

    // ---- PostgreSQL ------------------------------------------------------------------------------------------------

    /**
     * The stack's databases go away under load as in a PostgreSQL restart: every connection of theirs terminated (the
     * services' pools hold dead connections), new ones refused for {@link #OUTAGE}, then allowed again. The cluster
     * itself keeps running: other databases on it (other developers' tests) are not touched.
     */
    @Test
    @Order(2)
    void theDatabasesGoneUnderLoadTheServicesRecoverWithoutRestartAndNothingIsHalfApplied() {
        List<String> problems = new ArrayList<>();
        Map<Service, Long> heads = heads();
        Map<Service, Long> pids = new java.util.EnumMap<>(Service.class);
        for (Service s : List.of(Service.CRITERIA, Service.ASSESSMENT, Service.FUNDING)) {
            pids.put(s, pid(s.component()));
        }
        Load load = new Load(4);
        Instant down;
        try {
            sleep(Duration.ofSeconds(1));
            down = Instant.now();
            outage(true);
            Report.inc("faults: database outages under load");
            sleep(OUTAGE);
        } finally {
            outage(false);
        }
        Instant up = Instant.now();
        waitFor("every service writes again after the databases came back", () -> {
            Http.Reply a = Http.get(Service.ASSESSMENT.url() + "/q/health/ready").send();
            Http.Reply c = Http.get(Service.CRITERIA.url() + "/q/health/ready").send();
            Http.Reply f = Http.get(Service.FUNDING.url() + "/q/health/ready").send();
            return a.status() == 200 && c.status() == 200 && f.status() == 200;
        }, RECOVERY);
        sleep(Duration.ofSeconds(4));
        load.close();
        long recovered = Duration.between(up, Instant.now()).toMillis();
        for (Service s : pids.keySet()) {
            if (pid(s.component()) != pids.get(s)) {
                problems.add(s.component() + " was restarted during the database outage");
            }
        }
        List<Answer> after = load.answers.stream().filter(a -> a.what().endsWith("write")).toList();
        long lateOk = after.stream().skip(Math.max(0, after.size() - 6)).filter(a -> a.status() >= 200 && a.status() < 300).count();
        if (lateOk == 0) {
            problems.add("no write succeeded at the end of the load, after the databases came back");
        }
        Report.line("databases unreachable for " + Duration.between(down, up).toSeconds() + " s under load; services ready again " + recovered + " ms later");
        judge("databases gone", load, heads, problems);
        assertThat(problems).isEmpty();
    }

    private static void outage(boolean on) {
        for (Service s : List.of(Service.CRITERIA, Service.ASSESSMENT, Service.FUNDING)) {
            String role = "ntm_" + s.key;
            String url = Stack.env("NTM_SAFETY_PG_URL", "jdbc:postgresql://127.0.0.1:5432/") + "postgres";
            try (Connection c = DriverManager.getConnection(url, role, role); Statement st = c.createStatement()) {
                st.execute("alter database \"" + s.database() + "\" allow_connections " + !on);
                if (on) {
                    try (PreparedStatement kill = c.prepareStatement(
                            "select count(pg_terminate_backend(pid)) from pg_stat_activity where datname = ? and pid <> pg_backend_pid()")) {
                        kill.setString(1, s.database());
                        try (ResultSet rs = kill.executeQuery()) {
                            rs.next();
                            Report.add("faults: database connections terminated", rs.getLong(1));
                        }
                    }
                }
            } catch (SQLException e) {
                throw new AssertionError((on ? "cutting off " : "restoring ") + s.database() + ": " + e.getMessage(), e);
            }
        }
        Db.closeAll();
    }

    // ---- Keycloak --------------------------------------------------------------------------------------------------

    @Test
    @Order(3)
    void keycloakStoppedIssuedTokensKeepWorkingNewLoginsFailAtOnceThenItComesBack() {
        List<String> problems = new ArrayList<>();
        Map<Service, Long> heads = heads();
        String coordinator = Tokens.user("coordinator");
        String district = Tokens.user("district-125");
        String external = Tokens.external();
        try {
            stop("keycloak");
            Report.inc("faults: Keycloak stopped and started");
            waitFor("Keycloak stops answering", () -> !answers(Stack.keycloak() + "/realms/ntm"), Duration.ofSeconds(30));
            try (Load load = new Load(3)) {
                Instant end = Instant.now().plus(OUTAGE);
                while (Instant.now().isBefore(end)) {
                    for (Service s : List.of(Service.CRITERIA, Service.ASSESSMENT, Service.FUNDING, Service.GATEWAY)) {
                        String path = s == Service.GATEWAY ? "/api/v1/dashboard/province?year=2020" : s == Service.CRITERIA ? "/api/v1/criteria-sets"
                                : s == Service.ASSESSMENT ? "/api/v1/obstacles?size=1" : "/api/v1/capital-plans?size=1";
                        Http.Reply r = Http.get(s.url() + path).bearer(coordinator).send();
                        Report.inc("faults: requests with issued tokens while Keycloak was down");
                        if (r.status() != 200) {
                            problems.add("Keycloak down: an issued token on " + s.component() + path + " got " + r);
                        }
                    }
                    Http.Reply status = Http.get(Service.GATEWAY.url() + "/api/v1/status/communes/04120").bearer(external).send();
                    if (status.status() != 200) {
                        problems.add("Keycloak down: the external system's issued token got " + status);
                    }
                    // a new login: refused at once, not after a hang
                    Instant t = Instant.now();
                    Http.Reply login = Tokens.tokenRequest(Map.of("grant_type", "password", "client_id", "ntm-cli", "username", "commune-04120",
                            "password", Tokens.DEMO_PASSWORD));
                    long ms = Duration.between(t, Instant.now()).toMillis();
                    Report.inc("faults: logins refused while Keycloak was down");
                    if (login.status() == 200 || ms > 5000) {
                        problems.add("Keycloak down: a new login answered " + login + " after " + ms + " ms");
                    }
                    // a token that is no token is still refused at once (nothing waits on Keycloak)
                    Http.Reply junk = Http.get(Service.ASSESSMENT.url() + "/api/v1/obstacles").bearer("abc.def.ghi").send();
                    if (junk.status() != 401) {
                        problems.add("Keycloak down: a junk token got " + junk);
                    }
                    sleep(Duration.ofMillis(500));
                }
                load.close();
                judge("Keycloak down", load, heads, problems);
            }
        } finally {
            start("keycloak");
        }
        // back, with the realm imported again (new signing keys in dev mode): new tokens are accepted everywhere
        Tokens.forgetAll();
        waitFor("tokens of the restarted Keycloak are accepted by every service and the gateway", () -> {
            String token;
            try {
                token = Tokens.user("coordinator");
            } catch (AssertionError e) {
                return false;
            }
            for (Service s : Service.values()) {
                String path = s == Service.GATEWAY ? "/api/v1/dashboard/province?year=2020" : "/api/v1/audit/verify";
                if (Http.get(s.url() + path).bearer(token).send().status() != 200) {
                    return false;
                }
            }
            return true;
        }, RECOVERY);
        Tokens.forgetAll();
        assertThat(problems).isEmpty();
    }

    // ---- judging a fault ---------------------------------------------------------------------------------------------

    /**
     * What must hold after any fault: every answer was a 2xx or a problem (never an HTML error page or a stack trace),
     * no failure was a 5xx other than 503, none took longer than the clients' limit; every write answered 2xx is in the
     * database, every write refused is not — except a write answered "outcome unknown" (its commit lost the connection:
     * either is true to the answer, and the run counts which) — and each service's audit chain grew by exactly the
     * records written and still verifies.
     */
    private static void judge(String fault, Load load, Map<Service, Long> heads, List<String> problems) {
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        for (Answer a : load.answers) {
            statuses.merge(a.status(), 1, Integer::sum);
            if (a.status() == 0) {
                problems.add(fault + ": " + a.what() + " got no answer within the clients' limit");
            } else if (!(a.status() >= 200 && a.status() < 300) && !a.problem()) {
                problems.add(fault + ": " + a.what() + " answered " + a.status() + " without a problem body");
            } else if (a.status() >= 500 && a.status() != 503) {
                problems.add(fault + ": " + a.what() + " answered " + a.status() + ": an outage is a 503, not an internal error");
            }
        }
        Report.line(fault + ": answers under load by status " + statuses);
        Map<Service, Integer> created = new java.util.EnumMap<>(Service.class);
        for (Written w : load.writes) {
            boolean exists = exists(w.service(), w.key());
            boolean acknowledged = w.status() >= 200 && w.status() < 300;
            Report.inc("faults: writes under load checked");
            if (exists) {
                created.merge(w.service(), 1, Integer::sum);
            }
            if (w.outcomeUnknown()) {
                Report.inc("faults: writes answered outcome unknown (commit lost its connection)");
                Report.inc(exists ? "faults: outcome-unknown writes that were saved" : "faults: outcome-unknown writes that were not saved");
            } else if (acknowledged && !exists) {
                problems.add(fault + ": " + w.service().key + " write " + w.key() + " answered " + w.status() + " but is not in the database (lost)");
                Report.inc("faults: writes LOST");
            } else if (!acknowledged && w.status() != 0 && exists) {
                problems.add(fault + ": " + w.service().key + " write " + w.key() + " answered " + w.status() + " but is in the database");
            }
        }
        for (Service s : List.of(Service.CRITERIA, Service.ASSESSMENT, Service.FUNDING)) {
            long entries = Db.auditHead(s) - heads.get(s);
            int records = created.getOrDefault(s, 0);
            if (entries != records) {
                problems.add(fault + ": " + s.component() + " wrote " + records + " records but " + entries + " audit entries (half-applied)");
            }
            JsonNode verified = Fixtures.send("coordinator", s, "GET", "/api/v1/audit/verify", null, null).expect(200).json();
            if (!verified.path("intact").asBoolean()) {
                problems.add(fault + ": " + s.component() + "'s audit chain does not verify: " + verified);
            }
        }
    }

    private static boolean exists(Service s, String key) {
        String sql = switch (s) {
            case ASSESSMENT -> "select count(*) from obstacle where title = ?";
            case CRITERIA -> "select count(*) from department where code = ?";
            default -> "select count(*) from funding_source where code = ?";
        };
        for (int attempt = 0; ; attempt++) {
            try (PreparedStatement st = Db.connection(s).prepareStatement(sql)) {
                st.setString(1, key);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return rs.getLong(1) > 0;
                }
            } catch (SQLException e) {
                Db.closeAll();
                if (attempt > 2) {
                    throw new AssertionError(e);
                }
            }
        }
    }

    private static Map<Service, Long> heads() {
        Map<Service, Long> heads = new java.util.EnumMap<>(Service.class);
        for (Service s : List.of(Service.CRITERIA, Service.ASSESSMENT, Service.FUNDING)) {
            heads.put(s, Db.auditHead(s));
        }
        return heads;
    }

    // ---- the components of ./ntm up ----------------------------------------------------------------------------------

    static Path pidFile(String component) {
        return Stack.root().resolve(".ntm/run/" + component + ".pid");
    }

    static long pid(String component) {
        try {
            return Long.parseLong(Files.readString(pidFile(component), StandardCharsets.UTF_8).strip());
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    /** How a component was running when it was stopped: its command line, environment and directory, as ./ntm up launched it. */
    record Launch(List<String> command, Map<String, String> environment, Path directory) {
    }

    private static final Map<String, Launch> STOPPED = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Stops a component ./ntm up started, as ./ntm down does (SIGTERM to its process group, SIGKILL after 40 s), and keeps
     * its command line, environment and directory from /proc so that {@link #start} runs exactly it again.
     */
    static void stop(String component) {
        long pid = pid(component);
        ProcessHandle p = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError(component + " (pid " + pid + ") is not running"));
        try {
            List<String> command = List.of(Files.readString(Path.of("/proc/" + pid + "/cmdline"), StandardCharsets.UTF_8).split("\0"));
            Map<String, String> env = new java.util.LinkedHashMap<>();
            for (String kv : Files.readString(Path.of("/proc/" + pid + "/environ"), StandardCharsets.UTF_8).split("\0")) {
                int eq = kv.indexOf('=');
                if (eq > 0) {
                    env.put(kv.substring(0, eq), kv.substring(eq + 1));
                }
            }
            STOPPED.put(component, new Launch(command, env, Path.of("/proc/" + pid + "/cwd").toRealPath()));
        } catch (IOException e) {
            STOPPED.remove(component); // ./ntm up <component> then
        }
        signal("-TERM", pid);
        int port = component.equals("keycloak") ? java.net.URI.create(Stack.keycloak()).getPort() : Service.of(component.replace("-service", "")).port;
        try {
            p.onExit().get(40, TimeUnit.SECONDS);
            waitFor(component + "'s port " + port + " is free", () -> !listening(port), Duration.ofSeconds(40));
        } catch (Exception | AssertionError e) {
            signal("-KILL", pid);
            waitFor(component + "'s port " + port + " is free after SIGKILL", () -> !listening(port), Duration.ofSeconds(20));
        }
    }

    static boolean listening(int port) {
        try (java.net.Socket s = new java.net.Socket()) {
            s.connect(new java.net.InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void signal(String signal, long pid) {
        try {
            new ProcessBuilder("kill", signal, "--", "-" + pid).redirectErrorStream(true).start().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new AssertionError("kill " + signal + " -" + pid + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Starts a stopped component again exactly as it ran (same command, environment, directory; its own session, its log
     * appended, its pid where ./ntm expects it, so ./ntm down stops it), and waits until it is ready. Not ./ntm up: that
     * would rebuild the jar when a source in the tree changed meanwhile, and start Keycloak on a wiped realm.
     */
    static void start(String component) {
        Launch launch = STOPPED.remove(component);
        if (launch == null) {
            startWithNtm(component);
            return;
        }
        Path log = Stack.root().resolve(".ntm/logs/" + component + ".log");
        try {
            List<String> command = new ArrayList<>();
            command.add("setsid");
            command.addAll(launch.command());
            ProcessBuilder b = new ProcessBuilder(command).directory(launch.directory().toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            b.environment().clear();
            b.environment().putAll(launch.environment());
            Process p = b.start();
            Files.writeString(pidFile(component), p.pid() + "\n", StandardCharsets.UTF_8);
            Files.writeString(Stack.root().resolve(".ntm/run/" + component + ".started"), Instant.now().getEpochSecond() + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("starting " + component + " again: " + e, e);
        }
        String ready = component.equals("keycloak") ? Stack.keycloak() + "/realms/ntm/.well-known/openid-configuration"
                : Service.of(component.replace("-service", "")).url() + "/q/health/ready";
        waitFor(component + " ready again (log " + log + ")", () -> Http.get(ready).timeout(Duration.ofSeconds(3)).send().status() == 200,
                Duration.ofSeconds(240));
    }

    /** {@code ./ntm up <component>}: on the running stack's databases, waits until it is ready. */
    static void startWithNtm(String component) {
        Path log = Stack.root().resolve(".ntm/logs/" + component + "-safety-restart.log");
        try {
            Process up = new ProcessBuilder(Stack.root().resolve("ntm").toString(), "up", component).directory(Stack.root().toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!up.waitFor(300, TimeUnit.SECONDS)) {
                up.destroy();
                throw new AssertionError("./ntm up " + component + " did not finish in 300 s (log " + log + ")");
            }
            if (up.exitValue() != 0) {
                throw new AssertionError("./ntm up " + component + " failed (log " + log + "):\n" + Files.readString(log));
            }
        } catch (IOException e) {
            throw new AssertionError("./ntm up " + component + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static boolean answers(String url) {
        return Http.get(url).timeout(Duration.ofSeconds(2)).send().status() > 0;
    }

    static void waitFor(String what, BooleanSupplier condition, Duration limit) {
        Instant end = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("not so after " + limit.toSeconds() + " s: " + what);
            }
            sleep(Duration.ofMillis(500));
        }
    }

    static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
