package vn.sonla.ntm.gateway.application;

import java.time.Duration;
import java.util.OptionalLong;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import vn.sonla.ntm.gateway.config.GatewayConfig;

/**
 * One token bucket per client of the status API (Bucket4j): {@code burst} requests at once, refilled at
 * {@code refill} per {@code refillPeriod}. Buckets live in this instance's memory, so N gateway instances let a client
 * make N times as many calls: acceptable for a courtesy limit that protects assessment-service from a runaway poller;
 * a shared limit would need a shared store (Bucket4j has PostgreSQL and Redis back ends).
 */
@ApplicationScoped
public class RateLimits {

    @Inject
    GatewayConfig config;

    private Cache<String, Bucket> buckets;
    private Bandwidth limit;

    @PostConstruct
    void init() {
        GatewayConfig.Status status = config.status();
        this.limit = Bandwidth.builder().capacity(status.burst()).refillGreedy(status.refill(), status.refillPeriod()).build();
        // a client idle for two periods has a full bucket again: forgetting it changes nothing
        this.buckets = Caffeine.newBuilder().maximumSize(10_000).expireAfterAccess(status.refillPeriod().multipliedBy(2)).build();
    }

    /** The client a budget belongs to: the OAuth client the token was issued to ({@code azp}), else its subject. */
    public static String clientOf(JsonWebToken token) {
        String azp = token.getClaim("azp");
        if (azp != null && !azp.isBlank()) {
            return azp;
        }
        String clientId = token.getClaim("client_id");
        return clientId != null && !clientId.isBlank() ? clientId : "sub:" + token.getSubject();
    }

    /** Takes one request from the client's bucket; empty when allowed, else the seconds to wait. */
    public OptionalLong take(String clientId) {
        Bucket bucket = buckets.get(clientId, id -> Bucket.builder().addLimit(limit).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        long seconds = Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1;
        return OptionalLong.of(seconds);
    }
}
