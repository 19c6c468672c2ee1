package vn.sonla.ntm.assessment.client;

import java.time.temporal.ChronoUnit;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Fetches a criteria-set version from criteria-service: 3 s per attempt, two retries on network or server failure,
 * a circuit breaker so a dead catalogue fails fast. A 404 is "no such version", not a failure; other 4xx (e.g. 403) are
 * answered as they are, without retrying.
 */
@ApplicationScoped
public class CriteriaCatalogue {

    private static final Logger LOG = Logger.getLogger(CriteriaCatalogue.class);

    /** What criteria-service answered: the raw document, or nothing for an unknown version. */
    public record Fetched(Optional<String> json) {
    }

    /** criteria-service refused the caller (401/403) or answered something unusable. */
    public static class CatalogueRefusal extends RuntimeException {
        private final int status;

        public CatalogueRefusal(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    @Inject
    @RestClient
    CriteriaCatalogueApi api;

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = CatalogueRefusal.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = CatalogueRefusal.class)
    public Fetched version(String code, int version) {
        try {
            return new Fetched(Optional.of(api.version(code, version)));
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
            if (status == 404) {
                return new Fetched(Optional.empty());
            }
            if (status < 500) {
                LOG.warnf("criteria-service answered %d for %s v%d", status, code, version);
                throw new CatalogueRefusal(status, "criteria-service answered " + status + " for " + code + " version " + version);
            }
            throw e;
        }
    }
}
