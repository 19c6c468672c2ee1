package vn.sonla.ntm.decision;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money as officials read it: whole đồng in, "1.250 triệu đồng" / "1,250 million VND" out. */
public final class Money {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private Money() {
    }

    /** "1.250" (millions of đồng, Vietnamese grouping, up to three decimals when not whole). */
    public static String millionsVi(long dong) {
        return millions(dong).replace(',', '#').replace('.', ',').replace('#', '.');
    }

    /** "1,250" (millions of đồng, English grouping). */
    public static String millionsEn(long dong) {
        return millions(dong);
    }

    private static String millions(long dong) {
        BigDecimal m = BigDecimal.valueOf(dong).divide(MILLION, 3, RoundingMode.HALF_UP).stripTrailingZeros();
        if (m.scale() < 0) {
            m = m.setScale(0);
        }
        java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0.###", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
        return f.format(m);
    }

    public static String vi(long dong) {
        return millionsVi(dong) + " triệu đồng";
    }

    public static String en(long dong) {
        return millionsEn(dong) + " million VND";
    }
}
