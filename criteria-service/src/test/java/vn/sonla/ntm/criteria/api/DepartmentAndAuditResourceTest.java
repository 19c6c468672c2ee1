package vn.sonla.ntm.criteria.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static vn.sonla.ntm.criteria.api.Api.SETS;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;

import vn.sonla.ntm.criteria.application.CatalogueSeeding;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class DepartmentAndAuditResourceTest {

    private static final String DEPARTMENTS = "/api/v1/departments";

    @Inject
    CatalogueSeeding seeding;

    @Inject
    EntityManager em;

    @BeforeEach
    void seeded() {
        seeding.seed();
    }

    @Test
    void theSixteenDepartmentsOf2019AreValidFrom2016() {
        JsonPath at2019 = Api.external().get(DEPARTMENTS + "?at=2019-04-24").then().statusCode(200).extract().jsonPath();
        assertThat(at2019.getList("code")).contains("snn", "sxd", "sgtvt", "sct", "sgddt", "svhttdl", "stttt", "sldtbxh", "syt", "stnmt",
                "snv", "stp", "skhdt", "stc", "cat", "bchqs");
        assertThat(at2019.getString("find { it.code == 'snn' }.nameVi")).isEqualTo("Sở Nông nghiệp và Phát triển nông thôn");
        assertThat(at2019.getString("find { it.code == 'snn' }.validFrom")).isEqualTo("2016-01-01");
        Api.observer().get(DEPARTMENTS + "?at=2015-12-31").then().statusCode(200).body("code", not(hasItem("snn")));
        Api.observer().get(DEPARTMENTS + "?at=24/04/2019").then().statusCode(400).body("errors[0].field", equalTo("at"));
    }

    @Test
    void theCoordinatorAddsAndClosesADepartmentWithItsETag() {
        String code = "d" + Long.toString(System.nanoTime(), 36).substring(0, 7);
        Api.coordinator().body(Map.of("code", code, "nameVi", "Sở Nông nghiệp và Môi trường", "validFrom", "2025-03-01"))
                .post(DEPARTMENTS).then().statusCode(201).header("ETag", equalTo("\"0\""))
                .header("Location", org.hamcrest.Matchers.endsWith(DEPARTMENTS + "/" + code));
        Api.coordinator().body(Map.of("code", code, "nameVi", "Lần hai", "validFrom", "2025-03-01")).post(DEPARTMENTS).then().statusCode(409);
        Map<String, Object> close = Map.of("nameVi", "Sở Nông nghiệp và Môi trường", "validFrom", "2025-03-01", "validTo", "2025-06-30");
        Api.coordinator().body(close).put(DEPARTMENTS + "/" + code).then().statusCode(428);
        Api.coordinator().header("If-Match", "\"0\"").body(close).put(DEPARTMENTS + "/" + code).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("validTo", equalTo("2025-06-30"));
        Api.coordinator().header("If-Match", "\"0\"").body(close).put(DEPARTMENTS + "/" + code).then().statusCode(412);
        Api.coordinator().header("If-Match", "\"1\"").body(Map.of("nameVi", "X", "validFrom", "2025-03-01", "validTo", "2025-01-01"))
                .put(DEPARTMENTS + "/" + code).then().statusCode(400).body("errors[0].field", equalTo("validTo"));
        Api.coordinator().body(Map.of("code", "Bad Code", "validFrom", "2025-03-01")).post(DEPARTMENTS).then().statusCode(400)
                .body("errors.field", hasItem("nameVi")).body("errors.field", hasItem("code"));
        Api.observer().get(DEPARTMENTS + "?at=2025-07-01").then().body("code", not(hasItem(code)));
        Api.observer().get(DEPARTMENTS + "?at=2025-04-01").then().body("code", hasItem(code));

        Api.coordinator().get("/api/v1/audit?entity=department&key=" + code).then().statusCode(200)
                .body("items", hasSize(2)).body("items.action", equalTo(List.of("DEPARTMENT_AMEND", "DEPARTMENT_ADD")))
                .body("items[0].actor", equalTo("coordinator"));
    }

    @Test
    void everyStateChangeOfAVersionLeavesOneAuditEntryAndTheChainVerifies() {
        String path = Api.draftFromNational("audit");
        String key = path.substring(SETS.length() + 1).replace("/versions/", "/");
        Api.coordinator().header("If-Match", Api.etag(path)).body(Map.of("nameVi", "Quy hoạch", "departmentCode", "sxd"))
                .put(path + "/criteria/1").then().statusCode(200);
        Api.coordinator().header("If-Match", Api.etag(path)).post(path + "/publish").then().statusCode(200);
        Api.coordinator().header("If-Match", Api.etag(path)).post(path + "/retire").then().statusCode(200);
        JsonPath entries = Api.observer().get("/api/v1/audit?entity=criteria-set-version&key=" + key).then().statusCode(200)
                .extract().jsonPath();
        assertThat(entries.getList("items.action")).containsExactly("RETIRE", "PUBLISH", "EDIT_CRITERION 1", "DERIVE");
        assertThat(entries.getString("items[1].before")).contains("\"status\":\"DRAFT\"");
        assertThat(entries.getString("items[1].after")).contains("\"status\":\"PUBLISHED\"");
        assertThat(entries.getString("items[3].before")).contains("ntm-xa-2016-2020 v1");
        assertThat(entries.getString("items[0].previousHash")).isEqualTo(entries.getString("items[1].hash"));
        Api.coordinator().get("/api/v1/audit/verify").then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void alteringAnEntryIsDetectedByTheVerification() {
        Api.draftFromNational("tamper");
        long seq = ((Number) em.createNativeQuery("select max(seq) from audit_entry").getSingleResult()).longValue();
        tamper(seq, "intruder");
        try {
            Api.observer().get("/api/v1/audit/verify").then().statusCode(200)
                    .body("intact", equalTo(false)).body("firstBrokenSeq", equalTo((int) seq));
        } finally {
            tamper(seq, "coordinator");
        }
        Api.observer().get("/api/v1/audit/verify").then().body("intact", equalTo(true));
    }

    private void tamper(long seq, String actor) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("alter table audit_entry disable trigger audit_entry_append_only").executeUpdate();
            em.createNativeQuery("update audit_entry set actor = ?1 where seq = ?2").setParameter(1, actor).setParameter(2, seq)
                    .executeUpdate();
            em.createNativeQuery("alter table audit_entry enable trigger audit_entry_append_only").executeUpdate();
        });
    }

    @Test
    @Transactional
    void theAuditLogRefusesUpdatesAndDeletes() {
        try {
            em.createNativeQuery("delete from audit_entry").executeUpdate();
            org.junit.jupiter.api.Assertions.fail("the delete was accepted");
        } catch (jakarta.persistence.PersistenceException refused) {
            assertThat(rootMessage(refused)).contains("audit_entry is append-only");
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
