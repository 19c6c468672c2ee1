package vn.sonla.ntm.common;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.Set;

import javax.transaction.xa.XAException;

/**
 * Tells from a failure whether the database went away, and if so whether the request's change is known not to be
 * saved. A connection lost before the commit leaves nothing behind; a connection lost <em>during</em> the commit
 * (the transaction manager's commit of the resource failed) leaves the caller unable to know: PostgreSQL may have
 * made the commit durable and died before saying so (docs/decisions/0083-outcome-unknown.md).
 *
 * <p>Causes and suppressed exceptions are both searched: Narayana reports a failed one-phase commit as a
 * {@code RollbackException} that carries the resource's {@link XAException} as suppressed, not as its cause.
 */
public final class DatabaseOutage {

    /** What a failure says about the database. */
    public enum Kind {
        /** Not an outage: a constraint, a syntax error, a bug. */
        NONE,
        /** The database was unreachable before the change was committed: nothing was saved. */
        NOTHING_SAVED,
        /** The connection was lost while the change was being committed: it may or may not be saved. */
        OUTCOME_UNKNOWN
    }

    /** Hibernate's words when it cannot get a connection from the pool (refused, pool exhausted, acquisition timeout). */
    static final String ACQUISITION_FAILED = "Unable to acquire JDBC Connection";

    private DatabaseOutage() {
    }

    public static Kind of(Throwable failure) {
        boolean outage = false;
        boolean duringCommit = false;
        for (Throwable t : everything(failure)) {
            if (t instanceof XAException) {
                duringCommit = true;
            }
            if (t instanceof SQLException sql && connectionLost(sql)) {
                outage = true;
            }
            if (t.getMessage() != null && t.getMessage().startsWith(ACQUISITION_FAILED)) {
                outage = true;
            }
        }
        if (!outage) {
            return Kind.NONE;
        }
        return duringCommit ? Kind.OUTCOME_UNKNOWN : Kind.NOTHING_SAVED;
    }

    /**
     * SQLState class 08 (connection exception), 57P01–57P03 (administrator or crash shutdown, cannot connect now),
     * 53300 (too many connections), and 55000 when PostgreSQL says the database is not accepting connections
     * ({@code ALTER DATABASE … ALLOW_CONNECTIONS false}, as during maintenance).
     */
    static boolean connectionLost(SQLException e) {
        String state = e.getSQLState();
        if (state == null) {
            return false;
        }
        return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
                || state.equals("53300")
                || (state.equals("55000") && e.getMessage() != null && e.getMessage().contains("not currently accepting connections"));
    }

    /** The failure, its causes, their suppressed exceptions and chained SQL exceptions, each once, nearest first. */
    static Iterable<Throwable> everything(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new java.util.LinkedHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>();
        if (failure != null) {
            todo.add(failure);
        }
        while (!todo.isEmpty()) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            Collections.addAll(todo, t.getSuppressed());
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                todo.add(sql.getNextException());
            }
        }
        return seen;
    }
}
