package vn.sonla.ntm.funding.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static vn.sonla.ntm.funding.FundingApi.line;
import static vn.sonla.ntm.funding.FundingApi.plan;

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

/** Every role and scope, allowed and refused, on writes and reads (DESIGN.md §5). This class writes 2025 only. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class AccessResourceTest {

    static Long maiSonPlan;
    static Long chiengBanAllocation;

    @OidcWireMock
    WireMockServer wireMock;

    @BeforeEach
    void units() {
        UnitDirectoryStub.install(wireMock);
        if (maiSonPlan == null) {
            maiSonPlan = FundingApi.approvedPlan(plan(2025, "116", line("NS_HUYEN", "SAN_XUAT", 100_000_000)));
            long district125 = FundingApi.draft(Tokens.district("125"),
                    plan(2025, "04132", line("NS_XA", "VAN_HOA", 100_000_000)));
            FundingApi.approve(district125);
            chiengBanAllocation = FundingApi.allocate(Tokens.district("125"), district125,
                    FundingApi.lineIds(district125).get(0), "04132", 60_000_000, "2025-02-01");
        }
    }

    @Test
    void whoMayDraftAPlanForAMaiSonCommune() {
        String body = plan(2025, "04147", line("NS_XA", "Y_TE", 1_000_000));
        FundingApi.draftRaw(Tokens.district("116"), body).then().statusCode(403).contentType("application/problem+json");
        FundingApi.draftRaw(Tokens.observer(), body).then().statusCode(403).contentType("application/problem+json");
        FundingApi.draftRaw(Tokens.appraiser("snn"), body).then().statusCode(403);
        FundingApi.draftRaw(Tokens.commune("04147", "125"), body).then().statusCode(403);
        FundingApi.draftRaw(Tokens.externalSystem(), body).then().statusCode(403);
        FundingApi.draftRaw(Tokens.user("nobody").roles("stranger").sign(), body).then().statusCode(403);
        FundingApi.draftRaw(Tokens.user("officer").roles("district-officer").sign(), body).then().statusCode(403);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/capital-plans").then().statusCode(401)
                .contentType("application/problem+json");
        FundingApi.draftRaw(Tokens.user("x").roles("coordinator").audience("another-api").sign(), body).then().statusCode(401);
        FundingApi.draftRaw(Tokens.user("x").roles("coordinator").expiredSecondsAgo(600).sign(), body).then().statusCode(401);
        FundingApi.draftRaw(Tokens.user("x").roles("coordinator").signedByAnotherKey().sign(), body).then().statusCode(401);
        FundingApi.draftRaw(Tokens.district("125"), body).then().statusCode(201);
        FundingApi.draftRaw(Tokens.coordinator(), plan(2025, "04105", line("NS_XA", "Y_TE", 1_000_000))).then().statusCode(201);
        FundingApi.draftRaw(Tokens.financePlanner(), plan(2025, "03658", line("NS_XA", "Y_TE", 1_000_000))).then().statusCode(201);
        // a district officer drafts for its district itself, not for the province or another district
        FundingApi.draftRaw(Tokens.district("125"), plan(2025, "14", line("NS_TINH", "Y_TE", 1))).then().statusCode(403);
        FundingApi.draftRaw(Tokens.district("116"), plan(2025, "125", line("NS_HUYEN", "Y_TE", 1))).then().statusCode(403);
    }

    @Test
    void districtOfficersAllocateAndRecordOnlyWithinTheirDistrict() {
        long line = FundingApi.lineIds(maiSonPlan).get(0);
        FundingApi.allocateRaw(Tokens.district("125"), maiSonPlan, line, "03658", 1, "2025-02-01").then().statusCode(403);
        FundingApi.allocateRaw(Tokens.observer(), maiSonPlan, line, "03658", 1, "2025-02-01").then().statusCode(403);
        FundingApi.allocateRaw(Tokens.commune("03658", "116"), maiSonPlan, line, "03658", 1, "2025-02-01").then().statusCode(403);
        FundingApi.allocateRaw(Tokens.district("116"), maiSonPlan, line, "03658", 1, "2025-02-01").then().statusCode(201);

        String disbursement = FundingApi.transaction("DISBURSEMENT", 1_000, "2025-03-01");
        FundingApi.transactionRaw(Tokens.district("116"), chiengBanAllocation, disbursement).then().statusCode(403)
                .contentType("application/problem+json").body("detail", org.hamcrest.Matchers.containsString("04132"));
        FundingApi.transactionRaw(Tokens.commune("04132", "125"), chiengBanAllocation, disbursement).then().statusCode(403);
        FundingApi.transactionRaw(Tokens.observer(), chiengBanAllocation, disbursement).then().statusCode(403);
        FundingApi.transactionRaw(Tokens.appraiser("stc"), chiengBanAllocation, disbursement).then().statusCode(403);
        FundingApi.transactionRaw(Tokens.externalSystem(), chiengBanAllocation, disbursement).then().statusCode(403);
        FundingApi.reverseAllocationRaw(Tokens.district("116"), chiengBanAllocation, 1L, "2025-03-01").then().statusCode(403);
        FundingApi.transactionRaw(Tokens.district("125"), chiengBanAllocation, disbursement).then().statusCode(201);
        FundingApi.transactionRaw(Tokens.financePlanner(), chiengBanAllocation, disbursement).then().statusCode(201);
        FundingApi.transactionRaw(Tokens.coordinator(), chiengBanAllocation, disbursement).then().statusCode(201);
    }

    @Test
    void readersSeeWhatTheirScopeCovers() {
        String path = "/api/v1/allocations/" + chiengBanAllocation;
        for (String reader : new String[] {Tokens.observer(), Tokens.coordinator(), Tokens.financePlanner(),
                Tokens.appraiser("sgtvt"), Tokens.district("125"), Tokens.commune("04132", "125")}) {
            given().auth().oauth2(reader).get(path).then().statusCode(200).body("recipientCode", equalTo("04132"));
        }
        given().auth().oauth2(Tokens.district("116")).get(path).then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.commune("04120", "125")).get(path).then().statusCode(403);
        given().auth().oauth2(Tokens.externalSystem()).get(path).then().statusCode(403);
        given().auth().oauth2(Tokens.district("116")).get(path + "/transactions").then().statusCode(403);

        given().auth().oauth2(Tokens.commune("04132", "125")).queryParam("year", 2025).queryParam("unitCode", "04132")
                .get("/api/v1/reports/mobilisation").then().statusCode(200);
        given().auth().oauth2(Tokens.commune("04132", "125")).queryParam("year", 2025).queryParam("unitCode", "125")
                .get("/api/v1/reports/mobilisation").then().statusCode(403);
        given().auth().oauth2(Tokens.commune("04132", "125")).queryParam("year", 2025)
                .get("/api/v1/reports/execution").then().statusCode(403);
        given().auth().oauth2(Tokens.district("125")).queryParam("year", 2025).queryParam("unitCode", "04132")
                .get("/api/v1/reports/spending").then().statusCode(200);
        given().auth().oauth2(Tokens.district("116")).queryParam("year", 2025).queryParam("unitCode", "04132")
                .get("/api/v1/reports/spending").then().statusCode(403);
    }

    @Test
    void theCatalogueIsReadByStaffAndChangedByTheCoordinatorOnly() {
        given().auth().oauth2(Tokens.commune("04132", "125")).get("/api/v1/funding-sources").then().statusCode(200)
                .body("find { it.code == 'CONG_DONG_DAT' }.valuation", equalTo("LAND"))
                .body("find { it.code == 'TIN_DUNG' }.kind", equalTo("MOBILISED"));
        given().auth().oauth2(Tokens.observer()).get("/api/v1/spending-fields").then().statusCode(200)
                .body("find { it.code == 'HT_GIAO_THONG' }.criterionCode", equalTo("2"))
                .body("find { it.code == 'HT_GIAO_THONG' }.infrastructure", equalTo(true))
                .body("find { it.code == 'SAN_XUAT' }.infrastructure", equalTo(false));
        given().auth().oauth2(Tokens.externalSystem()).get("/api/v1/funding-sources").then().statusCode(403);
        String source = """
                {"code":"QUY_VI_NGUOI_NGHEO","nameVi":"Quỹ Vì người nghèo","nameEn":"Fund for the Poor",
                 "kind":"MOBILISED","valuation":"CASH","validFrom":"2020-01-01"}""";
        given().auth().oauth2(Tokens.financePlanner()).contentType(ContentType.JSON).body(source)
                .post("/api/v1/funding-sources").then().statusCode(403);
        // the role is checked before the body: an observer learns nothing about what a valid source looks like
        given().auth().oauth2(Tokens.observer()).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/funding-sources").then().statusCode(403);
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON).body(source)
                .post("/api/v1/funding-sources").then().statusCode(201).header("ETag", "\"0\"");
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON).body(source)
                .post("/api/v1/funding-sources").then().statusCode(409);
        String retire = "{\"lastDay\":\"2024-12-31\",\"reason\":\"Quỹ chuyển về MTTQ\"}";
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON).body(retire)
                .post("/api/v1/funding-sources/QUY_VI_NGUOI_NGHEO/retire").then().statusCode(428);
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON).header("If-Match", "\"7\"").body(retire)
                .post("/api/v1/funding-sources/QUY_VI_NGUOI_NGHEO/retire").then().statusCode(412);
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(retire)
                .post("/api/v1/funding-sources/QUY_VI_NGUOI_NGHEO/retire").then().statusCode(200)
                .body("validTo", equalTo("2024-12-31"));
        // retired: refused for 2025 records, still shown for the years it was in force
        FundingApi.draftRaw(Tokens.financePlanner(), plan(2025, "04120", line("QUY_VI_NGUOI_NGHEO", "SAN_XUAT", 5)))
                .then().statusCode(422).body("errors[0].field", equalTo("lines[0].sourceCode"));
        given().auth().oauth2(Tokens.observer()).queryParam("at", "2025-06-01").get("/api/v1/funding-sources")
                .then().body("code", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("QUY_VI_NGUOI_NGHEO")));
        given().auth().oauth2(Tokens.observer()).queryParam("at", "2024-06-01").get("/api/v1/funding-sources")
                .then().body("code", org.hamcrest.Matchers.hasItem("QUY_VI_NGUOI_NGHEO"));
        given().auth().oauth2(Tokens.observer()).queryParam("entity", "FundingSource").queryParam("id", "QUY_VI_NGUOI_NGHEO")
                .get("/api/v1/audit").then().statusCode(200).body("action", equalTo(java.util.List.of("source.add", "source.retire")))
                .body("[1].reason", equalTo("Quỹ chuyển về MTTQ"));
    }

    @Test
    void theAuditLogIsReadByTheOfficesAndItsChainVerifies() {
        given().auth().oauth2(Tokens.observer()).queryParam("entity", "CapitalPlan").queryParam("id", maiSonPlan)
                .get("/api/v1/audit").then().statusCode(200)
                .body("action", equalTo(java.util.List.of("plan.draft", "plan.approve")))
                .body("[1].actor", equalTo("finance")).body("[1].unitCode", equalTo("116"))
                .body("[1].before", org.hamcrest.Matchers.containsString("\"status\":\"DRAFT\""))
                .body("[1].after", org.hamcrest.Matchers.containsString("\"status\":\"APPROVED\""))
                .body("[1].reason", org.hamcrest.Matchers.containsString("UBND tỉnh Sơn La"));
        given().auth().oauth2(Tokens.coordinator()).get("/api/v1/audit/verify").then().statusCode(200)
                .body("intact", equalTo(true));
        given().auth().oauth2(Tokens.district("125")).get("/api/v1/audit/verify").then().statusCode(403);
        given().auth().oauth2(Tokens.externalSystem()).queryParam("unitCode", "116").get("/api/v1/audit").then().statusCode(403);
        given().auth().oauth2(Tokens.observer()).queryParam("entity", "CapitalPlan").get("/api/v1/audit")
                .then().statusCode(400).body("errors[0].field", equalTo("id"));
    }
}
