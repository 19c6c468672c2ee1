package vn.sonla.ntm.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import vn.sonla.ntm.testing.Tokens;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class AuditChainResourceTest {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void theChainVerifiesAndBreaksWhenARowIsAlteredInTheDatabase() throws Exception {
        given().auth().oauth2(Tokens.district("125")).get("/api/v1/audit/verify").then().statusCode(403);
        given().auth().oauth2(Tokens.observer()).get("/api/v1/audit/verify").then().statusCode(200)
                .body("intact", equalTo(true)).body("entriesChecked", greaterThan(10));
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            long seq;
            String reason;
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("select seq, reason from audit_entry where action = 'recognition.seed' order by seq limit 1")) {
                r.next();
                seq = r.getLong(1);
                reason = r.getString(2);
            }
            try (Statement s = c.createStatement()) {
                s.execute("update audit_entry set reason = 'rewritten' where seq = " + seq);
            } catch (java.sql.SQLException refused) {
                org.assertj.core.api.Assertions.assertThat(refused.getMessage()).contains("append-only");
            }
            alter(c, seq, "Xã được công nhận năm 2010 (sửa lén)");
            try {
                given().auth().oauth2(Tokens.coordinator()).get("/api/v1/audit/verify").then().statusCode(200)
                        .body("intact", equalTo(false)).body("firstBrokenSeq", equalTo((int) seq))
                        .body("detail", containsString("altered"));
            } finally {
                alter(c, seq, reason);
            }
        }
        given().auth().oauth2(Tokens.coordinator()).get("/api/v1/audit/verify").then().body("intact", equalTo(true));
    }

    private static void alter(Connection c, long seq, String reason) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("alter table audit_entry disable trigger audit_entry_append_only");
        }
        try (PreparedStatement p = c.prepareStatement("update audit_entry set reason = ? where seq = ?")) {
            p.setString(1, reason);
            p.setLong(2, seq);
            p.executeUpdate();
        } finally {
            try (Statement s = c.createStatement()) {
                s.execute("alter table audit_entry enable trigger audit_entry_append_only");
            }
        }
    }
}
