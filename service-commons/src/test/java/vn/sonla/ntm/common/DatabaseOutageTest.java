package vn.sonla.ntm.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import javax.transaction.xa.XAException;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    private static SQLException terminated() {
        return new SQLException("FATAL: terminating connection due to administrator command", "57P01");
    }

    /** Narayana's shape of a one-phase commit that failed: the resource's XAException is suppressed, not the cause. */
    private static Exception commitFailed(SQLException cause) {
        XAException xa = new XAException("Error trying to transactionCommit local transaction");
        xa.initCause(cause);
        Exception rollback = new Exception("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(xa);
        return new RuntimeException("Error invoking subclass method", rollback);
    }

    @Test
    void aConnectionLostDuringTheCommitLeavesTheOutcomeUnknown() {
        assertThat(DatabaseOutage.of(commitFailed(terminated()))).isEqualTo(DatabaseOutage.Kind.OUTCOME_UNKNOWN);
        assertThat(DatabaseOutage.of(commitFailed(new SQLException("An I/O error occurred", "08006"))))
                .isEqualTo(DatabaseOutage.Kind.OUTCOME_UNKNOWN);
    }

    @Test
    void aCommitRefusedForAnotherReasonIsNotAnOutage() {
        assertThat(DatabaseOutage.of(commitFailed(new SQLException("could not serialize access", "40001"))))
                .isEqualTo(DatabaseOutage.Kind.NONE);
    }

    @Test
    void aConnectionLostBeforeTheCommitSavedNothing() {
        assertThat(DatabaseOutage.of(new PersistenceException("could not execute statement", terminated())))
                .isEqualTo(DatabaseOutage.Kind.NOTHING_SAVED);
    }

    @Test
    void noConnectionFromThePoolSavedNothing() {
        SQLException refused = new SQLException("FATAL: database \"ntm_funding\" is not currently accepting connections", "55000");
        assertThat(DatabaseOutage.of(new PersistenceException("Unable to acquire JDBC Connection [" + refused.getMessage() + "] [n/a]", refused)))
                .isEqualTo(DatabaseOutage.Kind.NOTHING_SAVED);
        assertThat(DatabaseOutage.of(refused)).as("the same refusal from plain JDBC").isEqualTo(DatabaseOutage.Kind.NOTHING_SAVED);
        SQLException timeout = new SQLException("Sorry, acquisition timeout!");
        assertThat(DatabaseOutage.of(new PersistenceException("Unable to acquire JDBC Connection [Sorry, acquisition timeout!] [n/a]", timeout)))
                .isEqualTo(DatabaseOutage.Kind.NOTHING_SAVED);
        assertThat(DatabaseOutage.of(new SQLException("sorry, too many clients already", "53300"))).isEqualTo(DatabaseOutage.Kind.NOTHING_SAVED);
    }

    @Test
    void otherPrerequisiteFailuresAreNotOutages() {
        assertThat(DatabaseOutage.of(new SQLException("cannot refresh materialized view concurrently", "55000")))
                .isEqualTo(DatabaseOutage.Kind.NONE);
        assertThat(DatabaseOutage.of(new IllegalStateException("bug"))).isEqualTo(DatabaseOutage.Kind.NONE);
        assertThat(DatabaseOutage.of(null)).isEqualTo(DatabaseOutage.Kind.NONE);
    }

    @Test
    void theAnswersSayWhatTheCallerCanKnow() {
        Response unknown = new ProblemMappers().unexpected(commitFailed(terminated()), null);
        assertThat(unknown.getStatus()).isEqualTo(503);
        assertThat(((Problem) unknown.getEntity()).type()).isEqualTo(ProblemMappers.OUTCOME_UNKNOWN);
        assertThat(((Problem) unknown.getEntity()).detail()).contains("may or may not");
        assertThat(unknown.getHeaderString("Retry-After")).as("a blind retry could save it twice").isNull();

        Response nothing = new ProblemMappers().persistence(new PersistenceException("x", terminated()), null);
        assertThat(((Problem) nothing.getEntity()).type()).isEqualTo("/problems/unavailable");
        assertThat(((Problem) nothing.getEntity()).detail()).contains("nothing was changed");
        assertThat(nothing.getHeaderString("Retry-After")).isEqualTo("5");
    }
}
