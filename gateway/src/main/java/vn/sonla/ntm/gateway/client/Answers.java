package vn.sonla.ntm.gateway.client;

import java.io.InputStream;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** Turns a service's error answer into the gateway's two kinds: the caller refused, or the service failing. */
final class Answers {

    private Answers() {
    }

    static RuntimeException toException(Downstream service, Response response) {
        int status = response.getStatus();
        if (status >= 400 && status < 500) {
            return new DownstreamRefusal(service, status, response.getHeaderString(HttpHeaders.CONTENT_TYPE), body(response));
        }
        return new DownstreamFailure(service, status);
    }

    private static byte[] body(Response response) {
        try {
            if (!response.hasEntity()) {
                return new byte[0];
            }
            try (InputStream in = response.readEntity(InputStream.class)) {
                return in.readNBytes(64 * 1024);
            }
        } catch (Exception e) {
            return new byte[0];
        }
    }
}
