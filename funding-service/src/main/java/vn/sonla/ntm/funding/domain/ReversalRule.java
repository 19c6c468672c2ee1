package vn.sonla.ntm.funding.domain;

import java.util.Optional;

/** An entry is reversed at most once, by at most its own amount, and a reversal is never itself reversed. */
public final class ReversalRule {

    private ReversalRule() {
    }

    public static Optional<Rejection> check(boolean entryIsReversal, boolean alreadyReversed, long entryAmount,
                                            long requested) {
        if (entryIsReversal) {
            return Optional.of(Rejection.of("id", "this entry is a reversal; a reversal cannot be reversed"));
        }
        if (alreadyReversed) {
            return Optional.of(Rejection.of("id", "this entry has already been reversed; an entry is reversed once"));
        }
        if (requested > entryAmount) {
            return Optional.of(Rejection.of("amount", "a reversal cannot exceed the entry it reverses ("
                    + entryAmount + " đồng)"));
        }
        return Optional.empty();
    }
}
