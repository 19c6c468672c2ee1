package vn.sonla.ntm.assessment.application;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import vn.sonla.ntm.assessment.domain.Actor;
import vn.sonla.ntm.common.Caller;
import vn.sonla.ntm.common.ProblemException;

/**
 * The current caller as a domain {@link Actor}, and the one place that turns a refused access rule into a 403
 * (logged by the problem mapper through DeniedAccess).
 */
@RequestScoped
public class Access {

    @Inject
    Caller caller;

    private Actor actor;

    public Actor actor() {
        if (actor == null) {
            actor = new Actor(caller.name(), caller.roles(), caller.districtCode().orElse(null), caller.unitCode().orElse(null),
                    caller.departmentCode().orElse(null));
        }
        return actor;
    }

    public String name() {
        return actor().name();
    }

    /** Throws 403 with the reason when the rule refuses. */
    public void require(Optional<String> refusal) {
        refusal.ifPresent(reason -> {
            throw ProblemException.forbidden(reason);
        });
    }
}
