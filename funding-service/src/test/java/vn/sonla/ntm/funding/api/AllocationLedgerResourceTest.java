package vn.sonla.ntm.funding.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.sonla.ntm.funding.FundingApi.line;
import static vn.sonla.ntm.funding.FundingApi.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import vn.sonla.ntm.funding.FundingApi;
import vn.sonla.ntm.funding.UnitDirectoryStub;
import vn.sonla.ntm.testing.Tokens;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class AllocationLedgerResourceTest {

    @OidcWireMock
    WireMockServer wireMock;

    @BeforeEach
    void units() {
        UnitDirectoryStub.install(wireMock);
    }

    @Test
    void allocationsOfALineNeverExceedIt() {
        long plan = FundingApi.approvedPlan(plan(2019, "125", line("NSTW_DTPT", "HT_GIAO_THONG", 1_000_000_000)));
        long line = FundingApi.lineIds(plan).get(0);
        FundingApi.allocate(Tokens.financePlanner(), plan, line, "04120", 700_000_000, "2019-02-01");
        FundingApi.allocate(Tokens.district("125"), plan, line, "04132", 300_000_000, "2019-02-01");
        FundingApi.allocateRaw(Tokens.financePlanner(), plan, line, "04147", 1, "2019-02-01")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("amount")).body("detail", containsString("0 đồng of 1000000000"));
    }

    @Test
    void concurrentAllocationsRacingForTheLastDongExactlyTheRightOnesWin() throws Exception {
        long plan = FundingApi.approvedPlan(plan(2019, "116", line("NS_TINH", "VAN_HOA", 1_000_001)));
        long line = FundingApi.lineIds(plan).get(0);
        // twelve requests of 100 000 race for a line of 1 000 001: exactly ten fit
        List<Integer> first = race(12, () -> FundingApi.allocateRaw(Tokens.financePlanner(), plan, line,
                "03658", 100_000, "2019-03-01").statusCode());
        assertThat(first).filteredOn(s -> s == 201).hasSize(10);
        assertThat(first).filteredOn(s -> s == 422).hasSize(2);
        // six requests race for the last đồng: exactly one gets it
        List<Integer> last = race(6, () -> FundingApi.allocateRaw(Tokens.financePlanner(), plan, line,
                "03646", 1, "2019-03-02").statusCode());
        assertThat(last).filteredOn(s -> s == 201).hasSize(1);
        assertThat(last).filteredOn(s -> s == 422).hasSize(5);
        List<Integer> amounts = given().auth().oauth2(Tokens.observer()).queryParam("planLineId", line).queryParam("size", 500)
                .get("/api/v1/allocations").then().statusCode(200).body("total", equalTo(11))
                .extract().jsonPath().getList("items.amount", Integer.class);
        assertThat(amounts.stream().mapToLong(Integer::longValue).sum()).isEqualTo(1_000_001L);
    }

    @Test
    void concurrentDisbursementsNeverOverdrawAnAllocation() throws Exception {
        long plan = FundingApi.approvedPlan(plan(2019, "04105", line("NS_XA", "HT_DIEN", 500_000)));
        long allocation = FundingApi.allocate(Tokens.financePlanner(), plan, FundingApi.lineIds(plan).get(0), "04105",
                500_000, "2019-02-01");
        List<Integer> statuses = race(8, () -> FundingApi.transactionRaw(Tokens.district("125"), allocation,
                FundingApi.transaction("DISBURSEMENT", 100_000, "2019-03-01")).statusCode());
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(5);
        assertThat(statuses).filteredOn(s -> s == 422).hasSize(3);
        given().auth().oauth2(Tokens.observer()).get("/api/v1/allocations/" + allocation)
                .then().body("balance.disbursed", equalTo(500_000)).body("balance.available", equalTo(0));
    }

    @Test
    void anAllocationIsReducedByOneReversalNeverMoreThanItNorBelowWhatIsDisbursed() {
        long plan = FundingApi.approvedPlan(plan(2020, "125", line("NSTW_DTPT", "HT_THUY_LOI", 900_000_000)));
        long line = FundingApi.lineIds(plan).get(0);
        long allocation = FundingApi.allocate(Tokens.financePlanner(), plan, line, "04120", 900_000_000, "2020-02-01");
        FundingApi.record(Tokens.district("125"), allocation, "DISBURSEMENT", 500_000_000, "2020-03-01");

        FundingApi.reverseAllocationRaw(Tokens.financePlanner(), allocation, 900_000_001L, "2020-04-01")
                .then().statusCode(422).body("errors[0].field", equalTo("amount"));
        FundingApi.reverseAllocationRaw(Tokens.financePlanner(), allocation, 400_000_001L, "2020-04-01")
                .then().statusCode(422).body("detail", containsString("already disbursed"));
        long reversal = FundingApi.reverseAllocationRaw(Tokens.financePlanner(), allocation, 400_000_000L, "2020-04-01")
                .then().statusCode(201).body("reverses", equalTo((int) allocation)).body("amount", equalTo(400_000_000))
                .extract().jsonPath().getLong("id");
        FundingApi.reverseAllocationRaw(Tokens.financePlanner(), allocation, 1L, "2020-04-02")
                .then().statusCode(422).body("detail", containsString("already been reversed"));
        FundingApi.reverseAllocationRaw(Tokens.financePlanner(), reversal, 1L, "2020-04-02")
                .then().statusCode(422).body("detail", containsString("cannot be reversed"));
        given().auth().oauth2(Tokens.observer()).get("/api/v1/allocations/" + allocation).then().statusCode(200)
                .body("balance.allocated", equalTo(500_000_000)).body("balance.disbursed", equalTo(500_000_000))
                .body("balance.available", equalTo(0));
        given().auth().oauth2(Tokens.observer()).get("/api/v1/allocations/" + reversal).then().body("balance", nullValue());
        // the line has room again for what was reversed
        FundingApi.allocate(Tokens.financePlanner(), plan, line, "04132", 400_000_000, "2020-04-03");
    }

    @Test
    void onlyApprovedPlansAreAllocatedAndOnlyToUnitsUnderThePlansUnit() {
        long draft = FundingApi.draft(Tokens.financePlanner(), plan(2023, "04105", line("NS_XA", "VAN_HOA", 10_000_000)));
        FundingApi.allocateRaw(Tokens.financePlanner(), draft, FundingApi.lineIds(draft).get(0), "04105", 1, "2023-02-01")
                .then().statusCode(422).body("errors[0].field", equalTo("planId"));
        long maiSon = FundingApi.approvedPlan(plan(2023, "125", line("NS_HUYEN", "SAN_XUAT", 10_000_000)));
        long line = FundingApi.lineIds(maiSon).get(0);
        FundingApi.allocateRaw(Tokens.financePlanner(), maiSon, line, "03658", 1, "2023-02-01")
                .then().statusCode(422).body("errors[0].field", equalTo("recipientCode"));
        FundingApi.allocateRaw(Tokens.financePlanner(), maiSon, line, "116", 1, "2023-02-01")
                .then().statusCode(422).body("errors[0].field", equalTo("recipientCode"));
        FundingApi.allocateRaw(Tokens.financePlanner(), maiSon, line, "14", 1, "2023-02-01").then().statusCode(400)
                .body("errors[0].field", equalTo("recipientCode"));
        FundingApi.allocateRaw(Tokens.financePlanner(), maiSon, line, "03980", 1, "2023-02-01").then().statusCode(422)
                .body("errors[0].field", equalTo("recipientCode")).body("detail", containsString("2023-01-01"));
        FundingApi.allocateRaw(Tokens.financePlanner(), maiSon, 999_999, "04120", 1, "2023-02-01").then().statusCode(404);
        // the district itself may execute its own plan
        FundingApi.allocate(Tokens.financePlanner(), maiSon, line, "125", 1, "2023-02-01");
    }

    @Test
    void disbursementsBeyondTheAllocationAreRefusedUnlessACoordinatorJustifiesThem() {
        long plan = FundingApi.approvedPlan(plan(2021, "125", line("NS_TINH", "HT_DIEN", 100_000_000)));
        long allocation = FundingApi.allocate(Tokens.financePlanner(), plan, FundingApi.lineIds(plan).get(0), "04120",
                100_000_000, "2021-01-10");
        FundingApi.record(Tokens.district("125"), allocation, "COMMITMENT", 100_000_000, "2021-01-20");
        FundingApi.record(Tokens.district("125"), allocation, "DISBURSEMENT", 90_000_000, "2021-02-01");
        FundingApi.transactionRaw(Tokens.district("125"), allocation, FundingApi.transaction("DISBURSEMENT", 10_000_001, "2021-02-02"))
                .then().statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("amount"))
                .body("detail", containsString("10000000 đồng left"));
        FundingApi.transactionRaw(Tokens.financePlanner(), allocation, FundingApi.transaction("DISBURSEMENT", 10_000_001, "2021-02-02"))
                .then().statusCode(422);
        FundingApi.transactionRaw(Tokens.coordinator(), allocation, FundingApi.transaction("DISBURSEMENT", 10_000_001, "2021-02-02"))
                .then().statusCode(422).body("errors[0].field", equalTo("justification"));
        long over = FundingApi.transactionRaw(Tokens.coordinator(), allocation, """
                        {"type":"DISBURSEMENT","amount":10000001,"date":"2021-02-02","documentRef":"UNC 77",
                         "justification":"Tạm ứng theo Công văn 812/UBND-KT để kịp trước mùa mưa"}""")
                .then().statusCode(201).body("overDisbursement", equalTo(true))
                .body("justification", containsString("812/UBND-KT")).extract().jsonPath().getLong("id");
        given().auth().oauth2(Tokens.observer()).get("/api/v1/allocations/" + allocation)
                .then().body("balance.disbursed", equalTo(100_000_001)).body("balance.available", equalTo(-1));
        given().auth().oauth2(Tokens.observer()).queryParam("entity", "LedgerTransaction").queryParam("id", over)
                .get("/api/v1/audit").then().statusCode(200)
                .body("[0].action", equalTo("transaction.over-disbursement")).body("[0].actor", equalTo("coordinator"))
                .body("[0].reason", containsString("812/UBND-KT"));
        // expenditures and commitments are recorded, not capped by the allocation
        FundingApi.record(Tokens.district("125"), allocation, "EXPENDITURE", 95_000_000, "2021-03-01");
    }

    @Test
    void aTransactionIsReversedOnceByAtMostItsAmountAndAReversalIsNeverReversed() {
        long plan = FundingApi.approvedPlan(plan(2021, "116", line("NS_HUYEN", "GIAO_DUC", 50_000_000)));
        long allocation = FundingApi.allocate(Tokens.financePlanner(), plan, FundingApi.lineIds(plan).get(0), "03658",
                50_000_000, "2021-01-10");
        long disbursement = FundingApi.record(Tokens.financePlanner(), allocation, "DISBURSEMENT", 30_000_000, "2021-02-01");
        FundingApi.reverseTransactionRaw(Tokens.financePlanner(), disbursement, 30_000_001L, "2021-02-03")
                .then().statusCode(422).body("errors[0].field", equalTo("amount"));
        FundingApi.reverseTransactionRaw(Tokens.financePlanner(), disbursement, null, "2021-01-31")
                .then().statusCode(400).body("errors[0].field", equalTo("date"));
        long reversal = FundingApi.reverseTransactionRaw(Tokens.financePlanner(), disbursement, 10_000_000L, "2021-02-03")
                .then().statusCode(201).body("reverses", equalTo((int) disbursement)).body("type", equalTo("DISBURSEMENT"))
                .extract().jsonPath().getLong("id");
        FundingApi.reverseTransactionRaw(Tokens.financePlanner(), disbursement, 1L, "2021-02-04")
                .then().statusCode(422).body("detail", containsString("already been reversed"));
        FundingApi.reverseTransactionRaw(Tokens.financePlanner(), reversal, 1L, "2021-02-04")
                .then().statusCode(422).body("detail", containsString("cannot be reversed"));
        given().auth().oauth2(Tokens.observer()).get("/api/v1/allocations/" + allocation)
                .then().body("balance.disbursed", equalTo(20_000_000)).body("balance.available", equalTo(30_000_000));
        given().auth().oauth2(Tokens.observer()).get("/api/v1/allocations/" + allocation + "/transactions")
                .then().statusCode(200).body("size()", equalTo(2)).body("[1].reverses", equalTo((int) disbursement));
    }

    @Test
    void communityLabourIsRecordedWithItsValuation() {
        long plan = FundingApi.approvedPlan(plan(2022, "04132", """
                {"sourceCode":"CONG_DONG_NGAY_CONG","fieldCode":"CANH_QUAN_MOI_TRUONG","amount":180000000,
                 "valuation":{"quantity":1200,"unit":"ngày công","unitValue":150000,"basis":"Đơn giá ngày công huyện Mai Sơn"}}"""));
        long allocation = FundingApi.allocate(Tokens.financePlanner(), plan, FundingApi.lineIds(plan).get(0), "04132",
                180_000_000, "2022-01-10");
        FundingApi.transactionRaw(Tokens.district("125"), allocation, FundingApi.transaction("EXPENDITURE", 15_000_000, "2022-03-01"))
                .then().statusCode(422).body("errors[0].field", equalTo("valuation"));
        FundingApi.transactionRaw(Tokens.district("125"), allocation, """
                        {"type":"EXPENDITURE","amount":15000001,"date":"2022-03-01","documentRef":"Biên bản 3/2022",
                         "valuation":{"quantity":100,"unit":"ngày công","unitValue":150000,"basis":"Đơn giá ngày công"}}""")
                .then().statusCode(422).body("errors[0].field", equalTo("amount")).body("detail", containsString("15000000"));
        FundingApi.transactionRaw(Tokens.district("125"), allocation, """
                        {"type":"EXPENDITURE","amount":15000000,"date":"2022-03-01","documentRef":"Biên bản 3/2022",
                         "valuation":{"quantity":100,"unit":"ngày công","unitValue":150000,"basis":"Đơn giá ngày công"}}""")
                .then().statusCode(201).body("valuation.quantity", equalTo(100.0f)).body("valuation.unitValue", equalTo(150000));
    }

    @Test
    void listsAreRestrictedToTheCallersScope() {
        long plan = FundingApi.approvedPlan(plan(2022, "14", line("NSTW_SN", "Y_TE", 20_000_000)));
        long line = FundingApi.lineIds(plan).get(0);
        FundingApi.allocate(Tokens.financePlanner(), plan, line, "04120", 5_000_000, "2022-02-01");
        FundingApi.allocate(Tokens.financePlanner(), plan, line, "03658", 5_000_000, "2022-02-01");
        given().auth().oauth2(Tokens.district("116")).queryParam("planLineId", line).get("/api/v1/allocations")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].recipientCode", equalTo("03658"));
        given().auth().oauth2(Tokens.commune("04120", "125")).queryParam("planLineId", line).get("/api/v1/allocations")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].recipientCode", equalTo("04120"));
        given().auth().oauth2(Tokens.observer()).queryParam("planLineId", line).get("/api/v1/allocations")
                .then().statusCode(200).body("total", equalTo(2));
        given().auth().oauth2(Tokens.district("116")).queryParam("year", 2022).queryParam("unitCode", "14")
                .get("/api/v1/capital-plans").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(Tokens.district("116")).get("/api/v1/capital-plans/" + plan).then().statusCode(403);
    }

    private static List<Integer> race(int n, Callable<Integer> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : futures) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
