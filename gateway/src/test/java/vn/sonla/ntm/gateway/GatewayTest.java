package vn.sonla.ntm.gateway;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * What every gateway test starts from: the services stubbed and nothing left over from the test before (stubs, the
 * request journal, open circuit breakers, kept catalogue versions).
 */
public abstract class GatewayTest {

    @OidcWireMock
    WireMockServer wireMock;

    @Inject
    CircuitBreakerMaintenance breakers;

    @Inject
    @CacheName("published-criteria-versions")
    Cache catalogue;

    protected Services services;

    @BeforeEach
    void freshServices() {
        services = new Services(wireMock);
        services.clear();
        breakers.resetAll();
        catalogue.invalidateAll().await().indefinitely();
    }

    @AfterEach
    void removeStubs() {
        services.clear();
    }
}
