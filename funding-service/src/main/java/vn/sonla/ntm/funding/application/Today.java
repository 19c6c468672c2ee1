package vn.sonla.ntm.funding.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** The date and instant in Sơn La (ICT, UTC+7), whatever zone the JVM runs in. */
final class Today {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private Today() {
    }

    static LocalDate date() {
        return LocalDate.now(VIETNAM);
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
