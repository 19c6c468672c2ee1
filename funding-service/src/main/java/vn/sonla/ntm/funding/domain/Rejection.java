package vn.sonla.ntm.funding.domain;

/** Why a business rule refused a request: the field the caller should look at, and a sentence saying why. */
public record Rejection(String field, String reason) {

    public static Rejection of(String field, String reason) {
        return new Rejection(field, reason);
    }
}
