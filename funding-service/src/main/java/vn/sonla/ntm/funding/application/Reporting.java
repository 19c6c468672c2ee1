package vn.sonla.ntm.funding.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.sonla.ntm.common.ProblemException;
import vn.sonla.ntm.funding.application.ReportViews.Amounts;
import vn.sonla.ntm.funding.client.UnitRef;
import vn.sonla.ntm.funding.client.Units;
import vn.sonla.ntm.funding.domain.FundingFact;
import vn.sonla.ntm.funding.domain.FundingSource;
import vn.sonla.ntm.funding.domain.FundingTally;
import vn.sonla.ntm.funding.domain.InfrastructureGuidance;
import vn.sonla.ntm.funding.domain.SourceKind;
import vn.sonla.ntm.funding.domain.SpendingField;
import vn.sonla.ntm.funding.domain.Totals;
import vn.sonla.ntm.funding.domain.UnitLevel;
import vn.sonla.ntm.funding.persistence.FundingSources;
import vn.sonla.ntm.funding.persistence.Guidance;
import vn.sonla.ntm.funding.persistence.LedgerFacts;
import vn.sonla.ntm.funding.persistence.SpendingFields;

/**
 * The four reports of issue 4, each a tally of ledger facts (ADR 0033): mobilisation by source, plan vs allocated vs
 * disbursed by district and commune, spending by field and criterion with the infrastructure share, and a commune's
 * history rolled forward through lineage.
 */
@ApplicationScoped
public class Reporting {

    @Inject
    LedgerFacts ledger;

    @Inject
    FundingSources sources;

    @Inject
    SpendingFields fields;

    @Inject
    Guidance guidance;

    @Inject
    Units units;

    @Inject
    Access access;

    /** The unit a year report is for, at {@code at} (default 1 January of the year), readable by the caller. */
    public UnitRef reportUnit(String code, int year, LocalDate at) {
        LocalDate day = at == null ? LocalDate.of(year, 1, 1) : at;
        UnitRef unit = units.at(code, day).orElseThrow(() -> ProblemException.notFound("No unit " + code + " on " + day
                + (at == null ? " (1 January of the year; pass `at` for a unit created later in the year)" : "")));
        access.requireReadReport(unit);
        return unit;
    }

    @Transactional
    public ReportViews.Mobilisation mobilisation(int year, UnitRef unit, LocalDate at) {
        List<FundingFact> facts = ledger.ofPlansWithin(year, filter(unit));
        Totals total = FundingTally.total(facts);
        Map<String, Totals> bySource = FundingTally.by(facts, FundingFact::sourceCode);
        LocalDate yearStart = LocalDate.of(year, 1, 1);
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        List<ReportViews.SourceRow> rows = new ArrayList<>();
        Map<SourceKind, Totals> byKind = new LinkedHashMap<>();
        byKind.put(SourceKind.BUDGET, Totals.ZERO);
        byKind.put(SourceKind.MOBILISED, Totals.ZERO);
        for (FundingSource s : sources.inOrder()) {
            boolean inForce = !s.validFrom().isAfter(yearEnd) && (s.validTo() == null || !s.validTo().isBefore(yearStart));
            Totals t = bySource.getOrDefault(s.code(), Totals.ZERO);
            if (!inForce && !bySource.containsKey(s.code())) {
                continue;
            }
            rows.add(new ReportViews.SourceRow(s.code(), s.nameVi(), s.nameEn(), s.kind(), Amounts.of(t),
                    Totals.percent(t.planned(), total.planned()), Totals.percent(t.disbursed(), total.disbursed())));
            byKind.merge(s.kind(), t, Totals::plus);
        }
        List<ReportViews.KindRow> kinds = byKind.entrySet().stream().map(e -> new ReportViews.KindRow(e.getKey(),
                e.getKey() == SourceKind.BUDGET ? "Vốn ngân sách" : "Vốn huy động", Amounts.of(e.getValue()),
                Totals.percent(e.getValue().planned(), total.planned()),
                Totals.percent(e.getValue().disbursed(), total.disbursed()))).toList();
        return new ReportViews.Mobilisation(year, header(unit, at, year), rows, kinds, Amounts.of(total), Today.now());
    }

    @Transactional
    public ReportViews.Execution execution(int year, UnitRef unit, LocalDate at) {
        List<FundingFact> facts = ledger.ofPlansWithin(year, filter(unit));
        Totals total = FundingTally.total(facts);
        Map<Boolean, List<FundingFact>> parts = facts.stream().collect(Collectors.partitioningBy(
                f -> f.unitCode().equals(unit.code()) && f.unitLevel() == unit.level()));
        List<FundingFact> below = parts.get(false);
        // under a province, rows are districts (with their communes), or communes directly under it after 2025;
        // under a district, rows are its communes
        boolean byDistrict = unit.level() == UnitLevel.PROVINCE;
        Function<FundingFact, String> group = f -> byDistrict && f.districtCode() != null ? f.districtCode() : f.unitCode();
        Map<String, Totals> byGroup = FundingTally.by(below, group);
        Map<String, Map<String, Totals>> communesByGroup = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, UnitLevel> levels = new LinkedHashMap<>();
        for (FundingFact f : below) {
            String g = group.apply(f);
            boolean underDistrict = byDistrict && f.districtCode() != null;
            names.putIfAbsent(g, underDistrict ? f.districtName() : f.unitName());
            levels.putIfAbsent(g, underDistrict ? UnitLevel.DISTRICT : f.unitLevel());
            if (underDistrict && f.unitLevel() == UnitLevel.COMMUNE) {
                communesByGroup.computeIfAbsent(g, x -> new LinkedHashMap<>())
                        .merge(f.unitCode() + "\u0000" + f.unitName(), Totals.ZERO.plus(f), Totals::plus);
            }
        }
        List<ReportViews.DistrictRow> rows = new ArrayList<>();
        byGroup.keySet().stream().sorted().forEach(g -> {
            List<ReportViews.CommuneRow> communes = new ArrayList<>();
            Map<String, Totals> inside = communesByGroup.getOrDefault(g, Map.of());
            inside.keySet().stream().sorted().forEach(key -> {
                String[] codeName = key.split("\u0000", 2);
                communes.add(new ReportViews.CommuneRow(codeName[0], codeName[1], UnitLevel.COMMUNE,
                        Amounts.of(inside.get(key))));
            });
            rows.add(new ReportViews.DistrictRow(g, names.get(g), levels.get(g), Amounts.of(byGroup.get(g)), communes));
        });
        return new ReportViews.Execution(year, header(unit, at, year), Amounts.of(FundingTally.total(parts.get(true))),
                rows, Amounts.of(total), Today.now());
    }

    @Transactional
    public ReportViews.Spending spending(int year, UnitRef unit, LocalDate at) {
        List<FundingFact> facts = ledger.ofPlansWithin(year, filter(unit));
        Totals total = FundingTally.total(facts);
        List<ReportViews.FieldRow> fieldRows = fieldRows(facts, total);
        Map<String, Totals> byCriterion = FundingTally.by(facts, FundingFact::criterionCode);
        List<ReportViews.CriterionRow> criteria = byCriterion.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Totals> e) -> e.getKey() == null ? 1000
                        : Integer.parseInt(e.getKey())))
                .map(e -> new ReportViews.CriterionRow(e.getKey(), Amounts.of(e.getValue()))).toList();
        Map<String, SpendingField> fieldsByCode = fieldIndex();
        Totals infra = FundingTally.total(facts.stream().filter(f -> isInfrastructure(fieldsByCode, f)).toList());
        InfrastructureGuidance g = guidance.current();
        var share = Totals.percent(infra.planned(), total.planned());
        ReportViews.InfrastructureShare infrastructure = new ReportViews.InfrastructureShare(Amounts.of(infra), share,
                Totals.percent(infra.allocated(), total.allocated()), Totals.percent(infra.disbursed(), total.disbursed()),
                g.planWords(), g.maxSharePercent(), g.decisionRef(), g.admits(share));
        return new ReportViews.Spending(year, header(unit, at, year), fieldRows, criteria, infrastructure,
                Amounts.of(total), Today.now());
    }

    /**
     * A commune's history across years: its own records and, for a unit created by the 2025 merger, those of each
     * predecessor while it existed, labelled with the predecessor (ADR 0031).
     */
    @Transactional
    public ReportViews.History history(String code, LocalDate at) {
        LocalDate day = at == null ? Today.date() : at;
        UnitRef unit = units.at(code, day).orElseThrow(() -> ProblemException.notFound("No unit " + code + " on " + day));
        access.requireReadReport(unit);
        if (unit.level() != UnitLevel.COMMUNE) {
            throw ProblemException.invalidField("code", "must be a commune-level unit (" + code + " is a "
                    + unit.level() + ")");
        }
        List<FundingFact> facts = new ArrayList<>(ledger.ofUnit(unit.code(), unit.validFrom(), unit.validTo()));
        Map<String, String> originKind = new LinkedHashMap<>();
        originKind.put(unit.code() + "@" + unit.validFrom(), "SELF");
        List<ReportViews.Predecessor> predecessors = new ArrayList<>();
        for (UnitRef.Predecessor p : unit.predecessors()) {
            predecessors.add(new ReportViews.Predecessor(p.code(), p.name(), p.validFrom(), p.validTo(), p.kind()));
            if (p.code() == null || "UNRESOLVED".equals(p.kind())) {
                continue;
            }
            if (p.code().equals(unit.code()) && Objects.equals(p.validFrom(), unit.validFrom())) {
                continue;
            }
            for (FundingFact f : ledger.ofUnit(p.code(), p.validFrom(), p.validTo())) {
                facts.add(f.withOrigin(p.code(), p.name()));
            }
            originKind.put(p.code() + "@" + p.name(), p.kind());
        }
        Map<String, String> sourceNames = new LinkedHashMap<>();
        sources.inOrder().forEach(s -> sourceNames.put(s.code(), s.nameVi()));
        Map<String, Totals> rows = FundingTally.by(facts, f -> f.year() + "\u0000"
                + (f.originCode() == null ? unit.code() : f.originCode()) + "\u0000"
                + (f.originCode() == null ? unit.name() : f.originName()) + "\u0000"
                + (f.originCode() == null ? "SELF" : originKind.getOrDefault(f.originCode() + "@" + f.originName(), "FULL"))
                + "\u0000" + f.sourceCode());
        List<ReportViews.HistoryRow> historyRows = rows.entrySet().stream().map(e -> {
            String[] k = e.getKey().split("\u0000", -1);
            return new ReportViews.HistoryRow(Integer.parseInt(k[0]), k[1], k[2], k[3], k[4],
                    sourceNames.get(k[4]), Amounts.of(e.getValue()));
        }).sorted(Comparator.comparing(ReportViews.HistoryRow::year).thenComparing(r -> !"SELF".equals(r.origin()))
                .thenComparing(ReportViews.HistoryRow::originCode).thenComparing(ReportViews.HistoryRow::sourceCode))
                .toList();
        List<ReportViews.HistoryYear> years = FundingTally.by(facts, FundingFact::year).entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new ReportViews.HistoryYear(e.getKey(), Amounts.of(e.getValue()))).toList();
        Totals total = FundingTally.total(facts);
        return new ReportViews.History(new ReportViews.UnitHeader(unit.code(), unit.name(), unit.level(), day),
                predecessors, historyRows, years, fieldRows(facts, total), Amounts.of(total), Today.now());
    }

    private List<ReportViews.FieldRow> fieldRows(List<FundingFact> facts, Totals total) {
        Map<String, Totals> byField = FundingTally.by(facts, FundingFact::fieldCode);
        List<ReportViews.FieldRow> rows = new ArrayList<>();
        for (SpendingField f : fields.inOrder()) {
            Totals t = byField.get(f.code());
            if (t == null) {
                continue;
            }
            rows.add(new ReportViews.FieldRow(f.code(), f.nameVi(), f.parentCode(), f.infrastructure(),
                    f.criterionCode(), Amounts.of(t), Totals.percent(t.planned(), total.planned())));
        }
        return rows;
    }

    private Map<String, SpendingField> fieldIndex() {
        Map<String, SpendingField> index = new LinkedHashMap<>();
        fields.inOrder().forEach(f -> index.put(f.code(), f));
        return index;
    }

    private static boolean isInfrastructure(Map<String, SpendingField> fields, FundingFact f) {
        SpendingField field = fields.get(f.fieldCode());
        return field != null && field.infrastructure();
    }

    static LedgerFacts.UnitFilter filter(UnitRef unit) {
        return new LedgerFacts.UnitFilter(unit.code(), unit.level(), unit.validFrom(), unit.validTo());
    }

    private static ReportViews.UnitHeader header(UnitRef unit, LocalDate at, int year) {
        return new ReportViews.UnitHeader(unit.code(), unit.name(), unit.level(), at == null ? LocalDate.of(year, 1, 1) : at);
    }
}
