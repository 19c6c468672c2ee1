package vn.sonla.ntm.assessment.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.sonla.ntm.assessment.domain.AccessRules;
import vn.sonla.ntm.assessment.domain.Actor;
import vn.sonla.ntm.assessment.domain.AdministrativeUnit;
import vn.sonla.ntm.assessment.domain.Assessment;
import vn.sonla.ntm.assessment.domain.CriteriaSetSnapshot;
import vn.sonla.ntm.assessment.domain.Obstacle;
import vn.sonla.ntm.assessment.domain.ProgrammePlan;
import vn.sonla.ntm.assessment.domain.UnitLevel;
import vn.sonla.ntm.assessment.persistence.Assessments;
import vn.sonla.ntm.assessment.persistence.Obstacles;
import vn.sonla.ntm.assessment.persistence.ReadModels;
import vn.sonla.ntm.common.ProblemException;
import vn.sonla.ntm.common.VersionedCache;
import vn.sonla.ntm.common.audit.AuditTrail;

/** The read models the gateway composes: province and district summaries, a commune's overview. */
@ApplicationScoped
public class Overviews {

    public record ProvinceSummary(String provinceCode, int year, LocalDate referenceDate, List<ReadModels.LevelCount> levelsByDistrict,
                                  List<ReadModels.StateCount> assessmentsByState, List<ReadModels.CommuneLine> pilots,
                                  List<PlanProgress> plans) {
    }

    public record PlanProgress(ProgrammePlan plan, List<PlanBook.TargetProgress> targets) {
    }

    public record DistrictSummary(AdministrativeUnit district, int year, LocalDate referenceDate, List<ReadModels.CommuneLine> communes) {
    }

    public record LatestAssessment(Assessment assessment, CriteriaSetSnapshot snapshot) {
    }

    public record CommuneOverview(UnitProfiles.Profile profile, List<LatestAssessment> latest, List<Obstacle> openObstacles) {
    }

    /** A province's summary of a year as it stood on a reference day. */
    record ProvinceKey(String provinceCode, int year, LocalDate day) {
    }

    /**
     * The province summary is the most read answer and the heaviest (a dozen statements, the targets evaluated live):
     * it is kept under the audit chain head it was computed at and computed again after any change
     * (docs/decisions/0084-dashboard-cache.md). Who may read it is checked on every request, before the cache.
     */
    private final VersionedCache<ProvinceKey, ProvinceSummary> provinceSummaries = new VersionedCache<>(64);

    /** A commune's overview as asked on a day. */
    record CommuneKey(String code, LocalDate asked) {
    }

    /** A commune's overview for every reader: each request applies its reader's scope to it. */
    record CommuneData(AdministrativeUnit unit, String district, UnitProfiles.Profile profile, List<LatestAssessment> latest,
                       List<Obstacle> openObstacles) {
    }

    /**
     * The commune overview (the scorecard's main part, a dozen statements) kept the same way as the province summary;
     * who may see the unit and which of its assessments is decided on every request, from the kept data. Bounded: an
     * entry holds a commune's latest assessments with their values.
     */
    private final VersionedCache<CommuneKey, CommuneData> communes = new VersionedCache<>(128);

    @Inject
    EntityManager em;

    @Inject
    ReadModels readModels;

    @Inject
    PlanBook plans;

    @Inject
    UnitDirectory directory;

    @Inject
    UnitProfiles profiles;

    @Inject
    Assessments assessments;

    @Inject
    Obstacles obstacles;

    @Inject
    Snapshots snapshots;

    @Inject
    Access access;

    /** The day a year's figures refer to: its 31 December, or today for the current year. */
    public static LocalDate referenceDay(int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        LocalDate today = Clock.today();
        return today.isBefore(end) && today.getYear() == year ? today : end;
    }

    @Transactional
    public ProvinceSummary province(String provinceCode, int year) {
        Actor actor = access.actor();
        if (!actor.readsEverything() && !actor.is(Actor.DEPARTMENT_APPRAISER)) {
            throw ProblemException.forbidden("the province summary is for the province's offices; a district reads its own summary");
        }
        LocalDate day = referenceDay(year);
        if (directory.unitAt(provinceCode, day).filter(u -> u.level() == UnitLevel.PROVINCE).isEmpty()) {
            throw ProblemException.notFound("No province " + provinceCode + " in " + year);
        }
        long version = AuditTrail.lastSeq(em);
        return provinceSummaries.get(new ProvinceKey(provinceCode, year, day), version, () -> {
            List<PlanProgress> planProgress = new ArrayList<>();
            for (ProgrammePlan p : plans.covering(provinceCode, year)) {
                planProgress.add(new PlanProgress(p, List.copyOf(plans.progress(p))));
            }
            return new ProvinceSummary(provinceCode, year, day, List.copyOf(readModels.levelsByDistrict(provinceCode, day)),
                    List.copyOf(readModels.statesOfYear(provinceCode, year)),
                    List.copyOf(readModels.communes(provinceCode, day, year, null, true, null, null)), List.copyOf(planProgress));
        });
    }

    @Transactional
    public DistrictSummary district(String districtCode, int year) {
        LocalDate day = referenceDay(year);
        AdministrativeUnit district = directory.unitAt(districtCode, day).filter(u -> u.level() == UnitLevel.DISTRICT)
                .or(() -> directory.allPeriodsOf(districtCode).stream().filter(u -> u.level() == UnitLevel.DISTRICT
                        && u.validTo() != null && u.validTo().getYear() == year).findFirst())
                .orElseThrow(() -> ProblemException.notFound("No district " + districtCode + " in " + year
                        + (year >= 2025 ? " (districts ended on 30/6/2025)" : "")));
        LocalDate effective = district.isValidOn(day) ? day : district.validTo();
        Actor actor = access.actor();
        if (!(actor.readsEverything() || actor.is(Actor.DEPARTMENT_APPRAISER) || actor.isDistrictOf(district.code()))) {
            throw ProblemException.forbidden(actor.is(Actor.DISTRICT_OFFICER) ? "district " + actor.districtCode()
                    + " reads only its own summary" : "your role does not read district summaries");
        }
        return new DistrictSummary(district, year, effective,
                readModels.communes(district.provinceCode(), effective, year, district.code(), false, null, null));
    }

    @Transactional
    public CommuneOverview commune(String code) {
        return commune(code, null);
    }

    /**
     * The commune as the unit valid on {@code at} under that code (or else its most recent record), so a 2020 view opens the
     * 2019 unit even where a 2025 unit took over the code; null means today.
     */
    @Transactional
    public CommuneOverview commune(String code, LocalDate at) {
        LocalDate asked = at == null ? Clock.today() : at;
        CommuneData data = communes.get(new CommuneKey(code, asked), AuditTrail.lastSeq(em), () -> communeData(code, asked));
        Actor actor = access.actor();
        access.require(AccessRules.refusesReadingUnit(actor, data.unit().code(), data.district()));
        List<LatestAssessment> readable = data.latest().stream()
                .filter(l -> AccessRules.refusesReading(actor, l.assessment()).isEmpty()).toList();
        return new CommuneOverview(data.profile(), readable, data.openObstacles());
    }

    /** A commune's overview before the reader's scope is applied: what the cache keeps. */
    private CommuneData communeData(String code, LocalDate asked) {
        AdministrativeUnit unit = profiles.currentOrLast(code, asked)
                .filter(u -> u.level() == UnitLevel.COMMUNE)
                .orElseThrow(() -> ProblemException.notFound("No commune-level unit " + code));
        LocalDate day = unit.isValidOn(asked) ? asked : unit.validTo();
        // the unit is valid on that day: its district is its parent then (districtOf would look the unit up again)
        String district = unit.parentCode() == null ? null : directory.unitAt(unit.parentCode(), day)
                .filter(p -> p.level() == UnitLevel.DISTRICT).map(AdministrativeUnit::code).orElse(null);
        List<LatestAssessment> latest = new ArrayList<>();
        for (Assessment a : assessments.latestPerSet(unit.id())) {
            latest.add(new LatestAssessment(a, snapshots.byId(a.snapshotId())));
        }
        return new CommuneData(unit, district, profiles.profileOf(unit, day), List.copyOf(latest),
                List.copyOf(obstacles.openOf(unit.code())));
    }

    public Optional<String> districtOf(String unitCode, LocalDate day) {
        return directory.districtOf(unitCode, day);
    }
}
