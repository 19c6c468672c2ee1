package vn.sonla.ntm.gateway.client;

/** A service answered 5xx or something unreadable: counts against its circuit breaker, degrades the answer. */
public class DownstreamFailure extends RuntimeException {

    public DownstreamFailure(Downstream service, int status) {
        super(service.service() + " answered " + status, null, false, false);
    }
}
