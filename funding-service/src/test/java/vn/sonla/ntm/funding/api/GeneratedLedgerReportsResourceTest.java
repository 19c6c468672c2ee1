package vn.sonla.ntm.funding.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.sonla.ntm.funding.FundingApi.line;
import static vn.sonla.ntm.funding.FundingApi.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import vn.sonla.ntm.funding.FundingApi;
import vn.sonla.ntm.funding.UnitDirectoryStub;
import vn.sonla.ntm.testing.Tokens;

/**
 * The report invariant checked through the REST reports: a generated ledger for 2010 (this class alone writes that
 * year) — random allocations, reversals, commitments, disbursements, expenditures and their reversals, including
 * requests the service refuses — then every report's totals equal what the service accepted, summed by the client.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class GeneratedLedgerReportsResourceTest {

    static final String[] RECIPIENTS = {"04120", "04132", "04147", "04105", "125", "03658", "03646", "116"};
    static final String[] TYPES = {"COMMITMENT", "DISBURSEMENT", "EXPENDITURE"};

    @OidcWireMock
    WireMockServer wireMock;

    @BeforeEach
    void units() {
        UnitDirectoryStub.install(wireMock);
    }

    @Test
    void reportTotalsEqualTheSumOfWhatTheServiceAccepted() {
        Random random = new Random(20_100_101L);
        String f = Tokens.financePlanner();
        long province = FundingApi.approvedPlan(plan(2010, "14",
                line("NSTW_DTPT", "HT_GIAO_THONG", "2", 3_000_000_000L), line("NS_TINH", "SAN_XUAT", 2_000_000_000L),
                line("LONG_GHEP", "HT_TRUONG_HOC", "5", 900_000_000L), line("TIN_DUNG", "SAN_XUAT", 1_500_000_000L)));
        long commune = FundingApi.approvedPlan(plan(2010, "04120", line("CONG_DONG_TIEN", "VAN_HOA", 120_000_000L)));
        List<long[]> lines = new ArrayList<>(); // {plan, line}
        FundingApi.lineIds(province).forEach(l -> lines.add(new long[] {province, l}));
        FundingApi.lineIds(commune).forEach(l -> lines.add(new long[] {commune, l}));

        long planned = 3_000_000_000L + 2_000_000_000L + 900_000_000L + 1_500_000_000L + 120_000_000L;
        long allocated = 0;
        Map<String, Long> transacted = new HashMap<>(Map.of("COMMITMENT", 0L, "DISBURSEMENT", 0L, "EXPENDITURE", 0L));
        List<Long> allocations = new ArrayList<>();
        Map<Long, Long> allocationAmounts = new HashMap<>();
        List<Object[]> transactions = new ArrayList<>(); // {id, type, amount}
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < 60; i++) {
            int op = random.nextInt(10);
            if (op < 4 || allocations.isEmpty()) {
                long[] target = lines.get(random.nextInt(lines.size()));
                String recipient = target[0] == commune ? "04120" : RECIPIENTS[random.nextInt(RECIPIENTS.length)];
                long amount = 1 + (long) (random.nextDouble() * 900_000_000L);
                Response r = FundingApi.allocateRaw(f, target[0], target[1], recipient, amount, "2010-02-01");
                if (r.statusCode() == 201) {
                    allocated += amount;
                    long id = r.jsonPath().getLong("id");
                    allocations.add(id);
                    allocationAmounts.put(id, amount);
                    accepted++;
                } else {
                    assertThat(r.statusCode()).isEqualTo(422);
                    refused++;
                }
            } else if (op < 8) {
                long allocation = allocations.get(random.nextInt(allocations.size()));
                String type = TYPES[random.nextInt(TYPES.length)];
                long amount = 1 + (long) (random.nextDouble() * allocationAmounts.get(allocation) * 0.7);
                Response r = FundingApi.transactionRaw(f, allocation, FundingApi.transaction(type, amount, "2010-05-01"));
                if (r.statusCode() == 201) {
                    transacted.merge(type, amount, Long::sum);
                    transactions.add(new Object[] {r.jsonPath().getLong("id"), type, amount});
                    accepted++;
                } else {
                    assertThat(r.statusCode()).isEqualTo(422);
                    refused++;
                }
            } else if (op == 8) {
                long allocation = allocations.get(random.nextInt(allocations.size()));
                long amount = 1 + random.nextInt(50_000_000);
                Response r = FundingApi.reverseAllocationRaw(f, allocation, amount, "2010-06-01");
                if (r.statusCode() == 201) {
                    allocated -= amount;
                    accepted++;
                } else {
                    assertThat(r.statusCode()).isEqualTo(422);
                    refused++;
                }
            } else if (!transactions.isEmpty()) {
                Object[] t = transactions.get(random.nextInt(transactions.size()));
                long amount = 1 + random.nextInt((int) Math.min((Long) t[2], 40_000_000L));
                Response r = FundingApi.reverseTransactionRaw(f, (Long) t[0], amount, "2010-07-01");
                if (r.statusCode() == 201) {
                    transacted.merge((String) t[1], -amount, Long::sum);
                    accepted++;
                } else {
                    assertThat(r.statusCode()).isEqualTo(422);
                    refused++;
                }
            }
        }
        assertThat(accepted).isGreaterThan(20);
        assertThat(refused).isGreaterThan(0);

        for (String report : List.of("mobilisation", "execution", "spending")) {
            JsonPath json = given().auth().oauth2(Tokens.observer()).queryParam("year", 2010)
                    .get("/api/v1/reports/" + report).then().statusCode(200).extract().jsonPath();
            assertThat(json.getLong("total.planned")).as(report + " planned").isEqualTo(planned);
            assertThat(json.getLong("total.allocated")).as(report + " allocated").isEqualTo(allocated);
            assertThat(json.getLong("total.committed")).as(report + " committed").isEqualTo(transacted.get("COMMITMENT"));
            assertThat(json.getLong("total.disbursed")).as(report + " disbursed").isEqualTo(transacted.get("DISBURSEMENT"));
            assertThat(json.getLong("total.expended")).as(report + " expended").isEqualTo(transacted.get("EXPENDITURE"));
        }
        JsonPath execution = given().auth().oauth2(Tokens.observer()).queryParam("year", 2010)
                .get("/api/v1/reports/execution").then().extract().jsonPath();
        long rows = execution.getLong("ownLevel.allocated");
        for (Map<String, Object> d : execution.<Map<String, Object>>getList("districts")) {
            rows += ((Number) ((Map<?, ?>) d.get("amounts")).get("allocated")).longValue();
        }
        assertThat(rows).isEqualTo(allocated);
        JsonPath summary = given().auth().oauth2(Tokens.observer()).queryParam("year", 2010)
                .get("/api/v1/summary/province/14").then().statusCode(200).extract().jsonPath();
        assertThat(summary.getLong("total.allocated")).isEqualTo(allocated);
        assertThat(summary.getLong("total.disbursed")).isEqualTo(transacted.get("DISBURSEMENT"));
    }
}
