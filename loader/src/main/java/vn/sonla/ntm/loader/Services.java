package vn.sonla.ntm.loader;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import vn.sonla.ntm.loader.client.AssessmentClient;
import vn.sonla.ntm.loader.client.CriteriaClient;
import vn.sonla.ntm.loader.client.FundingClient;
import vn.sonla.ntm.loader.http.JsonHttp;
import vn.sonla.ntm.loader.http.TokenCache;

/** The running system as the loader sees it: one client per service, sharing one HTTP client and one token cache. */
public record Services(String keycloakUrl, String realm, TokenCache tokens, CriteriaClient criteria, AssessmentClient assessment,
                       FundingClient funding, JsonHttp http) {

    public static Services from(Options o) {
        JsonHttp http = new JsonHttp(Duration.ofSeconds(o.integer("timeout")));
        TokenCache tokens = new TokenCache(http, o.get("keycloak"), o.get("realm"), o.get("client"), o.get("password"), Clock.systemUTC());
        return new Services(o.get("keycloak"), o.get("realm"), tokens,
                new CriteriaClient(http, o.get("criteria"), tokens),
                new AssessmentClient(http, o.get("assessment"), tokens),
                new FundingClient(http, o.get("funding"), tokens), http);
    }

    /**
     * Waits up to {@code seconds} until Keycloak's realm and every service answer their readiness probes; with 0 it
     * checks once. Names what is not ready.
     */
    public void awaitReady(int seconds, Log log) {
        Instant deadline = Instant.now().plusSeconds(Math.max(0, seconds));
        String discovery = keycloakUrl.replaceAll("/+$", "") + "/realms/" + realm + "/.well-known/openid-configuration";
        boolean announced = false;
        while (true) {
            StringBuilder missing = new StringBuilder();
            if (!http.ok(discovery)) {
                missing.append(" keycloak (").append(discovery).append(')');
            }
            if (!criteria.ready()) {
                missing.append(" criteria-service (").append(criteria.baseUrl()).append(')');
            }
            if (!assessment.ready()) {
                missing.append(" assessment-service (").append(assessment.baseUrl()).append(')');
            }
            if (!funding.ready()) {
                missing.append(" funding-service (").append(funding.baseUrl()).append(')');
            }
            if (missing.length() == 0) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("not ready:" + missing + (seconds > 0 ? " after " + seconds + "s" : "")
                        + " (start the stack with ./ntm up, or pass --wait SECONDS)");
            }
            if (!announced) {
                log.info("waiting up to " + seconds + "s for:" + missing);
                announced = true;
            }
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }
}
