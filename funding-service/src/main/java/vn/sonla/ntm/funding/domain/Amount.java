package vn.sonla.ntm.funding.domain;

/**
 * A sum of money in whole đồng (VND): always positive and at most 10^15 đồng (a thousand times Sơn La's whole
 * 2011-2020 mobilisation), so that a mistyped figure is refused instead of corrupting every total.
 */
public record Amount(long dong) {

    public static final long MAX = 1_000_000_000_000_000L;

    public Amount {
        if (dong <= 0) {
            throw new InvalidAmount("must be a positive whole number of đồng");
        }
        if (dong > MAX) {
            throw new InvalidAmount("must not exceed 10^15 đồng (1,000,000,000,000,000)");
        }
    }

    public static Amount of(long dong) {
        return new Amount(dong);
    }

    /** Why an amount was refused. */
    public static final class InvalidAmount extends IllegalArgumentException {
        public InvalidAmount(String message) {
            super(message);
        }
    }
}
