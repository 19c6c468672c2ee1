package vn.sonla.ntm.assessment.application;

import java.time.LocalDate;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.sonla.ntm.assessment.domain.AccessRules;
import vn.sonla.ntm.assessment.domain.Actor;
import vn.sonla.ntm.assessment.domain.AdministrativeUnit;
import vn.sonla.ntm.assessment.domain.Obstacle;
import vn.sonla.ntm.assessment.domain.ObstacleStatus;
import vn.sonla.ntm.assessment.domain.UnitLevel;
import vn.sonla.ntm.assessment.persistence.Obstacles;
import vn.sonla.ntm.common.Page;
import vn.sonla.ntm.common.PageRequest;
import vn.sonla.ntm.common.ProblemException;
import vn.sonla.ntm.common.Versions;

/**
 * Obstacles: a district raises one for a commune under it or for itself, a commune for itself; the coordination
 * office answers and closes. Readers: the province's offices, and the district or commune concerned.
 */
@ApplicationScoped
public class ObstacleDesk {

    @Inject
    Obstacles obstacles;

    @Inject
    UnitProfiles profiles;

    @Inject
    UnitDirectory directory;

    @Inject
    AuditLog audit;

    @Inject
    Access access;

    @Transactional
    public Obstacle raise(String unitCode, String criterionCode, String title, String description) {
        LocalDate today = Clock.today();
        AdministrativeUnit unit = profiles.currentOrLast(unitCode, today)
                .orElseThrow(() -> ProblemException.notFound("No unit " + unitCode));
        LocalDate day = unit.isValidOn(today) ? today : unit.validTo();
        String district = unit.level() == UnitLevel.DISTRICT ? unit.code() : directory.districtOf(unit.code(), day).orElse(null);
        Actor actor = access.actor();
        boolean allowed = actor.isCoordinator() || actor.isDistrictOf(district) || (unit.level() == UnitLevel.COMMUNE && actor.isCommune(unit.code()));
        if (!allowed) {
            throw ProblemException.forbidden(actor.is(Actor.DISTRICT_OFFICER) || actor.is(Actor.COMMUNE_OFFICER)
                    ? "a district raises obstacles for itself and its communes, a commune for itself"
                    : "obstacles are raised by districts and communes");
        }
        Obstacle o = Obstacle.raise(unit, district, criterionCode, title, description, access.name(), Clock.now());
        obstacles.persistAndFlush(o);
        audit.record("obstacle.raise", "obstacle", o.id(), unit.code(), null, Map.of("status", o.status().name(), "title", o.title()), null);
        return o;
    }

    @Transactional
    public Obstacle answer(long id, String ifMatch, String answer) {
        Obstacle o = coordinatorChange(id, ifMatch);
        ObstacleStatus from = o.status();
        o.answer(answer, access.name(), Clock.now());
        obstacles.flush();
        audit.record("obstacle.answer", "obstacle", o.id(), o.unitCode(), Map.of("status", from.name()), Map.of("status", o.status().name()), answer);
        return o;
    }

    @Transactional
    public Obstacle close(long id, String ifMatch, String reason) {
        Obstacle o = coordinatorChange(id, ifMatch);
        ObstacleStatus from = o.status();
        o.close(access.name(), Clock.now());
        obstacles.flush();
        audit.record("obstacle.close", "obstacle", o.id(), o.unitCode(), Map.of("status", from.name()), Map.of("status", o.status().name()), reason);
        return o;
    }

    @Transactional
    public Obstacle read(long id) {
        Obstacle o = obstacles.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No obstacle " + id));
        requireReading(o);
        return o;
    }

    @Transactional
    public Page<Obstacle> list(String provinceCode, String unitCode, String districtCode, ObstacleStatus status, PageRequest page) {
        Actor actor = access.actor();
        String unit = unitCode;
        String district = districtCode;
        if (!actor.readsEverything() && !actor.is(Actor.DEPARTMENT_APPRAISER)) {
            if (actor.is(Actor.DISTRICT_OFFICER)) {
                if (districtCode != null && !districtCode.equals(actor.districtCode())) {
                    throw ProblemException.forbidden("district " + actor.districtCode() + " lists only its own obstacles");
                }
                district = actor.districtCode();
            } else if (actor.is(Actor.COMMUNE_OFFICER)) {
                if (unitCode != null && !unitCode.equals(actor.unitCode())) {
                    throw ProblemException.forbidden("a commune lists only its own obstacles");
                }
                unit = actor.unitCode();
            } else {
                throw ProblemException.forbidden("your role does not read obstacles");
            }
        }
        var query = obstacles.matching(provinceCode, unit, district, status);
        long total = query.count();
        return Page.of(query.page(io.quarkus.panache.common.Page.of(page.page(), page.size())).list(), page, total);
    }

    private Obstacle coordinatorChange(long id, String ifMatch) {
        if (!access.actor().isCoordinator()) {
            throw ProblemException.forbidden("only the coordination office answers and closes obstacles");
        }
        Obstacle o = obstacles.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No obstacle " + id));
        Versions.requireMatch(ifMatch, o.version());
        return o;
    }

    private void requireReading(Obstacle o) {
        Actor actor = access.actor();
        if (actor.readsEverything() || actor.is(Actor.DEPARTMENT_APPRAISER) || actor.isDistrictOf(o.districtCode())
                || actor.isCommune(o.unitCode())) {
            return;
        }
        access.require(AccessRules.refusesReadingUnit(actor, o.unitCode(), o.districtCode()));
    }
}
