package vn.sonla.ntm.assessment.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import vn.sonla.ntm.assessment.application.Problems;
import vn.sonla.ntm.assessment.domain.WorkflowRefusal;
import vn.sonla.ntm.common.Problem;

/** Domain refusals as problem+json: 409 wrong state, 422 business rule (each reason), 400 invalid fields. */
public class WorkflowRefusalMapper {

    @ServerExceptionMapper
    public Response refused(WorkflowRefusal e, UriInfo uri) {
        Problem p = Problems.of(e).problem();
        return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p.at(uri.getPath())).build();
    }
}
