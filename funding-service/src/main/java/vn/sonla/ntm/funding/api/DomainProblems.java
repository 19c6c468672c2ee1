package vn.sonla.ntm.funding.api;

import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import vn.sonla.ntm.common.Problem;
import vn.sonla.ntm.funding.domain.Amount;
import vn.sonla.ntm.funding.domain.PlanRuleViolation;

/** Domain refusals as problem+json: a frozen plan is a 409 conflict, other plan rules 422, a bad amount 400. */
public class DomainProblems {

    @ServerExceptionMapper
    public Response planRule(PlanRuleViolation e, UriInfo uri) {
        boolean frozen = "status".equals(e.field());
        Problem p = frozen
                ? new Problem("/problems/plan-frozen", "Plan cannot change", 409, e.getMessage(), uri.getPath(), null)
                : new Problem("/problems/business-rule", "Plan rule", 422, e.field() + " " + e.getMessage(), uri.getPath(),
                List.of(new Problem.FieldError(e.field(), e.getMessage())));
        return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p).build();
    }

    @ServerExceptionMapper
    public Response amount(Amount.InvalidAmount e, UriInfo uri) {
        Problem p = new Problem("/problems/validation", "Invalid request", 400, "amount " + e.getMessage(), uri.getPath(),
                List.of(new Problem.FieldError("amount", e.getMessage())));
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(p).build();
    }
}
