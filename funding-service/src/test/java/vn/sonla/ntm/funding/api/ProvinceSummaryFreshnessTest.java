package vn.sonla.ntm.funding.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
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
import vn.sonla.ntm.funding.FundingApi;
import vn.sonla.ntm.funding.UnitDirectoryStub;
import vn.sonla.ntm.testing.Tokens;

/**
 * The province summary is kept between changes (docs/decisions/0084-dashboard-cache.md): every approval, allocation and
 * disbursement shows at the next read, and who may read it is checked every time.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ProvinceSummaryFreshnessTest {

    @OidcWireMock
    WireMockServer wireMock;

    @BeforeEach
    void units() {
        UnitDirectoryStub.install(wireMock);
    }

    @Test
    void everyChangeShowsAtTheNextRead() {
        long before = planned();
        assertThat(planned()).as("read twice without a change").isEqualTo(before);

        long plan = FundingApi.approvedPlan(plan(2012, "14", line("NSTW_DTPT", "HT_GIAO_THONG", 700_000_000L)));
        assertThat(planned()).as("a plan approved after the first read").isEqualTo(before + 700_000_000L);

        List<Long> lines = FundingApi.lineIds(plan);
        long allocation = FundingApi.allocate(Tokens.financePlanner(), plan, lines.get(0), "03658", 300_000_000L, "2012-03-01");
        assertThat(summary("total.allocated")).isEqualTo(300_000_000L);

        FundingApi.record(Tokens.district("116"), allocation, "DISBURSEMENT", 120_000_000L, "2012-04-01");
        assertThat(summary("total.disbursed")).isEqualTo(120_000_000L);

        given().auth().oauth2(Tokens.district("125")).queryParam("year", 2012).get("/api/v1/summary/province/14")
                .then().statusCode(403); // a kept summary is still refused to a district
    }

    private static long planned() {
        return summary("total.planned");
    }

    private static long summary(String path) {
        Number n = given().auth().oauth2(Tokens.observer()).queryParam("year", 2012).get("/api/v1/summary/province/14")
                .then().statusCode(200).extract().jsonPath().get(path);
        return n == null ? 0 : n.longValue();
    }
}
