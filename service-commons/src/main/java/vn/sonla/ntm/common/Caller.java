package vn.sonla.ntm.common;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling, read from the verified access token: name, realm roles and the scope claims
 * ({@code department_code}, {@code district_code}, {@code unit_code}).
 */
@RequestScoped
public class Caller {

    public static final String DEPARTMENT_CLAIM = "department_code";
    public static final String DISTRICT_CLAIM = "district_code";
    public static final String UNIT_CLAIM = "unit_code";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public String name() {
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        String preferred = claim("preferred_username").orElse(null);
        if (preferred != null) {
            return preferred;
        }
        String clientId = claim("azp").orElse(null);
        return clientId != null ? clientId : identity.getPrincipal().getName();
    }

    public boolean has(String role) {
        return identity.hasRole(role);
    }

    public boolean hasAny(String... roles) {
        for (String role : roles) {
            if (identity.hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean isCoordinator() {
        return has(Roles.COORDINATOR);
    }

    public Optional<String> departmentCode() {
        return claim(DEPARTMENT_CLAIM);
    }

    public Optional<String> districtCode() {
        return claim(DISTRICT_CLAIM);
    }

    public Optional<String> unitCode() {
        return claim(UNIT_CLAIM);
    }

    private Optional<String> claim(String name) {
        if (identity.isAnonymous() || token == null || token.getRawToken() == null) {
            return Optional.empty();
        }
        Object value = token.getClaim(name);
        if (value == null) {
            return Optional.empty();
        }
        String text = value.toString().trim();
        if (text.startsWith("\"") && text.endsWith("\"") && text.length() >= 2) {
            text = text.substring(1, text.length() - 1);
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
