package vn.sonla.ntm.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.SQLException;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

class ProblemMappersTest {

    record Body(String code, Integer minimum) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static MismatchedInputException refusalOf(String json) {
        return catchThrowableOfType(MismatchedInputException.class, () -> JSON.readValue(json, Body.class));
    }

    @Test
    void anUnknownFieldIsAProblemNamingTheField() {
        Response answer = new ProblemMappers().mismatched(refusalOf("{\"code\": \"x\", \"colour\": \"red\"}"), null);
        Problem problem = (Problem) answer.getEntity();
        assertThat(answer.getStatus()).isEqualTo(400);
        assertThat(answer.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(problem.errors()).containsExactly(new Problem.FieldError("colour", "is not a known field"));
    }

    @Test
    void aValueOfTheWrongTypeIsAProblemNamingTheField() {
        Problem problem = (Problem) new ProblemMappers().mismatched(refusalOf("{\"minimum\": \"five\"}"), null).getEntity();
        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("minimum");
        assertThat(problem.errors().get(0).message()).startsWith("has the wrong format or type");
    }

    /**
     * A value the database cannot hold (found by the safety suite: a NUL byte in an obstacle's title and a 5000-character
     * criterion code were 500s) is the caller's fault: 400, without the SQL, whatever column it was.
     */
    @Test
    void aValueTheDatabaseCannotStoreIsABadRequestNotAnInternalError() {
        for (String state : new String[] {"22001", "22021", "22003", "22P02", "22008"}) {
            PersistenceException e = new PersistenceException("could not execute statement",
                    new SQLException("ERROR: value too long for type character varying(20)", state));
            Response answer = new ProblemMappers().persistence(e, null);
            Problem problem = (Problem) answer.getEntity();
            assertThat(answer.getStatus()).as("SQLState %s", state).isEqualTo(400);
            assertThat(problem.detail()).doesNotContain("varying").doesNotContain("ERROR");
        }
        PersistenceException other = new PersistenceException("broken", new SQLException("relation missing", "42P01"));
        assertThat(new ProblemMappers().persistence(other, null).getStatus()).isEqualTo(500);
    }

    /**
     * The database restarted or unreachable (the safety suite's fault test): 503 with Retry-After, whether the failure
     * surfaced as a persistence exception or wrapped in something else (a transaction that could not commit).
     */
    @Test
    void aDatabaseThatWentAwayIsAServiceUnavailableWithRetryAfter() {
        for (String state : new String[] {"08006", "08001", "57P01", "57P03"}) {
            PersistenceException e = new PersistenceException("could not prepare statement", new SQLException("terminating connection", state));
            Response answer = new ProblemMappers().persistence(e, null);
            assertThat(answer.getStatus()).as("SQLState %s", state).isEqualTo(503);
            assertThat(answer.getHeaderString("Retry-After")).isEqualTo("5");
            assertThat(((Problem) answer.getEntity()).detail()).doesNotContain("terminating");
            Response wrapped = new ProblemMappers().unexpected(new IllegalStateException("commit failed", e), null);
            assertThat(wrapped.getStatus()).as("wrapped SQLState %s", state).isEqualTo(503);
        }
    }

    /**
     * A flush at commit fails inside the transaction manager's exception, and a deferred constraint at the commit
     * itself among its suppressed exceptions: the same states answer the same as when a statement fails (not 500).
     */
    @Test
    void aConflictAtCommitIsAConflictNotAnInternalError() {
        Exception flushAtCommit = new Exception("ARJUNA016053: Could not commit transaction.",
                new PersistenceException("could not execute batch", new SQLException("deadlock detected", "40P01")));
        assertThat(new ProblemMappers().unexpected(new RuntimeException("Error invoking subclass method", flushAtCommit), null)
                .getStatus()).isEqualTo(409);

        javax.transaction.xa.XAException xa = new javax.transaction.xa.XAException("Error trying to transactionCommit local transaction");
        xa.initCause(new SQLException("duplicate key value violates unique constraint", "23505"));
        Exception deferred = new Exception("ARJUNA016053: Could not commit transaction.");
        deferred.addSuppressed(xa);
        Response answer = new ProblemMappers().unexpected(new RuntimeException("Error invoking subclass method", deferred), null);
        assertThat(answer.getStatus()).isEqualTo(409);
        assertThat(((Problem) answer.getEntity()).detail()).contains("duplicate");

        Exception stale = new Exception("commit", new jakarta.persistence.OptimisticLockException("row was updated"));
        assertThat(new ProblemMappers().unexpected(stale, null).getStatus()).isEqualTo(412);
        assertThat(new ProblemMappers().unexpected(new IllegalStateException("a bug"), null).getStatus()).isEqualTo(500);
    }
}
