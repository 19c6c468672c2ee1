package vn.sonla.ntm.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads query and path parameters taken as text, so that a bad value is answered 400 naming the parameter
 * (typed JAX-RS parameters answer a conversion failure with a bare 404).
 */
public final class Params {

    private Params() {
    }

    /** An enum constant by name (case-insensitive), or null when absent. */
    public static <E extends Enum<E>> E enumValue(String name, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String wanted = raw.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        throw ProblemException.invalidField(name, "must be one of " + Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", ")));
    }

    /** An ISO date, or {@code fallback} when absent. */
    public static LocalDate date(String name, String raw, LocalDate fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(name, "must be an ISO date such as 2019-12-31");
        }
    }

    /** A whole number, or {@code fallback} when absent. */
    public static Integer integer(String name, String raw, Integer fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return Integer.valueOf(raw.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(name, "must be a whole number");
        }
    }

    /** A whole number that must be present. */
    public static long requiredLong(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            throw ProblemException.invalidField(name, "is required");
        }
        try {
            return Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(name, "must be a whole number");
        }
    }
}
