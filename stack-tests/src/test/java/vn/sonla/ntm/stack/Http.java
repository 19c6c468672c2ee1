package vn.sonla.ntm.stack;

import static io.restassured.RestAssured.given;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Calls made by the walks: one demo user's real token, JSON sent as UTF-8 (the bodies carry Vietnamese text). */
final class Http {

    private static final RestAssuredConfig UTF8_JSON = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig().defaultCharsetForContentType("UTF-8", ContentType.JSON));

    private Http() {
    }

    /** A request to {@code baseUri} as the demo user {@code username}, accepting JSON. */
    static RequestSpecification as(String username, String baseUri) {
        return given().config(UTF8_JSON).baseUri(baseUri).auth().oauth2(Tokens.of(username)).accept(ContentType.JSON);
    }

    /** The same, sending {@code body} (a map or list, written as JSON). */
    static RequestSpecification as(String username, String baseUri, Object body) {
        return as(username, baseUri).contentType(ContentType.JSON).body(body);
    }

    /** The ETag of an answer, to send back as If-Match; fails when the service did not set one. */
    static String etag(Response response) {
        String etag = response.header("ETag");
        if (etag == null || etag.isBlank()) {
            throw new AssertionError("no ETag on " + response.statusLine());
        }
        return etag;
    }
}
