package vn.sonla.ntm.assessment.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import vn.sonla.ntm.assessment.domain.Assessment;
import vn.sonla.ntm.assessment.domain.AssessmentState;

/** All assessments. */
@ApplicationScoped
public class Assessments implements PanacheRepository<Assessment> {

    /** Filters of the list endpoint; null means "any". Scope filters narrow what a district or commune account sees. */
    public record Filter(String provinceCode, String unitCode, String districtCode, Integer year, String setCode,
                         AssessmentState state, boolean submittedOnly) {
    }

    public Optional<Assessment> findForUpdate(long id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public Optional<Assessment> find(long unitId, String setCode, int setVersion, int year) {
        return find("unitId = ?1 and setCode = ?2 and setVersion = ?3 and year = ?4", unitId, setCode, setVersion, year)
                .firstResultOptional();
    }

    public PanacheQuery<Assessment> matching(Filter f) {
        List<String> where = new ArrayList<>();
        Parameters p = new Parameters();
        if (f.provinceCode() != null) {
            where.add("provinceCode = :province");
            p.and("province", f.provinceCode());
        }
        if (f.unitCode() != null) {
            where.add("unitCode = :unit");
            p.and("unit", f.unitCode());
        }
        if (f.districtCode() != null) {
            where.add("districtCode = :district");
            p.and("district", f.districtCode());
        }
        if (f.year() != null) {
            where.add("year = :year");
            p.and("year", f.year());
        }
        if (f.setCode() != null) {
            where.add("setCode = :set");
            p.and("set", f.setCode());
        }
        if (f.state() != null) {
            where.add("state = :state");
            p.and("state", f.state());
        }
        if (f.submittedOnly()) {
            where.add("state <> :draft");
            p.and("draft", AssessmentState.DRAFT);
        }
        Sort sort = Sort.by("year", Sort.Direction.Descending).and("unitCode").and("setCode").and("setVersion").and("id");
        return where.isEmpty() ? findAll(sort) : find(String.join(" and ", where), sort, p);
    }

    /** The latest assessment of each set for a unit record (by year, then version of the set). */
    public List<Assessment> latestPerSet(long unitId) {
        // only the latest ones are loaded (their values and verdicts follow by subselect): a commune with years of
        // assessments does not bring every year's values into memory to show one per set (docs/benchmarks.md)
        return list("from Assessment a where a.unitId = ?1 and not exists (select 1 from Assessment b where b.unitId = a.unitId"
                + " and b.setCode = a.setCode and (b.year > a.year or (b.year = a.year and b.setVersion > a.setVersion)))"
                + " order by a.setCode", unitId);
    }
}
