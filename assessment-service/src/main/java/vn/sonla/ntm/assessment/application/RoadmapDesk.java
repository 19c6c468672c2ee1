package vn.sonla.ntm.assessment.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.sonla.ntm.assessment.domain.AccessRules;
import vn.sonla.ntm.assessment.domain.Actor;
import vn.sonla.ntm.assessment.domain.AdministrativeUnit;
import vn.sonla.ntm.assessment.domain.Milestone;
import vn.sonla.ntm.assessment.domain.RecognitionLevel;
import vn.sonla.ntm.assessment.domain.Roadmap;
import vn.sonla.ntm.assessment.domain.RoadmapStatus;
import vn.sonla.ntm.assessment.persistence.Roadmaps;
import vn.sonla.ntm.common.ProblemException;
import vn.sonla.ntm.common.Versions;

/**
 * District roadmaps: written by the district for the communes under it on the roadmap's target date (31 December of
 * the target year, or the commune's last day), or by the coordinator; read like the commune itself.
 */
@ApplicationScoped
public class RoadmapDesk {

    @Inject
    Roadmaps roadmaps;

    @Inject
    UnitProfiles profiles;

    @Inject
    UnitDirectory directory;

    @Inject
    AuditLog audit;

    @Inject
    Access access;

    /** Creates or rewrites the roadmap of a commune for one target level (If-Match required when it exists). */
    @Transactional
    public Roadmap write(String unitCode, RecognitionLevel level, int targetYear, RoadmapStatus status, String note,
                         List<Milestone.Draft> milestones, String ifMatch) {
        AdministrativeUnit unit = profiles.currentOrLast(unitCode, LocalDate.of(Math.max(2010, Math.min(targetYear, 2100)), 12, 31))
                .orElseThrow(() -> ProblemException.notFound("No unit " + unitCode));
        LocalDate day = unit.validTo() != null && unit.validTo().isBefore(LocalDate.of(targetYear, 12, 31)) ? unit.validTo()
                : LocalDate.of(Math.max(targetYear, 2010), 12, 31);
        String district = directory.districtOf(unit.code(), day).orElse(null);
        Actor actor = access.actor();
        if (!(actor.isCoordinator() || actor.isDistrictOf(district))) {
            throw ProblemException.forbidden(actor.is(Actor.DISTRICT_OFFICER)
                    ? "commune " + unit.code() + " is not under district " + actor.districtCode()
                    : "roadmaps are written by the district or the coordination office");
        }
        Roadmap roadmap = roadmaps.of(unit.id(), level).orElse(null);
        Map<String, Object> before = null;
        if (roadmap == null) {
            roadmap = Roadmap.forCommune(unit, district, level);
        } else {
            Versions.requireMatch(ifMatch, roadmap.version());
            before = Map.of("targetYear", roadmap.targetYear(), "status", roadmap.status().name());
        }
        roadmap.revise(targetYear, status, note, milestones, access.name(), Clock.now());
        if (roadmap.id() == null) {
            roadmaps.persist(roadmap);
        }
        roadmaps.flush();
        audit.record(before == null ? "roadmap.create" : "roadmap.revise", "roadmap", roadmap.id(), unit.code(), before,
                Map.of("targetLevel", level.name(), "targetYear", targetYear, "status", status.name(),
                        "milestones", milestones.size()), null);
        return roadmap;
    }

    @Transactional
    public List<Roadmap> ofDistrict(String provinceCode, String districtCode) {
        Actor actor = access.actor();
        if (!(actor.readsEverything() || actor.is(Actor.DEPARTMENT_APPRAISER) || actor.isDistrictOf(districtCode))) {
            throw ProblemException.forbidden("district " + actor.districtCode() + " reads only its own roadmaps");
        }
        return roadmaps.ofDistrict(provinceCode, districtCode);
    }

    @Transactional
    public List<Roadmap> ofUnit(String unitCode) {
        AdministrativeUnit unit = profiles.currentOrLast(unitCode, Clock.today())
                .orElseThrow(() -> ProblemException.notFound("No unit " + unitCode));
        LocalDate day = unit.isValidOn(Clock.today()) ? Clock.today() : unit.validTo();
        access.require(AccessRules.refusesReadingUnit(access.actor(), unit.code(), directory.districtOf(unit.code(), day).orElse(null)));
        return roadmaps.ofUnit(unitCode);
    }
}
