package vn.sonla.ntm.assessment.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.sonla.ntm.assessment.domain.AdministrativeUnit;
import vn.sonla.ntm.assessment.domain.PilotDesignation;
import vn.sonla.ntm.assessment.domain.Recognition;
import vn.sonla.ntm.assessment.persistence.AdministrativeUnits;
import vn.sonla.ntm.assessment.persistence.PilotDesignations;
import vn.sonla.ntm.common.ProblemException;
import vn.sonla.ntm.common.Versions;

/** Recognition history and pilot designations of communes: revocations and (un)designations by the coordinator. */
@ApplicationScoped
public class Recognitions {

    @Inject
    vn.sonla.ntm.assessment.persistence.Recognitions recognitions;

    @Inject
    PilotDesignations pilots;

    @Inject
    AdministrativeUnits units;

    @Inject
    UnitDirectory directory;

    @Inject
    AuditLog audit;

    @Inject
    Access access;

    @Inject
    CommuneStatusProjection status;

    @Transactional
    public Recognition revoke(long id, String ifMatch, LocalDate on, String decisionNumber, String reason) {
        requireCoordinator();
        Recognition r = recognitions.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No recognition " + id));
        Versions.requireMatch(ifMatch, r.version());
        r.revoke(on, decisionNumber, reason);
        recognitions.flush();
        audit.record("recognition.revoke", "recognition", r.id(), r.unitCode(), Map.of("level", r.level()),
                Map.of("level", r.level(), "revokedOn", on.toString()), reason);
        status.unitChanged(r.unitId());
        return r;
    }

    /** Designates the unit valid today under that code (or on {@code at}) as a pilot commune. */
    @Transactional
    public PilotDesignation designate(String unitCode, LocalDate at, String basis) {
        requireCoordinator();
        LocalDate day = at == null ? Clock.today() : at;
        AdministrativeUnit unit = directory.unitAt(unitCode, day)
                .orElseThrow(() -> ProblemException.notFound("No unit " + unitCode + " on " + day));
        if (pilots.activeFor(unit.id()).isPresent()) {
            throw ProblemException.conflict(unit.code() + " " + unit.name() + " is already a pilot commune");
        }
        PilotDesignation p = PilotDesignation.designate(unit, basis, Clock.today(), access.name());
        pilots.persistAndFlush(p);
        audit.record("pilot.designate", "pilot", p.id(), unit.code(), null, Map.of("unit", unit.code(), "basis", p.basis()), null);
        status.unitChanged(unit.id());
        return p;
    }

    @Transactional
    public PilotDesignation undesignate(long designationId, String ifMatch, String reason) {
        requireCoordinator();
        PilotDesignation p = pilots.findByIdOptional(designationId)
                .orElseThrow(() -> ProblemException.notFound("No pilot designation " + designationId));
        Versions.requireMatch(ifMatch, p.version());
        p.end(Clock.today(), reason, access.name());
        pilots.flush();
        audit.record("pilot.end", "pilot", p.id(), p.unitCode(), Map.of("active", true), Map.of("active", false), reason);
        status.unitChanged(p.unitId());
        return p;
    }

    @Transactional
    public List<PilotDesignation> pilotsOf(String provinceCode, boolean activeOnly) {
        return pilots.ofProvince(provinceCode, activeOnly);
    }

    private void requireCoordinator() {
        if (!access.actor().isCoordinator()) {
            throw ProblemException.forbidden("only the coordination office may change recognitions and pilots");
        }
    }
}
