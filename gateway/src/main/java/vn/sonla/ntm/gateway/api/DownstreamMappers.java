package vn.sonla.ntm.gateway.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import vn.sonla.ntm.common.Problem;
import vn.sonla.ntm.gateway.application.ServiceUnavailable;
import vn.sonla.ntm.gateway.client.DownstreamRefusal;

/** What the caller is told when a service refused or did not answer. */
public class DownstreamMappers {

    private static final Logger LOG = Logger.getLogger(DownstreamMappers.class);

    /** The service's own refusal, status and problem document unchanged: it knows why better than the gateway. */
    @ServerExceptionMapper
    public Response refused(DownstreamRefusal e) {
        Response.ResponseBuilder answer = Response.status(e.status());
        if (e.body().length > 0) {
            answer.entity(e.body()).type(e.contentType() == null ? Problem.MEDIA_TYPE : e.contentType());
        }
        if (e.status() == 401) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return answer.build();
    }

    @ServerExceptionMapper
    public Response unavailable(ServiceUnavailable e, UriInfo uri) {
        LOG.warn(e.getMessage());
        return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", "5")
                .entity(new Problem("/problems/service-unavailable", "Service unavailable", 503,
                        e.service().service() + " did not answer in time; try again shortly", uri.getPath(), null))
                .build();
    }
}
