package vn.sonla.ntm.funding.scenario;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

/** Scenarios and their lines. */
@ApplicationScoped
public class Scenarios implements PanacheRepository<Scenario> {

    Optional<Scenario> lockById(long id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    List<Scenario> search(String provinceCode, Integer year, Scenario.Status status) {
        StringBuilder q = new StringBuilder("provinceCode = :p");
        io.quarkus.panache.common.Parameters params = io.quarkus.panache.common.Parameters.with("p", provinceCode);
        if (year != null) {
            q.append(" and year = :y");
            params.and("y", year);
        }
        if (status != null) {
            q.append(" and status = :s");
            params.and("s", status);
        }
        return list(q + " order by year desc, id desc", params);
    }

    boolean anotherAccepted(String provinceCode, int year, long exceptId) {
        return count("provinceCode = ?1 and year = ?2 and status = ?3 and id <> ?4", provinceCode, year, Scenario.Status.ACCEPTED, exceptId) > 0;
    }
}
