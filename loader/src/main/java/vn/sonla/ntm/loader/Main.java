package vn.sonla.ntm.loader;

import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.sonla.ntm.loader.bench.BenchCommand;
import vn.sonla.ntm.loader.bench.BenchReport;
import vn.sonla.ntm.loader.demo.DemoCommand;
import vn.sonla.ntm.loader.http.ApiException;

/**
 * {@code java -jar ntm-loader.jar <command> [--option value ...]}. Loads data into a running NTM system through the
 * services' public APIs only, with real tokens of the realm's users: what it writes passes every rule, scope check
 * and audit entry a person's change would.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), new Log(System.out, System.err)));
    }

    static List<Command> commands(Log log) {
        return List.of(new DemoCommand(log), new BenchCommand(log), new BenchReport(log));
    }

    static int run(String[] args, Map<String, String> env, Log log) {
        Map<String, Command> commands = commands(log).stream().collect(Collectors.toMap(Command::name, Function.identity()));
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
            System.out.println(usage(commands(log)));
            return args.length == 0 ? 2 : 0;
        }
        Command command = commands.get(args[0]);
        if (command == null) {
            log.warn("unknown command '" + args[0] + "'");
            System.err.println(usage(commands(log)));
            return 2;
        }
        Options options;
        try {
            options = Options.parse(Arrays.asList(args).subList(1, args.length), command.options(), env);
        } catch (IllegalArgumentException e) {
            log.warn(e.getMessage());
            return 2;
        }
        try {
            Services services = Services.from(options);
            if (command.needsServices()) {
                services.awaitReady(options.integer("wait"), log);
            }
            return command.run(services, options);
        } catch (ApiException | IllegalStateException | IllegalArgumentException | UncheckedIOException e) {
            log.warn(e.getMessage());
            return 1;
        }
    }

    static String usage(List<Command> commands) {
        StringBuilder s = new StringBuilder("""
                Usage: java -jar loader/target/ntm-loader.jar <command> [options]

                Commands:
                """);
        for (Command c : commands) {
            s.append(String.format("  %-8s %s%n", c.name(), c.summary()));
        }
        s.append("""

                Options (default: environment variable, then the local ./ntm up ports):
                  --keycloak URL     Keycloak base URL                  NTM_KEYCLOAK_URL    http://localhost:8180
                  --realm NAME       realm                              NTM_REALM           ntm
                  --client ID        public client with password grant  NTM_LOADER_CLIENT   ntm-cli (demo realm only)
                  --password PW      the demo users' password           NTM_DEMO_PASSWORD   ntm-demo
                  --criteria URL     criteria-service                   NTM_CRITERIA_URL    http://localhost:8081
                  --assessment URL   assessment-service                 NTM_ASSESSMENT_URL  http://localhost:8082
                  --funding URL      funding-service                    NTM_FUNDING_URL     http://localhost:8083
                  --wait SECONDS     wait for Keycloak and the services NTM_LOADER_WAIT     0 (check once)
                  --timeout SECONDS  per request                        NTM_LOADER_TIMEOUT  60
                """);
        return s.toString();
    }
}
