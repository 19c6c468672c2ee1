package vn.sonla.ntm.criteria.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import vn.sonla.ntm.testing.Tokens;

/** Requests as the roles of the ntm realm make them, with real RS256 tokens from test-support. */
final class Api {

    static final String SETS = "/api/v1/criteria-sets";
    static final String NATIONAL = "ntm-xa-2016-2020";
    static final String NATIONAL_V1 = SETS + "/" + NATIONAL + "/versions/1";
    static final String SON_LA_ADVANCED = "sonla-ntm-nang-cao-xa-2018-2020";

    private Api() {
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    static RequestSpecification coordinator() {
        return as(Tokens.coordinator());
    }

    static RequestSpecification observer() {
        return as(Tokens.observer());
    }

    static RequestSpecification external() {
        return as(Tokens.externalSystem());
    }

    static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A set code no other test uses. */
    static String uniqueCode(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36);
    }

    /** The ETag of a version, as read. */
    static String etag(String path) {
        return coordinator().get(path).then().statusCode(200).extract().header("ETag");
    }

    /** A new draft derived from the published national set, under a fresh code; returns its path. */
    static String draftFromNational(String prefix) {
        String code = uniqueCode(prefix);
        coordinator().body("{\"targetCode\": \"" + code + "\"}").post(NATIONAL_V1 + "/derive").then().statusCode(201);
        return SETS + "/" + code + "/versions/1";
    }
}
