package vn.sonla.ntm.funding.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static vn.sonla.ntm.funding.FundingApi.line;
import static vn.sonla.ntm.funding.FundingApi.plan;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import vn.sonla.ntm.funding.FundingApi;
import vn.sonla.ntm.funding.UnitDirectoryStub;
import vn.sonla.ntm.testing.Tokens;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class PlanApprovalResourceTest {

    @OidcWireMock
    WireMockServer wireMock;

    @BeforeEach
    void units() {
        UnitDirectoryStub.install(wireMock);
    }

    @Test
    void aDraftIsRecordedForTheUnitAsItStoodOnFirstJanuaryWithLinesAndAnETag() {
        given().auth().oauth2(Tokens.district("125")).contentType(ContentType.JSON)
                .body(plan(2012, "04120", line("NS_XA", "SAN_XUAT", 120_000_000),
                        line("NSTW_DTPT", "HT_GIAO_THONG", "2", 880_000_000)))
                .post("/api/v1/capital-plans")
                .then().statusCode(201).header("ETag", "\"0\"").header("Location", containsString("/api/v1/capital-plans/"))
                .body("status", equalTo("DRAFT")).body("revisionNo", equalTo(0))
                .body("unit.name", equalTo("Xã Chiềng Ban")).body("unit.districtCode", equalTo("125"))
                .body("unit.districtName", equalTo("Huyện Mai Sơn")).body("unit.date", equalTo("2012-01-01"))
                .body("total", equalTo(1_000_000_000)).body("lines[1].criterionCode", equalTo("2"));
    }

    @Test
    void financePlannersAndCoordinatorsApproveOthersMayNot() {
        long a = FundingApi.draft(Tokens.district("125"), plan(2013, "04120", line("NS_XA", "SAN_XUAT", 10_000_000)));
        long b = FundingApi.draft(Tokens.district("125"), plan(2013, "04132", line("NS_XA", "SAN_XUAT", 10_000_000)));
        FundingApi.approveRaw(Tokens.district("125"), a, "\"0\"").then().statusCode(403)
                .contentType("application/problem+json");
        FundingApi.approveRaw(Tokens.observer(), a, "\"0\"").then().statusCode(403);
        FundingApi.approveRaw(Tokens.appraiser("stc"), a, "\"0\"").then().statusCode(403);
        FundingApi.approveRaw(Tokens.commune("04120", "125"), a, "\"0\"").then().statusCode(403);
        FundingApi.approveRaw(Tokens.financePlanner(), a, "\"0\"").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("decision.number", equalTo(a + "/QĐ-UBND"))
                .body("decision.issuer", equalTo("UBND tỉnh Sơn La")).body("approvedBy", equalTo("finance"))
                .body("approvedAt", notNullValue());
        FundingApi.approveRaw(Tokens.coordinator(), b, "\"0\"").then().statusCode(200).body("approvedBy", equalTo("coordinator"));
    }

    /** Found by the safety suite: eight redrafts with one ETag at once got deadlocks (500) and 409s; one must win, the rest 412. */
    @Test
    void concurrentRedraftsWithOneETagHaveOneWinnerAndTheOthersGet412() throws Exception {
        long id = FundingApi.draft(Tokens.district("116"), plan(2011, "03646", line("NS_XA", "SAN_XUAT", 10_000_000)));
        String etag = FundingApi.etag(id);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            long amount = 20_000_000L + i;
            answers.add(pool.submit(() -> {
                go.await();
                return given().auth().oauth2(Tokens.financePlanner()).contentType(ContentType.JSON).header("If-Match", etag)
                        .body("{\"lines\":[" + line("NS_XA", "SAN_XUAT", amount) + "," + line("NS_TINH", "VAN_HOA", amount) + "]}")
                        .put("/api/v1/capital-plans/" + id).statusCode();
            }));
        }
        go.countDown();
        List<Integer> statuses = new java.util.ArrayList<>();
        for (var a : answers) {
            statuses.add(a.get(60, java.util.concurrent.TimeUnit.SECONDS));
        }
        pool.shutdown();
        org.assertj.core.api.Assertions.assertThat(statuses).as("statuses").containsOnly(200, 412);
        org.assertj.core.api.Assertions.assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(1);
        given().auth().oauth2(Tokens.observer()).get("/api/v1/capital-plans/" + id).then().header("ETag", "\"1\"");
    }

    @Test
    void anApprovedPlanNeverChangesItIsRevisedInstead() {
        long id = FundingApi.approvedPlan(plan(2014, "125", line("NS_HUYEN", "SAN_XUAT", 500_000_000)));
        String etag = FundingApi.etag(id);
        given().auth().oauth2(Tokens.financePlanner()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"lines\":[" + line("NS_HUYEN", "SAN_XUAT", 900_000_000) + "]}")
                .put("/api/v1/capital-plans/" + id)
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("revision"));
        given().auth().oauth2(Tokens.coordinator()).header("If-Match", etag).delete("/api/v1/capital-plans/" + id)
                .then().statusCode(409);
        FundingApi.approveRaw(Tokens.coordinator(), id, etag).then().statusCode(409);
        given().auth().oauth2(Tokens.observer()).get("/api/v1/capital-plans/" + id)
                .then().body("total", equalTo(500_000_000)).body("status", equalTo("APPROVED"));
    }

    @Test
    void anApprovedRevisionSupersedesThePlanAndTakesOverItsAllocations() {
        long original = FundingApi.approvedPlan(plan(2015, "125", line("NSTW_DTPT", "HT_GIAO_THONG", 1_000_000_000),
                line("NS_HUYEN", "SAN_XUAT", 200_000_000)));
        List<Long> lines = FundingApi.lineIds(original);
        long allocation = FundingApi.allocate(Tokens.financePlanner(), original, lines.get(0), "04120", 600_000_000, "2015-03-01");

        long revision = given().auth().oauth2(Tokens.financePlanner()).contentType(ContentType.JSON)
                .header("If-Match", FundingApi.etag(original))
                .body("{\"note\":\"Điều chỉnh giữa năm\",\"lines\":[" + line("NSTW_DTPT", "HT_GIAO_THONG", 700_000_000) + ","
                        + line("NS_TINH", "CANH_QUAN_MOI_TRUONG", 300_000_000) + "]}")
                .post("/api/v1/capital-plans/" + original + "/revisions")
                .then().statusCode(201).body("status", equalTo("DRAFT")).body("revisionNo", equalTo(1))
                .body("revisionOf", equalTo((int) original)).extract().jsonPath().getLong("id");
        // a second revision of the same plan is refused while the first exists
        given().auth().oauth2(Tokens.financePlanner()).contentType(ContentType.JSON)
                .header("If-Match", FundingApi.etag(original)).body("{}")
                .post("/api/v1/capital-plans/" + original + "/revisions").then().statusCode(409);
        // until approved, the original still governs
        given().auth().oauth2(Tokens.observer()).get("/api/v1/capital-plans/" + original).then().body("status", equalTo("APPROVED"));

        FundingApi.approve(revision);
        given().auth().oauth2(Tokens.observer()).get("/api/v1/capital-plans/" + original)
                .then().body("status", equalTo("SUPERSEDED")).body("supersededBy", equalTo((int) revision));
        long newLine = FundingApi.lineIds(revision).get(0);
        given().auth().oauth2(Tokens.observer()).get("/api/v1/allocations/" + allocation)
                .then().statusCode(200).body("planLineId", equalTo((int) newLine))
                .body("firstPlanLineId", equalTo(lines.get(0).intValue()));
        // the superseded plan's lines can no longer be allocated; the revision's can, up to its (smaller) line
        FundingApi.allocateRaw(Tokens.financePlanner(), original, lines.get(0), "04120", 1, "2015-04-01")
                .then().statusCode(422).body("errors[0].field", equalTo("planId"));
        FundingApi.allocateRaw(Tokens.financePlanner(), revision, newLine, "04132", 100_000_001, "2015-04-01")
                .then().statusCode(422).body("errors[0].field", equalTo("amount"));
        FundingApi.allocate(Tokens.financePlanner(), revision, newLine, "04132", 100_000_000, "2015-04-01");
    }

    @Test
    void aRevisionThatNoLongerHoldsWhatIsAllocatedIsNotApproved() {
        long original = FundingApi.approvedPlan(plan(2016, "125", line("NSTW_DTPT", "HT_THUY_LOI", 1_000_000_000)));
        FundingApi.allocate(Tokens.financePlanner(), original, FundingApi.lineIds(original).get(0), "04120", 800_000_000, "2016-02-01");
        long dropping = given().auth().oauth2(Tokens.financePlanner()).contentType(ContentType.JSON)
                .header("If-Match", FundingApi.etag(original))
                .body("{\"lines\":[" + line("NSTW_DTPT", "HT_THUY_LOI", 700_000_000) + "]}")
                .post("/api/v1/capital-plans/" + original + "/revisions").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        FundingApi.approveRaw(Tokens.financePlanner(), dropping, FundingApi.etag(dropping))
                .then().statusCode(422).body("errors[0].field", equalTo("lines"))
                .body("detail", containsString("800000000"));
        given().auth().oauth2(Tokens.observer()).get("/api/v1/capital-plans/" + original).then().body("status", equalTo("APPROVED"));
        given().auth().oauth2(Tokens.observer()).get("/api/v1/capital-plans/" + dropping).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void changesNeedTheCurrentETag() {
        long id = FundingApi.draft(Tokens.financePlanner(), plan(2017, "116", line("NS_HUYEN", "VAN_HOA", 50_000_000)));
        String body = "{\"title\":\"Sửa\",\"lines\":[" + line("NS_HUYEN", "VAN_HOA", 60_000_000) + "]}";
        given().auth().oauth2(Tokens.financePlanner()).contentType(ContentType.JSON).body(body)
                .put("/api/v1/capital-plans/" + id).then().statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(Tokens.financePlanner()).contentType(ContentType.JSON).body(body).header("If-Match", "\"0\"")
                .put("/api/v1/capital-plans/" + id).then().statusCode(200).header("ETag", "\"1\"").body("total", equalTo(60_000_000));
        given().auth().oauth2(Tokens.financePlanner()).contentType(ContentType.JSON).body(body).header("If-Match", "\"0\"")
                .put("/api/v1/capital-plans/" + id).then().statusCode(412).contentType("application/problem+json");
        FundingApi.approveRaw(Tokens.financePlanner(), id, null).then().statusCode(428);
        FundingApi.approveRaw(Tokens.financePlanner(), id, "\"0\"").then().statusCode(412);
        given().auth().oauth2(Tokens.observer()).get("/api/v1/capital-plans/" + id).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void aUnitHasOneSeriesOfPlansPerYear() {
        FundingApi.draft(Tokens.financePlanner(), plan(2018, "04147", line("NS_XA", "VAN_HOA", 5_000_000)));
        FundingApi.draftRaw(Tokens.financePlanner(), plan(2018, "04147", line("NS_XA", "Y_TE", 5_000_000)))
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aDraftCanBeDiscardedAndTheDiscardIsAudited() {
        long id = FundingApi.draft(Tokens.financePlanner(), plan(2018, "04105", line("NS_XA", "VAN_HOA", 5_000_000)));
        given().auth().oauth2(Tokens.financePlanner()).header("If-Match", "\"0\"").delete("/api/v1/capital-plans/" + id)
                .then().statusCode(204);
        given().auth().oauth2(Tokens.observer()).get("/api/v1/capital-plans/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.observer()).queryParam("entity", "CapitalPlan").queryParam("id", id).get("/api/v1/audit")
                .then().statusCode(200).body("action", equalTo(List.of("plan.draft", "plan.discard")));
    }
}
