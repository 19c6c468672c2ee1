package vn.sonla.ntm.assessment.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import vn.sonla.ntm.assessment.domain.AccessRules;
import vn.sonla.ntm.assessment.domain.AdministrativeUnit;
import vn.sonla.ntm.assessment.domain.Assessment;
import vn.sonla.ntm.assessment.domain.AssessmentState;
import vn.sonla.ntm.assessment.domain.CriteriaSetSnapshot;
import vn.sonla.ntm.assessment.domain.Decision;
import vn.sonla.ntm.assessment.domain.Recognition;
import vn.sonla.ntm.assessment.domain.RecognitionLevel;
import vn.sonla.ntm.assessment.domain.Verdict;
import vn.sonla.ntm.assessment.domain.WorkflowRefusal;
import vn.sonla.ntm.assessment.persistence.AdministrativeUnits;
import vn.sonla.ntm.assessment.persistence.Assessments;
import vn.sonla.ntm.assessment.persistence.Recognitions;
import vn.sonla.ntm.common.ProblemException;
import vn.sonla.ntm.common.Versions;

/**
 * The explicit transitions of an assessment. Each runs in one transaction, takes a row lock and checks the ETag the
 * caller read, so two concurrent transitions on one assessment can never both succeed; each writes one audit entry
 * with who, when, from-state, to-state and reason.
 */
@ApplicationScoped
public class AssessmentWorkflow {

    /** The actions the bulk endpoint accepts. */
    public enum BulkAction { SUBMIT, RETURN, RECOGNISE }

    /** One id's outcome in a bulk transition. */
    public record BulkOutcome(long id, boolean done, int status, String state, Long version, String detail) {
    }

    @Inject
    Assessments assessments;

    @Inject
    AdministrativeUnits units;

    @Inject
    Recognitions recognitions;

    @Inject
    Snapshots snapshots;

    @Inject
    AuditLog audit;

    @Inject
    Access access;

    @Inject
    CommuneStatusProjection status;

    @Transactional
    public Assessment submit(long id, String ifMatch) {
        Assessment a = load(id, ifMatch);
        access.require(AccessRules.refusesSubmitting(access.actor(), a));
        AssessmentState from = a.state();
        a.submit(access.name(), Clock.now());
        return transitioned(a, "assessment.submit", from, null);
    }

    /** A department's verdict on one criterion it owns (If-Match optional: verdicts on different criteria do not conflict). */
    @Transactional
    public Assessment appraise(long id, String ifMatch, String criterionCode, Verdict verdict, String comment) {
        Assessment a = assessments.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("No assessment " + id));
        access.require(AccessRules.refusesReading(access.actor(), a));
        CriteriaSetSnapshot snapshot = snapshots.byId(a.snapshotId());
        if (criterionCode == null || criterionCode.isBlank()) {
            throw WorkflowRefusal.invalid("criterionCode", "is required");
        }
        boolean known = snapshot.document().criteria().anyMatch(c -> c.code().equals(criterionCode));
        if (known) {
            access.require(AccessRules.refusesAppraising(access.actor(), criterionCode, snapshot.ownerOf(criterionCode)));
        }
        if (ifMatch != null && !ifMatch.isBlank()) {
            Versions.requireMatch(ifMatch, a.version());
        }
        AssessmentState from = a.state();
        a.appraise(criterionCode, verdict, comment, access.actor().departmentCode(), snapshot.document(), access.name(), Clock.now());
        return transitioned(a, "assessment.appraise", from, criterionCode + ": " + verdict + (comment == null || comment.isBlank() ? "" : " — " + comment.trim()));
    }

    @Transactional
    public Assessment returnForCorrection(long id, String ifMatch, String reason) {
        Assessment a = load(id, ifMatch);
        requireCoordinator("return an assessment");
        AssessmentState from = a.state();
        a.returnForCorrection(reason, access.name(), Clock.now());
        return transitioned(a, "assessment.return", from, reason.trim());
    }

    /** Records the People's Committee decision: creates the recognition at the set's level. */
    @Transactional
    public Assessment recognise(long id, String ifMatch, Decision decision) {
        Assessment a = load(id, ifMatch);
        requireCoordinator("record a recognition");
        CriteriaSetSnapshot snapshot = snapshots.byId(a.snapshotId());
        AssessmentState from = a.state();
        RecognitionLevel level = a.recognise(snapshot.document(), access.name(), Clock.now());
        AdministrativeUnit unit = units.findById(a.unitId());
        Recognition recognition = Recognition.byDecision(unit, level, decision, a.setCode(), a.setVersion(), a.id(), access.name(), Clock.now());
        recognitions.persistAndFlush(recognition);
        a.recordRecognition(recognition.id());
        return transitioned(a, "assessment.recognise", from, level + " by " + decision.number() + " of " + decision.date() + " ("
                + decision.issuingBody() + ")");
    }

    /** Runs one action over many assessments, each in its own transaction; reports every id's outcome. */
    @Transactional(Transactional.TxType.NEVER)
    public List<BulkOutcome> bulk(BulkAction action, List<Long> ids, String reason, Decision decision) {
        requireCoordinator("run bulk transitions");
        List<BulkOutcome> outcomes = new ArrayList<>();
        for (Long id : ids.stream().distinct().toList()) {
            try {
                Assessment a = QuarkusTransaction.requiringNew().call(() -> switch (action) {
                    case SUBMIT -> submitAsIs(id);
                    case RETURN -> returnAsIs(id, reason);
                    case RECOGNISE -> recogniseAsIs(id, decision);
                });
                outcomes.add(new BulkOutcome(id, true, 200, a.state().name(), a.version(), action.name().toLowerCase() + " done"));
            } catch (ProblemException p) {
                outcomes.add(new BulkOutcome(id, false, p.status(), null, null, p.problem().detail()));
            } catch (WorkflowRefusal r) {
                ProblemException p = Problems.of(r);
                outcomes.add(new BulkOutcome(id, false, p.status(), null, null,
                        r.reasons().isEmpty() ? r.getMessage() : r.getMessage() + ": " + String.join("; ", r.reasons())));
            } catch (jakarta.persistence.PersistenceException e) {
                outcomes.add(new BulkOutcome(id, false, 409, null, null, "changed concurrently; try again"));
            }
        }
        return outcomes;
    }

    private Assessment submitAsIs(long id) {
        Assessment a = assessments.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("No assessment " + id));
        return submit(id, quoted(a.version()));
    }

    private Assessment returnAsIs(long id, String reason) {
        Assessment a = assessments.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("No assessment " + id));
        return returnForCorrection(id, quoted(a.version()), reason);
    }

    private Assessment recogniseAsIs(long id, Decision decision) {
        Assessment a = assessments.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("No assessment " + id));
        return recognise(id, quoted(a.version()), decision);
    }

    private static String quoted(long version) {
        return "\"" + version + "\"";
    }

    private Assessment load(long id, String ifMatch) {
        Assessment a = assessments.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("No assessment " + id));
        access.require(AccessRules.refusesReading(access.actor(), a));
        Versions.requireMatch(ifMatch, a.version());
        return a;
    }

    private void requireCoordinator(String what) {
        if (!access.actor().isCoordinator()) {
            throw ProblemException.forbidden("only the coordination office may " + what);
        }
    }

    private Assessment transitioned(Assessment a, String action, AssessmentState from, String reason) {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("state", from.name());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("state", a.state().name());
        after.put("round", a.round());
        after.put("criteriaMet", a.criteriaMet());
        after.put("criteriaAgreed", a.criteriaAgreed());
        if (a.recognitionId() != null) {
            after.put("recognitionId", a.recognitionId());
        }
        audit.record(action, "assessment", a.id(), a.unitCode(), before, after, reason);
        assessments.flush();
        if (a.state() == AssessmentState.APPRAISED || a.state() == AssessmentState.RECOGNISED || from == AssessmentState.APPRAISED) {
            status.unitChanged(a.unitId());
        }
        return a;
    }
}
