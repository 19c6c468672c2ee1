package vn.sonla.ntm.gateway.client;

import java.nio.charset.StandardCharsets;

/**
 * A service answered 4xx: the caller's request is refused (no token, wrong role, out of scope, no such thing, bad
 * parameter). Not a failure of the service: it neither opens a circuit nor degrades an answer; the gateway hands the
 * service's status and problem document on unchanged.
 */
public class DownstreamRefusal extends RuntimeException {

    private final Downstream service;
    private final int status;
    private final String contentType;
    private final byte[] body;

    public DownstreamRefusal(Downstream service, int status, String contentType, byte[] body) {
        super(service.service() + " answered " + status, null, false, false);
        this.service = service;
        this.status = status;
        this.contentType = contentType;
        this.body = body == null ? new byte[0] : body;
    }

    public Downstream service() {
        return service;
    }

    public int status() {
        return status;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] body() {
        return body;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
