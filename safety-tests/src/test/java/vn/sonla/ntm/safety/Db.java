package vn.sonla.ntm.safety;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Read-only looks into the stack's databases ({@code ntm_<service>_stack}, as the service's own role) for the
 * fingerprints the hostile-input and fault tests compare: the row count of every table of the service, the sum of
 * every {@code version} column (an update anywhere moves it), and the audit chain head (sequence and hash).
 */
final class Db {

    private static final Map<Stack.Service, Connection> CONNECTIONS = new EnumMap<>(Stack.Service.class);
    private static final Map<Stack.Service, String> FINGERPRINT_SQL = new EnumMap<>(Stack.Service.class);
    private static final Map<Stack.Service, List<String>> COLUMNS = new EnumMap<>(Stack.Service.class);

    private Db() {
    }

    static synchronized Connection connection(Stack.Service service) {
        try {
            Connection c = CONNECTIONS.get(service);
            if (c == null || c.isClosed() || !c.isValid(2)) {
                String role = "ntm_" + service.key;
                c = DriverManager.getConnection(Stack.jdbcUrl(service), role, role);
                c.setAutoCommit(true);
                CONNECTIONS.put(service, c);
                FINGERPRINT_SQL.remove(service);
            }
            return c;
        } catch (SQLException e) {
            throw new AssertionError("cannot connect to " + service.database() + ": " + e.getMessage(), e);
        }
    }

    /** The service's fingerprint: one value per table (rows, sum of versions) and the audit chain head. */
    static synchronized Map<String, String> fingerprint(Stack.Service service) {
        for (int attempt = 1; ; attempt++) {
            try {
                Connection c = connection(service);
                String sql = FINGERPRINT_SQL.computeIfAbsent(service, s -> build(c, s));
                Map<String, String> result = new LinkedHashMap<>();
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                    rs.next();
                    List<String> columns = COLUMNS.get(service);
                    for (int i = 0; i < columns.size(); i++) {
                        result.put(columns.get(i), rs.getString(i + 1));
                    }
                }
                return result;
            } catch (SQLException e) {
                CONNECTIONS.remove(service);
                if (attempt >= 3) {
                    throw new AssertionError("fingerprint of " + service.database() + ": " + e.getMessage(), e);
                }
            }
        }
    }

    private static String build(Connection c, Stack.Service service) {
        List<String> tables = new ArrayList<>();
        List<String> versioned = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("""
                     select t.table_name,
                            exists (select 1 from information_schema.columns k
                                    where k.table_schema = t.table_schema and k.table_name = t.table_name and k.column_name = 'version')
                     from information_schema.tables t
                     where t.table_schema = 'public' and t.table_type = 'BASE TABLE' and t.table_name <> 'flyway_schema_history'
                     order by t.table_name""")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
                if (rs.getBoolean(2)) {
                    versioned.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new AssertionError("tables of " + service.database() + ": " + e.getMessage(), e);
        }
        List<String> columns = new ArrayList<>();
        List<String> selects = new ArrayList<>();
        for (String t : tables) {
            columns.add(t + ".rows");
            selects.add("(select count(*) from \"" + t + "\")");
            if (versioned.contains(t)) {
                columns.add(t + ".versions");
                selects.add("(select coalesce(sum(version), 0) from \"" + t + "\")");
            }
        }
        if (tables.contains("audit_chain_head")) {
            columns.add("audit.head");
            selects.add("(select last_seq || ':' || last_hash from audit_chain_head where id = 1)");
        }
        COLUMNS.put(service, columns);
        return "select " + String.join(", ", selects);
    }

    /** The audit chain head's sequence number (the number of entries). */
    static long auditHead(Stack.Service service) {
        String head = fingerprint(service).get("audit.head");
        return Long.parseLong(head.substring(0, head.indexOf(':')));
    }

    /** Differences between two fingerprints, for a failure message. */
    static Map<String, String> diff(Map<String, String> before, Map<String, String> after) {
        Map<String, String> d = new LinkedHashMap<>();
        after.forEach((k, v) -> {
            if (!v.equals(before.get(k))) {
                d.put(k, before.get(k) + " → " + v);
            }
        });
        return d;
    }

    static void closeAll() {
        CONNECTIONS.values().forEach(c -> {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing
            }
        });
        CONNECTIONS.clear();
    }
}
