package vn.sonla.ntm.gateway.client;

import static vn.sonla.ntm.gateway.client.Downstream.CRITERIA;

import java.io.IOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

/** criteria-service's versions, guarded ({@link Guards}); callers decide what a failure means for them. */
@ApplicationScoped
public class CriteriaClient {

    @Inject
    @RestClient
    CriteriaApi api;

    @Inject
    ObjectMapper json;

    @Inject
    Guards guards;

    public Uni<CatalogueVersion> version(String authorization, String code, String version) {
        return guards.criteria(() -> api.version(authorization, code, version)).map(this::read);
    }

    private CatalogueVersion read(Response response) {
        byte[] body = response.readEntity(byte[].class);
        String status = null;
        try {
            JsonNode document = json.readTree(body);
            status = document.path("status").asText(null);
        } catch (IOException e) {
            throw new DownstreamFailure(CRITERIA, response.getStatus());
        }
        return new CatalogueVersion(body, response.getHeaderString(HttpHeaders.ETAG),
                response.getHeaderString(HttpHeaders.CONTENT_TYPE), status);
    }
}
