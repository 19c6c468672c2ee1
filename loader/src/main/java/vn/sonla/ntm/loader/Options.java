package vn.sonla.ntm.loader;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code --name value} / {@code --name=value} options of one command, each with a default from the environment (the
 * same variables the stack tests read) and then from the local ports of DESIGN.md §7.
 */
public final class Options {

    /** Option → environment variable → default. */
    static final Map<String, String[]> COMMON = Map.of(
            "keycloak", new String[] {"NTM_KEYCLOAK_URL", "http://localhost:8180"},
            "realm", new String[] {"NTM_REALM", "ntm"},
            "client", new String[] {"NTM_LOADER_CLIENT", "ntm-cli"},
            "password", new String[] {"NTM_DEMO_PASSWORD", "ntm-demo"},
            "criteria", new String[] {"NTM_CRITERIA_URL", "http://localhost:8081"},
            "assessment", new String[] {"NTM_ASSESSMENT_URL", "http://localhost:8082"},
            "funding", new String[] {"NTM_FUNDING_URL", "http://localhost:8083"},
            "wait", new String[] {"NTM_LOADER_WAIT", "0"},
            "timeout", new String[] {"NTM_LOADER_TIMEOUT", "60"});

    private final Map<String, String> given;
    private final Map<String, String> env;

    private Options(Map<String, String> given, Map<String, String> env) {
        this.given = given;
        this.env = env;
    }

    /** Parses the arguments after the command name; refuses unknown options and missing values. */
    public static Options parse(List<String> args, Set<String> extra, Map<String, String> env) {
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + a + "' (options are --name value)");
            }
            String name = a.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException("option --" + name + " needs a value");
                }
                value = args.get(++i);
            }
            if (!COMMON.containsKey(name) && !extra.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name);
            }
            given.put(name, value);
        }
        return new Options(given, env);
    }

    public String get(String name) {
        if (given.containsKey(name)) {
            return given.get(name);
        }
        String[] fallback = COMMON.get(name);
        if (fallback == null) {
            return null;
        }
        String fromEnv = env.get(fallback[0]);
        return fromEnv != null && !fromEnv.isBlank() ? fromEnv : fallback[1];
    }

    public int integer(String name) {
        String v = get(name);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, not '" + v + "'");
        }
    }
}
