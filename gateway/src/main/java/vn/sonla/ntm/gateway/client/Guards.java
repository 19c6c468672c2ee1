package vn.sonla.ntm.gateway.client;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;

/**
 * One time limit and one circuit breaker per service, whatever is being read from it: when a service is down it is down
 * for every read at once, so one breaker per service opens after a few failures of any of them. A refusal (4xx) is
 * the caller's, not the service's: it does not count. No retry: the time limit is the whole budget of a composed
 * answer and a retry would double the worst case (the SPA refreshes anyway).
 * Limits are configuration: {@code vn.sonla.ntm.gateway.client.Guards/assessment/Timeout/value} and so on.
 */
@ApplicationScoped
public class Guards {

    @Timeout(2000)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5000, skipOn = DownstreamRefusal.class)
    @CircuitBreakerName("assessment-service")
    public <T> Uni<T> assessment(Supplier<Uni<T>> call) {
        return call.get();
    }

    @Timeout(2000)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5000, skipOn = DownstreamRefusal.class)
    @CircuitBreakerName("funding-service")
    public <T> Uni<T> funding(Supplier<Uni<T>> call) {
        return call.get();
    }

    @Timeout(2000)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5000, skipOn = DownstreamRefusal.class)
    @CircuitBreakerName("criteria-service")
    public <T> Uni<T> criteria(Supplier<Uni<T>> call) {
        return call.get();
    }
}
