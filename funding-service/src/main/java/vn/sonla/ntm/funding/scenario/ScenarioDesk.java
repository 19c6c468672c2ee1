package vn.sonla.ntm.funding.scenario;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.sonla.ntm.common.Problem;
import vn.sonla.ntm.common.ProblemException;
import vn.sonla.ntm.common.Versions;
import vn.sonla.ntm.funding.application.Access;
import vn.sonla.ntm.funding.application.Allocating;
import vn.sonla.ntm.funding.application.AuditLog;
import vn.sonla.ntm.funding.application.Catalogue;
import vn.sonla.ntm.funding.application.Commands.AllocationInput;
import vn.sonla.ntm.funding.domain.Allocation;
import vn.sonla.ntm.funding.domain.CapitalPlan;
import vn.sonla.ntm.funding.domain.FundingSource;
import vn.sonla.ntm.funding.domain.PlanLine;
import vn.sonla.ntm.funding.domain.PlanStatus;
import vn.sonla.ntm.funding.domain.SpendingField;
import vn.sonla.ntm.funding.persistence.CapitalPlans;

/**
 * Scenarios (decision 0092): kept with their inputs and result, checked against the catalogue and the budget they claim
 * to respect, accepted or rejected once, compared, and — once accepted — booked into the ledger through the single
 * allocation use case, so every ceiling of decision 0032 holds.
 */
@ApplicationScoped
public class ScenarioDesk {

    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Scenarios scenarios;

    @Inject
    CapitalPlans plans;

    @Inject
    Catalogue catalogue;

    @Inject
    Allocating allocating;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Transactional
    public Scenario propose(ScenarioRequests.Proposal p) {
        requireWriter();
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> sources = catalogue.sources(LocalDate.of(p.year(), 1, 1)).stream().map(FundingSource::code).collect(Collectors.toSet());
        Map<String, SpendingField> fields = catalogue.fields().stream().collect(Collectors.toMap(SpendingField::code, f -> f));
        Map<String, ScenarioRequests.BudgetSource> budget = new LinkedHashMap<>();
        for (int i = 0; i < p.budget().sources().size(); i++) {
            ScenarioRequests.BudgetSource s = p.budget().sources().get(i);
            if (!sources.contains(s.sourceCode())) {
                errors.add(new Problem.FieldError("budget.sources[" + i + "].sourceCode", "is not a funding source in force in " + p.year()));
            } else if (budget.put(s.sourceCode(), s) != null) {
                errors.add(new Problem.FieldError("budget.sources[" + i + "].sourceCode", "is given twice"));
            }
            for (int j = 0; j < s.allowedFields().size(); j++) {
                if (!fields.containsKey(s.allowedFields().get(j))) {
                    errors.add(new Problem.FieldError("budget.sources[" + i + "].allowedFields[" + j + "]", "is not a field of spending"));
                }
            }
        }
        if (!p.result().isObject()) {
            // found by the safety suite: a text or a number was kept as "the optimiser's answer"
            errors.add(new Problem.FieldError("result", "must be the optimiser's answer (an object)"));
        }
        Map<String, Long> bySource = new TreeMap<>();
        long infrastructure = 0;
        long total = 0;
        for (int i = 0; i < p.lines().size(); i++) {
            ScenarioRequests.Line l = p.lines().get(i);
            ScenarioRequests.BudgetSource s = budget.get(l.sourceCode());
            SpendingField f = fields.get(l.fieldCode());
            if (f == null) {
                errors.add(new Problem.FieldError("lines[" + i + "].fieldCode", "is not a field of spending"));
            }
            if (s == null) {
                errors.add(new Problem.FieldError("lines[" + i + "].sourceCode", "is not a source of the budget"));
            } else if (f != null && !s.allowedFields().contains(l.fieldCode())) {
                errors.add(new Problem.FieldError("lines[" + i + "].fieldCode", "source " + l.sourceCode() + " may not pay for " + l.fieldCode()));
            }
            bySource.merge(l.sourceCode(), l.amount(), Long::sum);
            total += l.amount();
            if (f != null && f.infrastructure()) {
                infrastructure += l.amount();
            }
        }
        long budgetTotal = budget.values().stream().mapToLong(ScenarioRequests.BudgetSource::amount).sum();
        bySource.forEach((code, sum) -> {
            ScenarioRequests.BudgetSource s = budget.get(code);
            if (s != null && sum > s.amount()) {
                errors.add(new Problem.FieldError("lines", "source " + code + ": " + sum + " đồng proposed, more than its " + s.amount()));
            }
        });
        Integer share = p.budget().infrastructureMaxSharePercent();
        if (share != null) {
            long cap = BigInteger.valueOf(budgetTotal).multiply(BigInteger.valueOf(share)).divide(BigInteger.valueOf(100)).longValueExact();
            if (infrastructure > cap) {
                errors.add(new Problem.FieldError("lines", "infrastructure takes " + infrastructure + " đồng, more than " + share
                        + "% of the budget (" + cap + ")"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("The proposal does not fit its budget or the catalogue",
                    errors.size() + " problem(s); nothing was kept", errors);
        }
        Scenario s = new Scenario();
        s.year = p.year();
        s.provinceCode = p.provinceCode() == null ? "14" : p.provinceCode();
        s.title = p.title().trim();
        s.note = p.note() == null || p.note().isBlank() ? null : p.note().trim();
        s.status = Scenario.Status.PROPOSED;
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("budget", p.budget());
        inputs.put("pinned", p.pinned() == null ? List.of() : p.pinned());
        inputs.put("excluded", p.excluded() == null ? List.of() : p.excluded());
        inputs.put("criteriaSetCode", p.criteriaSetCode());
        s.inputs = write(inputs);
        s.result = write(p.result());
        s.summaryVi = text(p.result(), "summaryVi");
        s.summaryEn = text(p.result(), "summaryEn");
        s.budgetTotal = budgetTotal;
        s.proposedTotal = total;
        s.createdBy = access.callerName();
        s.createdAt = now();
        for (int i = 0; i < p.lines().size(); i++) {
            ScenarioRequests.Line l = p.lines().get(i);
            ScenarioLine line = new ScenarioLine();
            line.scenario = s;
            line.lineNo = i + 1;
            line.recipientCode = l.recipientCode();
            line.criterionCode = l.criterionCode() == null || l.criterionCode().isBlank() ? null : l.criterionCode().trim();
            line.fieldCode = l.fieldCode();
            line.sourceCode = l.sourceCode();
            line.amount = l.amount();
            line.status = ScenarioLine.Status.PROPOSED;
            s.lines.add(line);
        }
        scenarios.persistAndFlush(s);
        audit.record("scenario.propose", "Scenario", s.id, null, null, facts(s), s.summaryVi);
        return s;
    }

    @Transactional
    public List<Scenario> search(String provinceCode, Integer year, Scenario.Status status) {
        requireReader();
        return scenarios.search(provinceCode, year, status);
    }

    @Transactional
    public Scenario get(long id) {
        requireReader();
        Scenario s = scenarios.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No scenario " + id));
        s.lines.size();
        return s;
    }

    @Transactional
    public Scenario accept(long id, String ifMatch, String reason) {
        Scenario s = decide(id, ifMatch);
        if (scenarios.anotherAccepted(s.provinceCode, s.year, s.id)) {
            throw ProblemException.conflict("another scenario of " + s.year + " is already accepted; its draft allocations are the year's proposal");
        }
        Map<String, Object> before = facts(s);
        s.accept(reason, access.callerName(), now());
        scenarios.flush();
        audit.record("scenario.accept", "Scenario", s.id, null, before, facts(s), s.decisionReason);
        return s;
    }

    @Transactional
    public Scenario reject(long id, String ifMatch, String reason) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalidField("reason", "say why the scenario is rejected");
        }
        Scenario s = decide(id, ifMatch);
        Map<String, Object> before = facts(s);
        s.reject(reason, access.callerName(), now());
        scenarios.flush();
        audit.record("scenario.reject", "Scenario", s.id, null, before, facts(s), s.decisionReason);
        return s;
    }

    private Scenario decide(long id, String ifMatch) {
        requireWriter();
        Scenario s = scenarios.lockById(id).orElseThrow(() -> ProblemException.notFound("No scenario " + id));
        Versions.requireMatch(ifMatch, s.version);
        if (s.status != Scenario.Status.PROPOSED) {
            throw ProblemException.conflict("scenario " + id + " is " + s.status + "; only a PROPOSED scenario is accepted or rejected");
        }
        return s;
    }

    /**
     * Books every draft allocation of an accepted scenario against the approved plan {@code planId}: each goes to the
     * plan's line of the same source and field (the line of the same criterion if there is one, else a line without
     * criterion), through the single allocation use case, in one transaction: all or nothing.
     */
    @Transactional
    public Scenario book(long id, String ifMatch, ScenarioRequests.Booking b) {
        requireWriter();
        Scenario s = scenarios.lockById(id).orElseThrow(() -> ProblemException.notFound("No scenario " + id));
        Versions.requireMatch(ifMatch, s.version);
        if (s.status != Scenario.Status.ACCEPTED) {
            throw ProblemException.conflict("scenario " + id + " is " + s.status + "; only an accepted scenario's draft allocations are booked");
        }
        CapitalPlan plan = plans.findByIdOptional(b.planId()).orElseThrow(() -> ProblemException.unprocessable("Unknown plan",
                "No capital plan " + b.planId(), List.of(new Problem.FieldError("planId", "names no capital plan"))));
        if (plan.year() != s.year || plan.status() != PlanStatus.APPROVED) {
            throw ProblemException.unprocessable("Plan does not fit", "plan " + plan.id() + " is a " + plan.status() + " plan of " + plan.year()
                    + "; the draft allocations of " + s.year + " are booked against an approved plan of that year",
                    List.of(new Problem.FieldError("planId", "must be an approved plan of " + s.year)));
        }
        List<ScenarioLine> drafts = s.lines.stream().filter(l -> l.status == ScenarioLine.Status.DRAFT).toList();
        if (drafts.isEmpty()) {
            throw ProblemException.conflict("scenario " + id + " has no draft allocation left to book");
        }
        List<Long> booked = new ArrayList<>();
        for (ScenarioLine line : drafts) {
            String at = "lines[" + (line.lineNo - 1) + "]";
            PlanLine target = lineFor(plan, line).orElseThrow(() -> ProblemException.unprocessable("No plan line for a draft allocation",
                    at + ": plan " + plan.id() + " has no line of source " + line.sourceCode + " and field " + line.fieldCode
                            + " — nothing was booked",
                    List.of(new Problem.FieldError(at, "no line of " + line.sourceCode + " × " + line.fieldCode + " in plan " + plan.id()))));
            Allocation a;
            try {
                a = allocating.allocate(plan.id(), target.id(), new AllocationInput(line.recipientCode, line.amount, b.date(), b.documentRef(),
                        "Phương án " + s.id + " (" + s.title + "), dòng " + line.lineNo + (line.criterionCode == null ? "" : ", tiêu chí " + line.criterionCode)));
            } catch (ProblemException p) {
                Problem o = p.problem();
                List<Problem.FieldError> errors = o.errors().isEmpty() ? List.of(new Problem.FieldError(at, o.detail()))
                        : o.errors().stream().map(e -> new Problem.FieldError(at + "." + e.field(), e.message())).toList();
                throw new ProblemException(new Problem(o.type(), o.title(), o.status(), at + ": " + o.detail() + " — nothing was booked",
                        o.instance(), errors));
            }
            line.status = ScenarioLine.Status.BOOKED;
            line.allocationId = a.id();
            line.bookedBy = access.callerName();
            line.bookedAt = now();
            booked.add(a.id());
        }
        scenarios.getEntityManager().lock(s, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        scenarios.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("planId", plan.id());
        after.put("allocations", booked);
        after.put("amount", drafts.stream().mapToLong(l -> l.amount).sum());
        audit.record("scenario.book", "Scenario", s.id, null, null, after, b.documentRef());
        return s;
    }

    private static Optional<PlanLine> lineFor(CapitalPlan plan, ScenarioLine line) {
        List<PlanLine> same = plan.lines().stream()
                .filter(l -> l.sourceCode().equals(line.sourceCode) && l.fieldCode().equals(line.fieldCode)).toList();
        return same.stream().filter(l -> line.criterionCode != null && line.criterionCode.equals(l.criterionCode())).findFirst()
                .or(() -> same.stream().filter(l -> l.criterionCode() == null).findFirst());
    }

    @Transactional
    public ScenarioComparison compare(long a, long b) {
        Scenario left = get(a);
        Scenario right = get(b);
        return ScenarioComparison.of(left, read(left.result), right, read(right.result));
    }

    @Transactional
    public List<vn.sonla.ntm.common.audit.AuditEntryView> audit(long id) {
        get(id);
        return audit.forEntity("Scenario", String.valueOf(id));
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    /** As the ledger stamps its rows: UTC, to the microsecond (what PostgreSQL keeps). */
    private static java.time.OffsetDateTime now() {
        return java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    private void requireWriter() {
        if (!access.writesProvinceWide()) {
            throw ProblemException.forbidden("Scenarios are proposed, decided and booked by the coordination office or the finance department");
        }
    }

    private void requireReader() {
        if (!access.readsProvinceWide()) {
            throw ProblemException.forbidden("Scenarios are province-wide proposals, read by the province's offices");
        }
    }

    static Map<String, Object> facts(Scenario s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", s.year);
        m.put("title", s.title);
        m.put("status", s.status.name());
        m.put("budgetTotal", s.budgetTotal);
        m.put("proposedTotal", s.proposedTotal);
        m.put("lines", s.lines.size());
        return m;
    }

    static String write(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable scenario JSON", e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || !v.isTextual() ? null : v.asText();
    }

}
