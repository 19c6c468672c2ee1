package vn.sonla.ntm.assessment.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.sonla.ntm.assessment.domain.AssessmentState;
import vn.sonla.ntm.assessment.domain.PlanTarget;
import vn.sonla.ntm.assessment.domain.ProgrammePlan;
import vn.sonla.ntm.assessment.domain.RecognitionLevel;
import vn.sonla.ntm.assessment.domain.TargetKind;
import vn.sonla.ntm.assessment.domain.TargetRules;
import vn.sonla.ntm.assessment.domain.TargetRules.CommuneFact;
import vn.sonla.ntm.assessment.domain.TargetRules.Progress;
import vn.sonla.ntm.assessment.persistence.CriteriaSnapshots;
import vn.sonla.ntm.assessment.persistence.ProgrammePlans;
import vn.sonla.ntm.assessment.persistence.ReadModels;
import vn.sonla.ntm.common.ProblemException;

/** Programme plans and their targets: created by the coordinator, evaluated live over recognitions and assessments. */
@ApplicationScoped
public class PlanBook {

    /** A target with its live progress. */
    public record TargetProgress(PlanTarget target, Progress progress, LocalDate evaluatedAt) {
    }

    /** A new target as asked. */
    public record NewTarget(String code, TargetKind kind, String description, RecognitionLevel level, RecognitionLevel populationLevel,
                            String criteriaSetCode, int minimum, LocalDate deadline, String source) {
    }

    @Inject
    ProgrammePlans plans;

    @Inject
    ReadModels readModels;

    @Inject
    CriteriaSnapshots snapshots;

    @Inject
    AuditLog audit;

    @Inject
    Access access;

    @Transactional
    public ProgrammePlan create(String code, String title, String provinceCode, int startYear, int endYear, String setCode,
                                LocalDate issuedOn, String source, List<NewTarget> targets) {
        requireCoordinator();
        if (plans.byCode(code == null ? "" : code.trim()).isPresent()) {
            throw ProblemException.conflict("a plan " + code + " exists already");
        }
        ProgrammePlan plan = ProgrammePlan.of(code, title, provinceCode, startYear, endYear, setCode, issuedOn, source, access.name(),
                Clock.now());
        for (NewTarget t : targets) {
            plan.addTarget(t.code(), t.kind(), t.description(), t.level(), t.populationLevel(), t.criteriaSetCode(), t.minimum(),
                    t.deadline(), t.source());
        }
        plans.persistAndFlush(plan);
        audit.record("plan.create", "plan", plan.code(), null, null,
                Map.of("code", plan.code(), "targets", plan.targets().stream().map(PlanTarget::code).toList()), null);
        return plan;
    }

    @Transactional
    public PlanTarget addTarget(String planCode, NewTarget t) {
        requireCoordinator();
        ProgrammePlan plan = plan(planCode);
        PlanTarget target = plan.addTarget(t.code(), t.kind(), t.description(), t.level(), t.populationLevel(), t.criteriaSetCode(),
                t.minimum(), t.deadline(), t.source());
        plans.flush();
        audit.record("plan.target.add", "plan", plan.code(), null, null, Map.of("target", target.code(), "kind", target.kind().name()), null);
        return target;
    }

    @Transactional
    public ProgrammePlan plan(String code) {
        return plans.byCode(code).orElseThrow(() -> ProblemException.notFound("No plan " + code));
    }

    @Transactional
    public List<ProgrammePlan> ofProvince(String provinceCode) {
        return plans.ofProvince(provinceCode);
    }

    @Transactional
    public List<ProgrammePlan> covering(String provinceCode, int year) {
        return plans.covering(provinceCode, year);
    }

    /** Every target of the plan with its live progress. */
    @Transactional
    public List<TargetProgress> progress(ProgrammePlan plan) {
        List<TargetProgress> out = new ArrayList<>();
        for (PlanTarget t : plan.targets()) {
            out.add(evaluate(t));
        }
        return out;
    }

    /**
     * Evaluates a target on the earlier of today and its deadline: recognitions held then, units valid then, and
     * assessments of years up to then.
     */
    @Transactional
    public TargetProgress evaluate(PlanTarget t) {
        LocalDate today = Clock.today();
        LocalDate day = today.isBefore(t.deadline()) ? today : t.deadline();
        String province = t.plan().provinceCode();
        Progress progress = switch (t.kind()) {
            case RECOGNISED_COUNT -> {
                List<String> levels = Arrays.stream(RecognitionLevel.values()).filter(l -> l.isAtLeast(t.level())).map(Enum::name).toList();
                List<CommuneFact> recognised = readModels.holding(province, day, levels).stream()
                        .map(c -> new CommuneFact(c.unitCode(), c.unitName(), c.level() + " held by " + c.heldBy()
                                + (c.decisionNumber() == null ? "" : " (" + c.decisionNumber() + ")")))
                        .toList();
                List<String> counted = recognised.stream().map(CommuneFact::unitCode).toList();
                List<CommuneFact> pipeline = readModels.pipeline(province, day, levels).stream()
                        .filter(p -> !counted.contains(p.unitCode()))
                        .map(p -> new CommuneFact(p.unitCode(), p.unitName(), p.state() + " " + p.setCode() + " " + p.year()))
                        .toList();
                yield TargetRules.recognisedCount(t.level(), t.minimum(), t.deadline(), today, recognised, pipeline);
            }
            case MIN_CRITERIA_MET -> {
                List<CommuneFact> confirmed = new ArrayList<>();
                List<CommuneFact> pipeline = new ArrayList<>();
                List<CommuneFact> outstanding = new ArrayList<>();
                for (ReadModels.CommuneLine c : readModels.population(province, day, day.getYear(), t.populationLevel().name(),
                        t.criteriaSetCode())) {
                    if (c.state() == null) {
                        outstanding.add(new CommuneFact(c.unitCode(), c.unitName(), "no assessment against " + t.criteriaSetCode()));
                        continue;
                    }
                    AssessmentState state = AssessmentState.valueOf(c.state());
                    String detail = c.criteriaAgreed() + " agreed / " + c.criteriaMet() + " met of " + c.criteriaTotal() + " ("
                            + state + " " + c.assessmentYear() + ", assessment " + c.assessmentId() + ")";
                    boolean appraised = state == AssessmentState.APPRAISED || state == AssessmentState.RECOGNISED;
                    if (appraised && c.criteriaAgreed() >= t.minimum()) {
                        confirmed.add(new CommuneFact(c.unitCode(), c.unitName(), detail));
                    } else if (!appraised && c.criteriaMet() >= t.minimum()) {
                        pipeline.add(new CommuneFact(c.unitCode(), c.unitName(), detail));
                    } else {
                        outstanding.add(new CommuneFact(c.unitCode(), c.unitName(), detail));
                    }
                }
                yield TargetRules.minCriteriaMet(t.criteriaSetCode(), t.minimum(), t.deadline(), today,
                        snapshots.anyOf(t.criteriaSetCode()), confirmed, pipeline, outstanding);
            }
        };
        return new TargetProgress(t, progress, day);
    }

    private void requireCoordinator() {
        if (!access.actor().isCoordinator()) {
            throw ProblemException.forbidden("only the coordination office creates plans and targets");
        }
    }
}
