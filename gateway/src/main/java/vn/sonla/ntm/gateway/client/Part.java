package vn.sonla.ntm.gateway.client;

/**
 * One service's share of a composed answer: there, unavailable (down, slow, failing, circuit open: the answer is
 * degraded), or withheld (the service refused this caller this part, or has nothing under that code).
 */
public record Part<T>(Downstream source, T value, State state) {

    public enum State { PRESENT, UNAVAILABLE, WITHHELD }

    public static <T> Part<T> present(Downstream source, T value) {
        return new Part<>(source, value, State.PRESENT);
    }

    public static <T> Part<T> unavailable(Downstream source) {
        return new Part<>(source, null, State.UNAVAILABLE);
    }

    public static <T> Part<T> withheld(Downstream source) {
        return new Part<>(source, null, State.WITHHELD);
    }

    public boolean isUnavailable() {
        return state == State.UNAVAILABLE;
    }
}
