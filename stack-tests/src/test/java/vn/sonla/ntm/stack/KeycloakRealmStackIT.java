package vn.sonla.ntm.stack;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** The demo realm hands out the token shape the services rely on (docs/decisions/0004). */
class KeycloakRealmStackIT {

    @Test
    void coordinatorTokenCarriesRolesAudienceAndThePinnedIssuer() {
        JsonPath claims = Tokens.claims(Tokens.of("coordinator"));

        assertThat(claims.getList("roles", String.class)).contains("coordinator");
        assertThat(audience(claims)).contains("ntm-api");
        assertThat(claims.getString("iss")).isEqualTo(Stack.expectedIssuer());
        assertThat(claims.getString("preferred_username")).isEqualTo("coordinator");
        assertThat(claims.getString("azp")).isEqualTo("ntm-cli");
    }

    @Test
    void accessTokensLiveFifteenMinutes() {
        JsonPath claims = Tokens.claims(Tokens.of("observer"));

        assertThat(claims.getLong("exp") - claims.getLong("iat")).isEqualTo(900L);
    }

    @Test
    void issuerIsTheSameWhenKeycloakIsReachedThrough127001() {
        String viaLoopbackAddress = Stack.keycloak().replace("//localhost", "//127.0.0.1");

        JsonPath claims = Tokens.claims(Tokens.passwordGrant(viaLoopbackAddress, "coordinator"));

        assertThat(claims.getString("iss")).isEqualTo(Stack.expectedIssuer());
    }

    @Test
    void districtOfficerTokenCarriesItsDistrictCode() {
        JsonPath claims = Tokens.claims(Tokens.of("district-125"));

        assertThat(claims.getList("roles", String.class)).contains("district-officer");
        assertThat(claims.getString("district_code")).isEqualTo("125");
    }

    @Test
    void departmentAppraiserTokenCarriesItsDepartmentCode() {
        JsonPath claims = Tokens.claims(Tokens.of("appraiser-sxd"));

        assertThat(claims.getList("roles", String.class)).contains("department-appraiser");
        assertThat(claims.getString("department_code")).isEqualTo("sxd");
    }

    @Test
    void pilotCommuneOfficerTokenCarriesItsUnitAndDistrict() {
        JsonPath claims = Tokens.claims(Tokens.of("commune-04120"));

        assertThat(claims.getList("roles", String.class)).contains("commune-officer");
        assertThat(claims.getString("unit_code")).isEqualTo("04120");
        assertThat(claims.getString("district_code")).isEqualTo("125");
    }

    @Test
    void externalSystemGetsATokenByClientCredentials() {
        JsonPath claims = Tokens.claims(Tokens.external());

        assertThat(claims.getList("roles", String.class)).contains("external-system");
        assertThat(audience(claims)).contains("ntm-api");
        assertThat(claims.getString("iss")).isEqualTo(Stack.expectedIssuer());
    }

    @Test
    void wrongPasswordIsRefused() {
        given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", "ntm-cli")
                .formParam("username", "coordinator")
                .formParam("password", "not-the-password")
                .when().post(Stack.tokenEndpoint(Stack.keycloak()))
                .then().statusCode(400)
                .body("error", equalTo("invalid_grant"));
    }

    @Test
    void theSpaClientDoesNotAllowThePasswordGrant() {
        given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", "ntm-spa")
                .formParam("username", "coordinator")
                .formParam("password", Tokens.DEMO_PASSWORD)
                .when().post(Stack.tokenEndpoint(Stack.keycloak()))
                .then().statusCode(400)
                .body("error", equalTo("unauthorized_client"));
    }

    /** {@code aud} is a string when there is one audience and an array otherwise (RFC 7519 §4.1.3). */
    private static List<String> audience(JsonPath claims) {
        Object aud = claims.get("aud");
        if (aud instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return aud == null ? List.of() : List.of(String.valueOf(aud));
    }
}
