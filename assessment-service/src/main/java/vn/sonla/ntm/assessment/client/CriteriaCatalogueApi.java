package vn.sonla.ntm.assessment.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** criteria-service's catalogue, read with the caller's own token (propagated Authorization header). */
@RegisterRestClient(configKey = "criteria")
@RegisterClientHeaders
@Path("/api/v1/criteria-sets")
@Produces(MediaType.APPLICATION_JSON)
interface CriteriaCatalogueApi {

    /** The exchange document of one version, as text: parsed leniently and stored exactly as answered. */
    @GET
    @Path("/{code}/versions/{version}")
    String version(@PathParam("code") String code, @PathParam("version") int version);
}
