package vn.sonla.ntm.funding.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
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
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import vn.sonla.ntm.funding.FundingApi;
import vn.sonla.ntm.funding.UnitDirectoryStub;
import vn.sonla.ntm.testing.Tokens;

/**
 * The batch endpoints (ADR 0071): each item as the single endpoint (scope, ceilings, versions, one audit entry), the
 * batch all or nothing. Plans of 2017 for Mai Sơn, which no other test drafts.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class BatchResourceTest {

    @OidcWireMock
    WireMockServer wireMock;

    @BeforeEach
    void units() {
        UnitDirectoryStub.install(wireMock);
    }

    static Response post(String token, String path, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(path);
    }

    static long plansOf(int year, String unitCode) {
        return given().auth().oauth2(Tokens.observer()).queryParam("year", year).queryParam("unitCode", unitCode)
                .get("/api/v1/capital-plans").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    static String approval(long id, long version) {
        return "{\"id\":" + id + ",\"version\":" + version + ",\"decisionNumber\":\"" + id
                + "/QĐ-UBND\",\"decisionDate\":\"2017-02-01\",\"issuer\":\"UBND tỉnh Sơn La\"}";
    }

    static String allocation(long plan, long line, String recipient, long amount) {
        return "{\"planId\":" + plan + ",\"lineId\":" + line + ",\"allocation\":{\"recipientCode\":\"" + recipient + "\",\"amount\":"
                + amount + ",\"date\":\"2017-03-01\",\"documentRef\":\"QĐ phân bổ lô\"}}";
    }

    static String disbursement(long allocation, long amount) {
        return "{\"allocationId\":" + allocation + ",\"transaction\":" + FundingApi.transaction("DISBURSEMENT", amount, "2017-04-01") + "}";
    }

    @Test
    void aDistrictDraftsItsPlansInOneBatchTheFinanceDepartmentApprovesThemAndTheLedgerIsWrittenInBatches() {
        String district = Tokens.district("125");
        JsonPath drafted = post(district, "/api/v1/capital-plans/batch", "{\"items\":["
                + plan(2017, "125", line("NSTW_DTPT", "HT_GIAO_THONG", 1_000_000_000), line("NS_HUYEN", "SAN_XUAT", 500_000_000)) + ","
                + plan(2017, "04105", line("NS_XA", "VAN_HOA", 100_000_000)) + "]}")
                .then().statusCode(201).body("count", equalTo(2)).body("items.status", everyItem(equalTo("DRAFT")))
                .body("items[0].lines", hasSize(2)).extract().jsonPath();
        long maiSon = drafted.getLong("items[0].id");
        long chiengBan = drafted.getLong("items[1].id");

        // approvals: the finance department's; a stale version refuses the batch
        post(district, "/api/v1/capital-plans/batch/approvals", "{\"items\":[" + approval(maiSon, 0) + "]}").then().statusCode(403);
        post(Tokens.financePlanner(), "/api/v1/capital-plans/batch/approvals", "{\"items\":[" + approval(maiSon, 0) + ","
                + approval(chiengBan, 7) + "]}").then().statusCode(412).body("errors[0].field", equalTo("items[1]"));
        given().auth().oauth2(Tokens.observer()).get("/api/v1/capital-plans/" + maiSon).then().body("status", equalTo("DRAFT"));
        post(Tokens.financePlanner(), "/api/v1/capital-plans/batch/approvals", "{\"items\":[" + approval(maiSon, 0) + ","
                + approval(chiengBan, 0) + "]}").then().statusCode(200).body("items.status", everyItem(equalTo("APPROVED")));

        // allocations count against each other within the batch: one over the line refuses them all
        List<Long> lines = FundingApi.lineIds(maiSon);
        post(district, "/api/v1/allocations/batch", "{\"items\":[" + allocation(maiSon, lines.get(0), "04132", 600_000_000) + ","
                + allocation(maiSon, lines.get(0), "04147", 600_000_000) + "]}")
                .then().statusCode(422).body("errors[0].field", equalTo("items[1].amount"))
                .body("detail", containsString("nothing in this batch was written"));
        given().auth().oauth2(Tokens.observer()).queryParam("planId", maiSon).get("/api/v1/allocations").then().body("total", equalTo(0));
        JsonPath allocated = post(district, "/api/v1/allocations/batch", "{\"items\":["
                + allocation(maiSon, lines.get(0), "04132", 600_000_000) + "," + allocation(maiSon, lines.get(0), "04147", 400_000_000) + ","
                + allocation(maiSon, lines.get(1), "04120", 500_000_000) + "]}")
                .then().statusCode(201).body("count", equalTo(3)).body("items[0].recipientDistrictCode", equalTo("125"))
                .extract().jsonPath();
        long toChiengMai = allocated.getLong("items[0].id");
        // outside the district: refused, nothing written
        post(district, "/api/v1/allocations/batch", "{\"items\":[" + allocation(chiengBan, FundingApi.lineIds(chiengBan).get(0), "04105", 1)
                + "," + allocation(maiSon, lines.get(1), "03646", 1) + "]}").then().statusCode(422)
                .body("errors[0].field", containsString("items[1]"));

        // disbursements likewise: the second one would pass the allocation
        post(district, "/api/v1/transactions/batch", "{\"items\":[" + disbursement(toChiengMai, 400_000_000) + ","
                + disbursement(toChiengMai, 300_000_000) + "]}").then().statusCode(422).body("errors[0].field", equalTo("items[1].amount"));
        given().auth().oauth2(Tokens.observer()).get("/api/v1/allocations/" + toChiengMai + "/transactions").then().body("", hasSize(0));
        post(district, "/api/v1/transactions/batch", "{\"items\":[" + disbursement(toChiengMai, 400_000_000) + ","
                + disbursement(toChiengMai, 200_000_000) + "]}").then().statusCode(201).body("count", equalTo(2));
        post(Tokens.district("116"), "/api/v1/transactions/batch", "{\"items\":[" + disbursement(toChiengMai, 1) + "]}").then().statusCode(403);
        post(Tokens.observer(), "/api/v1/transactions/batch", "{\"items\":[" + disbursement(toChiengMai, 1) + "]}").then().statusCode(403);

        // one audit entry per record, and the chain is intact
        given().auth().oauth2(Tokens.observer()).queryParam("entity", "Allocation").queryParam("id", toChiengMai).get("/api/v1/audit")
                .then().statusCode(200).body("", hasSize(1)).body("[0].action", equalTo("allocation.create"));
        given().auth().oauth2(Tokens.observer()).queryParam("entity", "CapitalPlan").queryParam("id", maiSon).get("/api/v1/audit")
                .then().statusCode(200).body("action", equalTo(List.of("plan.draft", "plan.approve")));
        given().auth().oauth2(Tokens.observer()).get("/api/v1/audit/verify").then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void oneItemOutsideTheDistrictRefusesTheWholeBatchOfDrafts() {
        post(Tokens.district("125"), "/api/v1/capital-plans/batch", "{\"items\":[" + plan(2017, "04132", line("NS_XA", "VAN_HOA", 1_000))
                + "," + plan(2017, "116", line("NS_XA", "VAN_HOA", 1_000)) + "]}")
                .then().statusCode(403).contentType("application/problem+json").body("errors[0].field", equalTo("items[1]"));
        org.assertj.core.api.Assertions.assertThat(plansOf(2017, "04132")).isZero();
        post(Tokens.observer(), "/api/v1/capital-plans/batch", "{\"items\":[" + plan(2017, "04132", line("NS_XA", "VAN_HOA", 1_000)) + "]}")
                .then().statusCode(403);
        post(Tokens.financePlanner(), "/api/v1/capital-plans/batch", "{\"items\":[" + plan(2017, "04132", line("NO_SUCH", "VAN_HOA", 1_000))
                + "]}").then().statusCode(422).body("errors[0].field", equalTo("items[0].lines[0].sourceCode"));
        post(Tokens.financePlanner(), "/api/v1/capital-plans/batch", "{\"items\":[]}").then().statusCode(400);
        org.assertj.core.api.Assertions.assertThat(plansOf(2017, "04132")).isZero();
    }
}
