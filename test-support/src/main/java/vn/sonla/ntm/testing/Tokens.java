package vn.sonla.ntm.testing;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Mints real RS256 access tokens shaped like the {@code ntm} realm's: {@code roles}, {@code preferred_username},
 * audience {@code ntm-api} and the scope claims. They are signed with the key of {@code OidcWiremockTestResource}
 * (issuer {@code https://server.example.com}), so a service under test verifies them exactly as it verifies Keycloak's.
 */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "ntm-api";

    private final String username;
    private final Map<String, Object> claims = new LinkedHashMap<>();
    private List<String> roles = List.of();
    private String audience = AUDIENCE;
    private String issuer = ISSUER;
    private Instant expiresAt = Instant.now().plusSeconds(900);
    private boolean foreignKey;

    private Tokens(String username) {
        this.username = username;
    }

    public static Tokens user(String username) {
        return new Tokens(username);
    }

    public static String coordinator() {
        return user("coordinator").roles("coordinator").sign();
    }

    public static String observer() {
        return user("observer").roles("observer").sign();
    }

    public static String financePlanner() {
        return user("finance").roles("finance-planner").sign();
    }

    public static String externalSystem() {
        return user("service-account-external-demo").roles("external-system").sign();
    }

    public static String district(String districtCode) {
        return user("district-" + districtCode).roles("district-officer").claim("district_code", districtCode).sign();
    }

    public static String commune(String unitCode, String districtCode) {
        Tokens t = user("commune-" + unitCode).roles("commune-officer").claim("unit_code", unitCode);
        if (districtCode != null) {
            t.claim("district_code", districtCode);
        }
        return t.sign();
    }

    public static String appraiser(String departmentCode) {
        return user("appraiser-" + departmentCode).roles("department-appraiser").claim("department_code", departmentCode).sign();
    }

    public Tokens roles(String... roles) {
        this.roles = List.of(roles);
        return this;
    }

    public Tokens claim(String name, Object value) {
        claims.put(name, value);
        return this;
    }

    public Tokens audience(String audience) {
        this.audience = audience;
        return this;
    }

    public Tokens issuer(String issuer) {
        this.issuer = issuer;
        return this;
    }

    public Tokens expiredSecondsAgo(long seconds) {
        this.expiresAt = Instant.now().minusSeconds(seconds);
        return this;
    }

    /** Signs with a freshly generated key the service has never seen: must be refused. */
    public Tokens signedByAnotherKey() {
        this.foreignKey = true;
        return this;
    }

    public String sign() {
        JwtClaimsBuilder builder = Jwt.claims()
                .issuer(issuer)
                .audience(audience)
                .subject(username)
                .preferredUserName(username)
                .claim("roles", roles)
                .issuedAt(expiresAt.minusSeconds(900))
                .expiresAt(expiresAt);
        claims.forEach(builder::claim);
        if (foreignKey) {
            return builder.jws().keyId("1").sign(freshKey().getPrivate());
        }
        return builder.jws().keyId("1").sign();
    }

    private static KeyPair freshKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
