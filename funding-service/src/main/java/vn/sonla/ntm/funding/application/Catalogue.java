package vn.sonla.ntm.funding.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.sonla.ntm.common.ProblemException;
import vn.sonla.ntm.common.Versions;
import vn.sonla.ntm.funding.application.Commands.GuidanceInput;
import vn.sonla.ntm.funding.application.Commands.RetireInput;
import vn.sonla.ntm.funding.application.Commands.SourceInput;
import vn.sonla.ntm.funding.domain.FundingSource;
import vn.sonla.ntm.funding.domain.InfrastructureGuidance;
import vn.sonla.ntm.funding.domain.SpendingField;
import vn.sonla.ntm.funding.persistence.FundingSources;
import vn.sonla.ntm.funding.persistence.Guidance;
import vn.sonla.ntm.funding.persistence.SpendingFields;

/** The funding-source and field catalogues, and the infrastructure guidance; changed by the coordination office. */
@ApplicationScoped
public class Catalogue {

    @Inject
    FundingSources sources;

    @Inject
    SpendingFields fields;

    @Inject
    Guidance guidance;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    /** Sources in force on {@code at}, or every source when {@code at} is null. */
    @Transactional
    public List<FundingSource> sources(LocalDate at) {
        return sources.inOrder().stream().filter(s -> at == null || s.isValidOn(at)).toList();
    }

    @Transactional
    public FundingSource source(String code) {
        return sources.findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("No funding source " + code));
    }

    @Transactional
    public List<SpendingField> fields() {
        return fields.inOrder();
    }

    @Transactional
    public FundingSource addSource(SourceInput cmd) {
        access.requireCoordinator("adds funding sources");
        if (sources.findByIdOptional(cmd.code()).isPresent()) {
            throw ProblemException.conflict("Funding source " + cmd.code() + " exists already");
        }
        if (cmd.valuation().needsValuation() && (cmd.valuationRule() == null || cmd.valuationRule().isBlank())) {
            throw Refusals.unprocessable("Valuation rule required", "valuationRule",
                    "must say how " + cmd.valuation() + " contributions are valued");
        }
        FundingSource source = new FundingSource(cmd.code(), cmd.nameVi().strip(), cmd.nameEn().strip(), cmd.kind(),
                cmd.valuation(), cmd.quantityUnit(), cmd.valuationRule(), cmd.note(),
                cmd.sortOrder() == null ? 500 : cmd.sortOrder(), cmd.validFrom());
        sources.persistAndFlush(source);
        audit.record("source.add", "FundingSource", source.code(), null, null, Snapshots.of(source), null);
        return source;
    }

    @Transactional
    public FundingSource retireSource(String code, String ifMatch, RetireInput cmd) {
        access.requireCoordinator("retires funding sources");
        FundingSource source = source(code);
        Versions.requireMatch(ifMatch, source.version());
        if (cmd.lastDay().isBefore(source.validFrom())) {
            throw Refusals.invalid("lastDay", "must not be before the source's start " + source.validFrom());
        }
        Map<String, Object> before = Snapshots.of(source);
        source.retire(cmd.lastDay());
        sources.flush();
        audit.record("source.retire", "FundingSource", code, null, before, Snapshots.of(source), cmd.reason());
        return source;
    }

    @Transactional
    public InfrastructureGuidance guidance() {
        return guidance.current();
    }

    @Transactional
    public InfrastructureGuidance setGuidance(String ifMatch, GuidanceInput cmd) {
        access.requireCoordinator("sets the infrastructure guidance");
        InfrastructureGuidance g = guidance.current();
        Versions.requireMatch(ifMatch, g.version());
        if (cmd.maxSharePercent() != null && (cmd.decisionRef() == null || cmd.decisionRef().isBlank())) {
            throw Refusals.unprocessable("Decision required", "decisionRef",
                    "must name the document that sets the share (plan 111 itself gives no figure)");
        }
        Map<String, Object> before = Snapshots.of(g);
        g.setMaximumShare(cmd.maxSharePercent(), cmd.decisionRef(), access.callerName(), Today.now());
        guidance.flush();
        audit.record("guidance.set", "InfrastructureGuidance", 1, null, before, Snapshots.of(g), cmd.decisionRef());
        return g;
    }
}
