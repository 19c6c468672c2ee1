package vn.sonla.ntm.funding.persistence;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import vn.sonla.ntm.funding.domain.PlanLine;

/** Lines of capital plans. */
@ApplicationScoped
public class PlanLines implements PanacheRepository<PlanLine> {

    /** The line, locked until the transaction ends: allocations from one line queue here, so none overdraws it. */
    public Optional<PlanLine> lockById(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
