package vn.sonla.ntm.assessment.domain;

import java.util.Locale;
import java.util.Optional;

/** Đạt chuẩn NTM, NTM nâng cao, NTM kiểu mẫu — in rising order: a MODEL commune is also ADVANCED and BASIC. */
public enum RecognitionLevel {
    BASIC,
    ADVANCED,
    MODEL;

    public boolean isAtLeast(RecognitionLevel other) {
        return compareTo(other) >= 0;
    }

    /** The level of a criteria set as the catalogue names it ({@code BASIC}, {@code advanced}, ...), if it is one. */
    public static Optional<RecognitionLevel> ofSetLevel(String setLevel) {
        if (setLevel == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(setLevel.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
