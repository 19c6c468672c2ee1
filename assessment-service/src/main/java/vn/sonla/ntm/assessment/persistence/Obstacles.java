package vn.sonla.ntm.assessment.persistence;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import vn.sonla.ntm.assessment.domain.Obstacle;
import vn.sonla.ntm.assessment.domain.ObstacleStatus;

/** Obstacles reported to the coordination office. */
@ApplicationScoped
public class Obstacles implements PanacheRepository<Obstacle> {

    public PanacheQuery<Obstacle> matching(String provinceCode, String unitCode, String districtCode, ObstacleStatus status) {
        List<String> where = new ArrayList<>();
        Parameters p = new Parameters();
        where.add("provinceCode = :province");
        p.and("province", provinceCode);
        if (unitCode != null) {
            where.add("unitCode = :unit");
            p.and("unit", unitCode);
        }
        if (districtCode != null) {
            where.add("(districtCode = :district or unitCode = :district)");
            p.and("district", districtCode);
        }
        if (status != null) {
            where.add("status = :status");
            p.and("status", status);
        }
        return find(String.join(" and ", where), Sort.by("raisedAt", Sort.Direction.Descending).and("id", Sort.Direction.Descending), p);
    }

    public List<Obstacle> openOf(String unitCode) {
        return list("unitCode = ?1 and status <> ?2 order by raisedAt desc", unitCode, ObstacleStatus.CLOSED);
    }
}
