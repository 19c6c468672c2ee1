package vn.sonla.ntm.funding.outage;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The database connection lost in the middle of a write, with the real transaction manager, pool and PostgreSQL:
 * before the commit the answer says nothing was changed and to try again; during the commit it says the outcome is
 * unknown — never a 500 (the safety suite's fault test found the 500; docs/decisions/0083-outcome-unknown.md).
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class CommitLosesConnectionTest {

    @Inject
    AgroalDataSource db;

    @BeforeEach
    void table() throws Exception {
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            st.execute("create table if not exists probe_write(note text)");
        }
    }

    @Test
    void aConnectionLostDuringTheCommitIsAnsweredOutcomeUnknownNotAnInternalError() throws Exception {
        String note = "commit-" + System.nanoTime();
        given().post("/test-probe/commit-loses-connection/" + note)
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", nullValue())
                .body("type", equalTo("/problems/outcome-unknown"))
                .body("detail", containsString("may or may not"));
        assertThat(rows(note)).as("the connection died before PostgreSQL received the commit").isZero();
        given().post("/test-probe/commit-loses-connection/" + note + "-again").then().statusCode(503);
    }

    @Test
    void aConnectionLostBeforeTheCommitIsAnsweredUnavailableAndNothingIsSaved() throws Exception {
        String note = "statement-" + System.nanoTime();
        given().post("/test-probe/statement-loses-connection/" + note)
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", equalTo("5"))
                .body("type", equalTo("/problems/unavailable"))
                .body("detail", containsString("nothing was changed"));
        assertThat(rows(note)).isZero();
    }

    private long rows(String note) throws Exception {
        try (Connection c = db.getConnection();
             PreparedStatement q = c.prepareStatement("select count(*) from probe_write where note like ?")) {
            q.setString(1, note + "%");
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
