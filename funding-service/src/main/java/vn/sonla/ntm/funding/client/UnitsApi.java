package vn.sonla.ntm.funding.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** assessment-service's unit directory; the caller's Authorization header is forwarded. */
@RegisterRestClient(configKey = "units")
@RegisterClientHeaders
@Path("/api/v1/units")
@Produces(MediaType.APPLICATION_JSON)
interface UnitsApi {

    @GET
    @Path("/{code}")
    UnitAnswer unitAt(@PathParam("code") String code, @QueryParam("at") String at);
}
