package vn.sonla.ntm.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

/**
 * The three services, stubbed on the WireMock server that also plays the identity provider
 * ({@code OidcWiremockTestResource}): criteria under {@code /auth/criteria}, assessment under {@code /auth/assessment}, funding
 * under {@code /auth/funding} (keycloak.url ends in /auth; the %test profile points the gateway there). Stubs added through here are removed after
 * each test, leaving the identity provider's own.
 */
public final class Services {

    public static final String CRITERIA = "/auth/criteria";
    public static final String ASSESSMENT = "/auth/assessment";
    public static final String FUNDING = "/auth/funding";

    private final WireMockServer server;
    private final List<StubMapping> added = new ArrayList<>();

    public Services(WireMockServer server) {
        this.server = server;
    }

    public StubMapping stub(MappingBuilder mapping) {
        StubMapping m = server.stubFor(mapping);
        added.add(m);
        return m;
    }

    /** Every request to the service under {@code prefix} fails at the connection: the service is down. */
    public void down(String prefix) {
        stub(any(urlPathMatching(prefix + "/.*")).atPriority(1).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    /** Every request to the service under {@code prefix} answers 200 after {@code millis}: the service is slow. */
    public void slow(String prefix, int millis) {
        stub(any(urlPathMatching(prefix + "/.*")).atPriority(1).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{}").withFixedDelay(millis)));
    }

    public void clear() {
        added.forEach(server::removeStub);
        added.clear();
        server.resetRequests();
    }

    public int count(RequestPatternBuilder pattern) {
        return server.countRequestsMatching(pattern.build()).getCount();
    }

    public static RequestPatternBuilder anyRequestTo(String prefix) {
        return anyRequestedFor(urlPathMatching(prefix + "/.*"));
    }

    public static RequestPatternBuilder requestTo(String path) {
        return anyRequestedFor(urlPathEqualTo(path));
    }

    public static ResponseDefinitionBuilder json(String resource) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(resource(resource));
    }

    public static ResponseDefinitionBuilder problem(int status, String detail) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"/problems/x\",\"title\":\"Refused\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
    }

    public static String resource(String name) {
        try (InputStream in = Services.class.getResourceAsStream("/stubs/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource stubs/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
