package vn.sonla.ntm.funding;

import static io.restassured.RestAssured.given;

import java.util.List;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.sonla.ntm.testing.Tokens;

/** Drives the funding API the way a client does, for tests: real HTTP, real signed tokens. */
public final class FundingApi {

    private FundingApi() {
    }

    /** Matches a JSON number equal to {@code expected} đồng, whether it was read as an int or a long. */
    public static Matcher<Object> dong(long expected) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof Number n && !(item instanceof Float) && !(item instanceof Double)
                        && n.longValue() == expected;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText(expected + " đồng");
            }
        };
    }

    public static String line(String source, String field, long amount) {
        return "{\"sourceCode\":\"%s\",\"fieldCode\":\"%s\",\"amount\":%d}".formatted(source, field, amount);
    }

    public static String line(String source, String field, String criterion, long amount) {
        return "{\"sourceCode\":\"%s\",\"fieldCode\":\"%s\",\"criterionCode\":\"%s\",\"amount\":%d}"
                .formatted(source, field, criterion, amount);
    }

    public static String plan(int year, String unitCode, String... lines) {
        return "{\"year\":%d,\"unitCode\":\"%s\",\"title\":\"Kế hoạch vốn %d\",\"lines\":[%s]}"
                .formatted(year, unitCode, year, String.join(",", lines));
    }

    public static Response draftRaw(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/capital-plans");
    }

    public static long draft(String token, String body) {
        return draftRaw(token, body).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static String etag(long planId) {
        return given().auth().oauth2(Tokens.observer()).get("/api/v1/capital-plans/" + planId)
                .then().statusCode(200).extract().header("ETag");
    }

    public static Response approveRaw(String token, long planId, String ifMatch) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"decisionNumber\":\"" + planId + "/QĐ-UBND\",\"decisionDate\":\"2026-01-15\",\"issuer\":\"UBND tỉnh Sơn La\"}");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.post("/api/v1/capital-plans/" + planId + "/approve");
    }

    public static void approve(long planId) {
        approveRaw(Tokens.financePlanner(), planId, etag(planId)).then().statusCode(200);
    }

    /** Drafts and approves a plan as the finance department; answers its id. */
    public static long approvedPlan(String body) {
        long id = draft(Tokens.financePlanner(), body);
        approve(id);
        return id;
    }

    public static List<Long> lineIds(long planId) {
        return given().auth().oauth2(Tokens.observer()).get("/api/v1/capital-plans/" + planId)
                .then().statusCode(200).extract().jsonPath().getList("lines.id", Long.class);
    }

    public static Response allocateRaw(String token, long planId, long lineId, String recipient, long amount, String date) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"recipientCode\":\"%s\",\"amount\":%d,\"date\":\"%s\",\"documentRef\":\"QĐ phân bổ\"}"
                        .formatted(recipient, amount, date))
                .post("/api/v1/capital-plans/" + planId + "/lines/" + lineId + "/allocations");
    }

    public static long allocate(String token, long planId, long lineId, String recipient, long amount, String date) {
        return allocateRaw(token, planId, lineId, recipient, amount, date).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    public static Response transactionRaw(String token, long allocationId, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/allocations/" + allocationId + "/transactions");
    }

    public static String transaction(String type, long amount, String date) {
        return "{\"type\":\"%s\",\"amount\":%d,\"date\":\"%s\",\"documentRef\":\"CT-%s-%d\"}"
                .formatted(type, amount, date, type, amount);
    }

    public static long record(String token, long allocationId, String type, long amount, String date) {
        return transactionRaw(token, allocationId, transaction(type, amount, date)).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    public static Response reverseAllocationRaw(String token, long allocationId, Long amount, String date) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{%s\"date\":\"%s\",\"reason\":\"Điều chỉnh\"}".formatted(amount == null ? "" : "\"amount\":" + amount + ",", date))
                .post("/api/v1/allocations/" + allocationId + "/reversal");
    }

    public static Response reverseTransactionRaw(String token, long transactionId, Long amount, String date) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{%s\"date\":\"%s\",\"reason\":\"Ghi sai chứng từ\"}".formatted(amount == null ? "" : "\"amount\":" + amount + ",", date))
                .post("/api/v1/transactions/" + transactionId + "/reversal");
    }
}
