package vn.sonla.ntm.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

class ProblemMappersTest {

    record Body(String code, Integer minimum) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static MismatchedInputException refusalOf(String json) {
        return catchThrowableOfType(MismatchedInputException.class, () -> JSON.readValue(json, Body.class));
    }

    @Test
    void anUnknownFieldIsAProblemNamingTheField() {
        Response answer = new ProblemMappers().mismatched(refusalOf("{\"code\": \"x\", \"colour\": \"red\"}"), null);
        Problem problem = (Problem) answer.getEntity();
        assertThat(answer.getStatus()).isEqualTo(400);
        assertThat(answer.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(problem.errors()).containsExactly(new Problem.FieldError("colour", "is not a known field"));
    }

    @Test
    void aValueOfTheWrongTypeIsAProblemNamingTheField() {
        Problem problem = (Problem) new ProblemMappers().mismatched(refusalOf("{\"minimum\": \"five\"}"), null).getEntity();
        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("minimum");
        assertThat(problem.errors().get(0).message()).startsWith("has the wrong format or type");
    }
}
