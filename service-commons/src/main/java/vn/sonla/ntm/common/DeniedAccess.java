package vn.sonla.ntm.common;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;

/** Logs every refused attempt (wrong role, outside scope) with who tried what, for the security officer. */
public final class DeniedAccess {

    private static final Logger LOG = Logger.getLogger("ntm.security.denied");

    private DeniedAccess() {
    }

    public static void log(UriInfo uri, String reason) {
        String who = "?";
        String roles = "[]";
        try {
            Caller caller = CDI.current().select(Caller.class).get();
            who = caller.name();
            roles = caller.roles().toString();
        } catch (RuntimeException noRequestContext) {
            // logged without the caller rather than not at all
        }
        LOG.warnf("denied user=%s roles=%s path=%s reason=%s", who, roles, uri == null ? "?" : uri.getPath(), reason);
    }
}
