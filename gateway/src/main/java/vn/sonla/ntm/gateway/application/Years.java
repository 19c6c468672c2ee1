package vn.sonla.ntm.gateway.application;

import java.time.LocalDate;
import java.time.ZoneId;

import vn.sonla.ntm.common.Params;
import vn.sonla.ntm.common.ProblemException;

/** The year a dashboard is asked for: this year in Sơn La by default, and a plausible one. */
public final class Years {

    private static final ZoneId SON_LA = ZoneId.of("Asia/Ho_Chi_Minh");

    private Years() {
    }

    public static int parse(String raw) {
        Integer year = Params.integer("year", raw, LocalDate.now(SON_LA).getYear());
        if (year < 2010 || year > 2100) {
            throw ProblemException.invalidField("year", "must be between 2010 and 2100");
        }
        return year;
    }
}
