package vn.sonla.ntm.assessment.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Converts native-query column values, whatever JDBC type the driver chose. */
final class Sql {

    private Sql() {
    }

    static LocalDate date(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof LocalDate d) {
            return d;
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        throw new IllegalStateException("not a date: " + v.getClass());
    }

    static Integer integer(Object v) {
        return v == null ? null : ((Number) v).intValue();
    }

    static Long longValue(Object v) {
        return v == null ? null : ((Number) v).longValue();
    }

    static OffsetDateTime instant(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof OffsetDateTime o) {
            return o.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (v instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (v instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("not a timestamp: " + v.getClass());
    }
}
