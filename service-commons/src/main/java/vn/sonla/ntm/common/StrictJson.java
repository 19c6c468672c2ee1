package vn.sonla.ntm.common;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * How every service reads JSON, beyond Quarkus' defaults (docs/decisions/0081-strict-json-input.md):
 * <ul>
 *   <li>a body is one JSON value: anything after it ({@code {"a":1}}}}) is malformed, not ignored;</li>
 *   <li>a fraction where an integer belongs (an amount of 1.5 đồng, a year of 2020.7) is refused, not truncated;</li>
 *   <li>a text is text: no NUL or other control character (tab, line feed and carriage return excepted), no unpaired
 *       surrogate (it would be stored as '?'), no bidirectional embedding, override or isolate control (they make a name
 *       display as something else), no run of more than {@value #MAX_COMBINING_RUN} combining marks (Vietnamese needs two
 *       at most), no noncharacter, and at most {@value #MAX_TEXT_LENGTH} characters.</li>
 * </ul>
 * A refused text is a 400 problem naming the field, through {@link ProblemMappers}.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    public static final int MAX_TEXT_LENGTH = 50_000;
    public static final int MAX_COMBINING_RUN = 4;

    @Override
    public void customize(ObjectMapper mapper) {
        apply(mapper);
    }

    public static ObjectMapper apply(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        // a date is an ISO-8601 text: not a number of days since 1970 (20200101 would be the year 57275), not ""
        mapper.configOverride(java.time.LocalDate.class).setFormat(com.fasterxml.jackson.annotation.JsonFormat.Value.forLeniency(false));
        SimpleModule texts = new SimpleModule("ntm-strict-text");
        texts.addDeserializer(String.class, new TextDeserializer());
        texts.addDeserializer(java.math.BigDecimal.class, new DecimalDeserializer());
        mapper.registerModule(texts);
        return mapper;
    }

    /** Why a text is refused, or null when it is acceptable. */
    public static String refusalOf(String text) {
        if (text.length() > MAX_TEXT_LENGTH) {
            return "longer than " + MAX_TEXT_LENGTH + " characters";
        }
        int combining = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    combining = 0;
                    continue;
                }
                return "an unpaired surrogate (not Unicode text)";
            }
            if (Character.isLowSurrogate(c)) {
                return "an unpaired surrogate (not Unicode text)";
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
                return "a control character";
            }
            if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                return "a bidirectional override or isolate control";
            }
            if (c == '\uFFFE' || c == '\uFFFF') {
                return "a noncharacter";
            }
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK) {
                if (++combining > MAX_COMBINING_RUN) {
                    return "more than " + MAX_COMBINING_RUN + " combining marks in a row";
                }
            } else {
                combining = 0;
            }
        }
        return null;
    }

    /** The most digits before and after the decimal point a decimal number may have (amounts are at most 10^18 đồng). */
    public static final int MAX_INTEGER_DIGITS = 20;
    public static final int MAX_FRACTION_DIGITS = 12;

    /** Why a decimal is refused (1e400, 1e-400), or null. */
    public static String refusalOf(java.math.BigDecimal value) {
        java.math.BigDecimal v = value.stripTrailingZeros();
        if (v.precision() - v.scale() > MAX_INTEGER_DIGITS) {
            return "more than " + MAX_INTEGER_DIGITS + " digits before the decimal point";
        }
        if (v.scale() > MAX_FRACTION_DIGITS) {
            return "more than " + MAX_FRACTION_DIGITS + " digits after the decimal point";
        }
        return null;
    }

    /** Jackson's own decimal reading, then the bounds above. */
    static final class DecimalDeserializer extends StdScalarDeserializer<java.math.BigDecimal> {

        DecimalDeserializer() {
            super(java.math.BigDecimal.class);
        }

        @Override
        public java.math.BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            java.math.BigDecimal value = com.fasterxml.jackson.databind.deser.std.NumberDeserializers.BigDecimalDeserializer.instance
                    .deserialize(p, ctxt);
            if (value != null) {
                String refusal = refusalOf(value);
                if (refusal != null) {
                    throw new InvalidFormatException(p, "a number with " + refusal, value, java.math.BigDecimal.class);
                }
            }
            return value;
        }
    }

    /** Jackson's own string reading (coercions included), then the check above. */
    static final class TextDeserializer extends StdScalarDeserializer<String> {

        TextDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            if (value != null) {
                String refusal = refusalOf(value);
                if (refusal != null) {
                    throw new InvalidFormatException(p, "text with " + refusal, "text with " + refusal, String.class);
                }
            }
            return value;
        }
    }
}
