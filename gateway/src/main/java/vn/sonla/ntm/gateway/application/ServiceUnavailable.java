package vn.sonla.ntm.gateway.application;

import vn.sonla.ntm.gateway.client.Downstream;

/** A service the answer cannot do without did not answer (down, slow, failing, circuit open): 503. */
public class ServiceUnavailable extends RuntimeException {

    private final Downstream service;

    public ServiceUnavailable(Downstream service, Throwable cause) {
        super(service.service() + " is unavailable: " + cause, null, false, false);
        this.service = service;
    }

    public Downstream service() {
        return service;
    }
}
