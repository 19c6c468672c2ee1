package vn.sonla.ntm.criteria.persistence;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

import vn.sonla.ntm.criteria.domain.CriteriaSet;

@ApplicationScoped
public class CriteriaSetRepository implements PanacheRepository<CriteriaSet> {

    public Optional<CriteriaSet> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** Locks the set so that two transactions never give out the same next version number. */
    public Optional<CriteriaSet> findByCodeForUpdate(String code) {
        return find("code", code).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
