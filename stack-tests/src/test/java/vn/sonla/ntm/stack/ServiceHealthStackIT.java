package vn.sonla.ntm.stack;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every service of the stack reports itself ready, database and identity provider included. */
class ServiceHealthStackIT {

    static Stream<Arguments> services() {
        return Stream.of(
                Arguments.of("criteria-service", Stack.criteria()),
                Arguments.of("assessment-service", Stack.assessment()),
                Arguments.of("funding-service", Stack.funding()),
                Arguments.of("gateway", Stack.gateway()));
    }

    @ParameterizedTest(name = "{0} is ready")
    @MethodSource("services")
    void isReady(String component, String baseUrl) {
        assertReady(baseUrl);
    }

    private static void assertReady(String baseUrl) {
        given().baseUri(baseUrl)
                .when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
    }
}
