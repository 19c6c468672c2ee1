package vn.sonla.ntm.loader.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import vn.sonla.ntm.loader.http.Reply;
import vn.sonla.ntm.loader.http.TokenCache;
import vn.sonla.ntm.loader.http.JsonHttp;

/** funding-service (8083): capital plans, allocations, ledger transactions. */
public final class FundingClient extends ServiceClient {

    public FundingClient(JsonHttp http, String baseUrl, TokenCache tokens) {
        super(http, baseUrl, tokens);
    }

    /** The plan series of a year and unit: its newest non-superseded plan (one series per year and unit). */
    public Optional<JsonNode> findPlan(String as, int year, String unitCode) {
        return all(as, "/api/v1/capital-plans", "year", year, "unitCode", unitCode).stream()
                .filter(p -> p.path("unit").path("code").asText().equals(unitCode))
                .filter(p -> !p.path("status").asText().equals("SUPERSEDED"))
                .findFirst();
    }

    /** POST of a batch body to one of the batch endpoints (plans, approvals, allocations, transactions; ADR 0071). */
    public Reply batch(String as, String path, Object body) {
        return post(as, path, body);
    }

    public Reply plan(String as, long id) {
        return get(as, "/api/v1/capital-plans/" + id);
    }

    public Reply draftPlan(String as, Map<String, ?> body) {
        return post(as, "/api/v1/capital-plans", body);
    }

    public Reply approve(String as, long id, String ifMatch, String number, String date, String issuer) {
        return post(as, "/api/v1/capital-plans/" + id + "/approve", Map.of("decisionNumber", number, "decisionDate", date, "issuer", issuer),
                ifMatch);
    }

    public List<JsonNode> allocationsOfPlan(String as, long planId) {
        return all(as, "/api/v1/allocations", "planId", planId);
    }

    public Reply allocate(String as, long planId, long lineId, Map<String, ?> body) {
        return post(as, "/api/v1/capital-plans/" + planId + "/lines/" + lineId + "/allocations", body);
    }

    public List<JsonNode> transactions(String as, long allocationId) {
        List<JsonNode> list = new ArrayList<>();
        get(as, "/api/v1/allocations/" + allocationId + "/transactions").body().forEach(list::add);
        return list;
    }

    public Reply record(String as, long allocationId, Map<String, ?> body) {
        return post(as, "/api/v1/allocations/" + allocationId + "/transactions", body);
    }

    public Reply reverseTransaction(String as, long transactionId, Map<String, ?> body) {
        return post(as, "/api/v1/transactions/" + transactionId + "/reversal", body);
    }
}
