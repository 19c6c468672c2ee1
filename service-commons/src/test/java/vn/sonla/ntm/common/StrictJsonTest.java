package vn.sonla.ntm.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * The refusals the safety suite's hostile input needed (issue 8): each of these bodies was accepted before, some
 * answered 500 (a NUL cannot be stored), some were stored altered (an unpaired surrogate became '?', 1.5 đồng became 1),
 * some applied a request whose body was not JSON at all ({@code {...}}}}).
 */
class StrictJsonTest {

    record Body(String title, Long amount, List<String> tags, java.time.LocalDate day, java.math.BigDecimal value) {
    }

    private static final ObjectMapper JSON = StrictJson.apply(new ObjectMapper().findAndRegisterModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));

    private static Body read(String json) throws Exception {
        return JSON.readValue(json, Body.class);
    }

    @Test
    void vietnameseTextInEitherNormalFormTabsAndNewLinesAndEmojiAreText() throws Exception {
        assertThat(read("{\"title\": \"Xã Chiềng Ban\\tHuyện Mai Sơn\\r\\nđạt chuẩn\"}").title()).contains("Chiềng");
        String decomposed = "Chie\u0302\u0300ng Ban"; // ề as e + circumflex + grave
        assertThat(read("{\"title\": \"" + decomposed + "\"}").title()).isEqualTo(decomposed);
        assertThat(read("{\"title\": \"\\ud83c\\udf3e lúa\"}").title()).isEqualTo("\uD83C\uDF3E lúa");
        assertThat(read("{\"title\": \"" + "ê".repeat(StrictJson.MAX_TEXT_LENGTH) + "\"}").title()).hasSize(StrictJson.MAX_TEXT_LENGTH);
    }

    @Test
    void textThatIsNotTextIsRefusedNamingTheField() {
        for (String bad : new String[] {"a\\u0000b", "a\\u0007b", "a\\u009bb", "a\\ud800b", "a\\udc00b", "a\\u202eexe.pdf", "a\\u2066b",
            "a" + "\\u0301".repeat(StrictJson.MAX_COMBINING_RUN + 1), "a\\uffffb"}) {
            assertThatThrownBy(() -> read("{\"title\": \"" + bad + "\"}")).as(bad).isInstanceOf(InvalidFormatException.class)
                    .satisfies(e -> assertThat(ProblemMappers.jsonPath((InvalidFormatException) e)).isEqualTo("title"));
        }
        assertThatThrownBy(() -> read("{\"tags\": [\"ok\", \"a\\u0000\"]}")).isInstanceOf(InvalidFormatException.class);
        assertThatThrownBy(() -> read("{\"title\": \"" + "x".repeat(StrictJson.MAX_TEXT_LENGTH + 1) + "\"}"))
                .isInstanceOf(InvalidFormatException.class);
    }

    @Test
    void aFractionIsNotAnAmount() {
        assertThatThrownBy(() -> read("{\"amount\": 1.5}")).isInstanceOf(MismatchedInputException.class);
    }

    /** Found by the safety suite: 20200101 was read as a number of days since 1970 and stored as the year 57275. */
    @Test
    void aDateIsAnIsoTextNotANumberOfDays() throws Exception {
        assertThat(read("{\"day\": \"2020-02-29\"}").day()).isEqualTo(java.time.LocalDate.of(2020, 2, 29));
        assertThat(read("{\"day\": null}").day()).isNull();
        assertThatThrownBy(() -> read("{\"day\": 20200101}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"day\": \"2021-02-29\"}")).isInstanceOf(JsonProcessingException.class);
    }

    /** Found by the safety suite: a threshold of 1e400 was stored. */
    @Test
    void aDecimalHasBoundedDigits() throws Exception {
        assertThat(read("{\"value\": 82.5}").value()).isEqualByComparingTo("82.5");
        assertThat(read("{\"value\": 1000000000000000000}").value()).isEqualByComparingTo("1e18");
        assertThat(read("{\"value\": 0.000001}").value()).isEqualByComparingTo("0.000001");
        for (String bad : new String[] {"1e400", "-1e400", "1e-400", "123456789012345678901"}) {
            assertThatThrownBy(() -> read("{\"value\": " + bad + "}")).as(bad).isInstanceOf(InvalidFormatException.class)
                    .satisfies(e -> assertThat(ProblemMappers.jsonPath((InvalidFormatException) e)).isEqualTo("value"));
        }
    }

    @Test
    void aBodyIsOneJsonValueAndNothingAfterIt() {
        assertThatThrownBy(() -> read("{\"title\": \"a\"}}}")).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> read("{\"title\": \"a\"} {\"title\": \"b\"}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"title\": \"a\"} trailing")).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void theProblemSaysWhatIsWrongWithoutEchoingTheText() {
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(InvalidFormatException.class, () -> read("{\"title\": \"a\\u0000b\"}"));
        Problem problem = (Problem) new ProblemMappers().mismatched((InvalidFormatException) e, null).getEntity();
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("title");
            assertThat(f.message()).contains("control character");
        });
    }
}
