package vn.sonla.ntm.safety;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The caller classes of the authorization matrix. The fixtures the matrix works on belong to Xã Chiềng Ban (04120)
 * under Huyện Mai Sơn (125) and to the safety criteria set, whose criterion 1 is owned by {@code sgtvt} and
 * criterion 2 by {@code syt}; so "in scope" and "out of scope" are facts of the data, not of the caller alone.
 */
enum Callers {
    COORDINATOR("coordinator", () -> Tokens.user("coordinator")),
    DISTRICT_IN("district-in", () -> Tokens.user("district-125")),
    DISTRICT_OUT("district-out", () -> Tokens.user("district-116")),
    COMMUNE_OWN("commune-own", () -> Tokens.user("commune-04120")),
    COMMUNE_OTHER("commune-other", () -> Tokens.user("commune-04105")),
    APPRAISER_OWNER("appraiser-owner", () -> Tokens.user("appraiser-sgtvt")),
    APPRAISER_OTHER("appraiser-other", () -> Tokens.user("appraiser-syt")),
    FINANCE("finance", () -> Tokens.user("finance")),
    OBSERVER("observer", () -> Tokens.user("observer")),
    EXTERNAL("external", Tokens::external),
    NO_TOKEN("no-token", () -> null),
    EXPIRED("expired", Callers::expired),
    OTHER_AUDIENCE("other-audience", () -> Tokens.derived("other-audience", () -> Tokens.otherAudience("coordinator"))),
    FOREIGN_KEY("foreign-key", () -> Tokens.derived("foreign-key", () -> Tokens.foreignKey(Tokens.user("coordinator")))),
    TAMPERED("tampered", () -> Tokens.derived("tampered", () -> Tokens.tampered(Tokens.user("observer")))),
    ALG_NONE("alg-none", () -> Tokens.derived("alg-none", () -> Tokens.unsigned(Tokens.user("coordinator"))));

    /** The callers that hold no valid token: every /api operation answers them 401. */
    static final List<Callers> INVALID = List.of(NO_TOKEN, EXPIRED, OTHER_AUDIENCE, FOREIGN_KEY, TAMPERED, ALG_NONE);

    final String key;
    private final Supplier<String> token;

    Callers(String key, Supplier<String> token) {
        this.key = key;
        this.token = token;
    }

    String token() {
        return token.get();
    }

    boolean invalid() {
        return INVALID.contains(this);
    }

    static Callers of(String key) {
        for (Callers c : values()) {
            if (c.key.equals(key)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown caller class '" + key + "'");
    }

    private static volatile String expired;

    /**
     * A coordinator token of the 5-second client, once it has expired (the first use waits for it; later uses reuse
     * it). Nothing is forged: Keycloak issued it, time made it invalid.
     */
    private static String expired() {
        if (expired == null) {
            synchronized (Callers.class) {
                if (expired == null) {
                    String t = Tokens.shortLived("coordinator");
                    long wait = Tokens.expiry(t) + 2 - Instant.now().getEpochSecond();
                    if (wait > 0) {
                        try {
                            Thread.sleep(wait * 1000);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    expired = t;
                }
            }
        }
        return expired;
    }

    static Map<String, Callers> byKey() {
        Map<String, Callers> m = new java.util.LinkedHashMap<>();
        for (Callers c : values()) {
            m.put(c.key, c);
        }
        return m;
    }
}
