package vn.sonla.ntm.criteria.domain;

import java.util.Arrays;
import java.util.Optional;

/** đạt chuẩn NTM → BASIC, NTM nâng cao → ADVANCED, NTM kiểu mẫu → MODEL. */
public enum SetLevel {
    BASIC,
    ADVANCED,
    MODEL;

    public static Optional<SetLevel> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(l -> l.name().equals(text.trim())).findFirst();
    }
}
