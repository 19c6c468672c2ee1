package vn.sonla.ntm.funding.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.sonla.ntm.common.ProblemException;
import vn.sonla.ntm.common.VersionedCache;
import vn.sonla.ntm.common.audit.AuditTrail;
import vn.sonla.ntm.funding.client.UnitRef;
import vn.sonla.ntm.funding.client.Units;
import vn.sonla.ntm.funding.domain.FundingSource;
import vn.sonla.ntm.funding.domain.SourceKind;
import vn.sonla.ntm.funding.domain.Totals;
import vn.sonla.ntm.funding.domain.UnitLevel;
import vn.sonla.ntm.funding.persistence.FundingSources;
import vn.sonla.ntm.funding.persistence.SummaryQueries;

/**
 * The compact answers the gateway composes into dashboards (issue 5), computed in one SQL statement each, and the
 * published totals external systems may read.
 */
@ApplicationScoped
public class Summaries {

    @Schema(name = "SummaryRow", description = "Integer đồng, net of reversals")
    public record Row(String code, String name, long planned, long allocated, long disbursed,
                      @Schema(description = "disbursed / allocated, percent; null when nothing is allocated")
                      java.math.BigDecimal disbursementRate) {

        static Row of(String code, String name, long planned, long allocated, long disbursed) {
            return new Row(code, name, planned, allocated, disbursed, Totals.percent(disbursed, allocated));
        }
    }

    @Schema(name = "ProvinceSummary")
    public record Province(String provinceCode, int year, List<Row> bySource, List<Row> byDistrict, Row total,
                           OffsetDateTime generatedAt) {
    }

    @Schema(name = "DistrictSummary", description = "Per commune (and the district itself): its own plans, and what "
            + "was allocated to it and disbursed there from any plan")
    public record District(String districtCode, String name, int year, List<Row> byCommune, Row total,
                           OffsetDateTime generatedAt) {
    }

    @Schema(name = "PublishedTotals", description = "Approved-plan totals only: nothing of drafts or of the ledger")
    public record Published(String provinceCode, int year, long planned, long budget, long mobilised,
                            Map<String, Long> bySource, Map<String, Long> byUnitLevel, OffsetDateTime generatedAt) {
    }

    @Schema(name = "CommuneSummary", description = "What a commune received across years by source and field, "
            + "its predecessors' records included (lineage rollover after the 2025 merger)")
    public record Commune(String code, String name, List<ReportViews.Predecessor> predecessors,
                          List<Row> bySource, List<Row> byField, List<Row> byYear, Row total, OffsetDateTime generatedAt) {
    }

    /** A province's year. */
    record ProvinceKey(String provinceCode, int year) {
    }

    /**
     * The province summary, kept under the audit chain head it was computed at and computed again after any change
     * (docs/decisions/0084-dashboard-cache.md); {@code generatedAt} stays the time it was computed. Who may read it is
     * checked on every request, before the cache.
     */
    private final VersionedCache<ProvinceKey, Province> provinceSummaries = new VersionedCache<>(64);

    @Inject
    EntityManager em;

    @Inject
    SummaryQueries queries;

    @Inject
    Reporting reporting;

    @Inject
    FundingSources sources;

    @Inject
    Units units;

    @Inject
    Access access;

    @Transactional
    public Province province(String provinceCode, int year) {
        UnitRef province = unit(provinceCode, year);
        if (province.level() != UnitLevel.PROVINCE) {
            throw ProblemException.invalidField("provinceCode", "must be a province code (" + provinceCode + " is a "
                    + province.level() + ")");
        }
        access.requireReadReport(province);
        long version = AuditTrail.lastSeq(em);
        return provinceSummaries.get(new ProvinceKey(provinceCode, year), version, () -> {
            Map<String, String> names = sourceNames();
            List<Row> bySource = queries.provinceBySource(provinceCode, year).stream()
                    .map(r -> Row.of(r.key(), names.get(r.key()), r.planned(), r.allocated(), r.disbursed())).toList();
            List<Row> byDistrict = queries.provinceByDistrict(provinceCode, year).stream()
                    .map(r -> Row.of(r.key(), r.name(), r.planned(), r.allocated(), r.disbursed())).toList();
            return new Province(provinceCode, year, bySource, byDistrict, total(province, bySource), Today.now());
        });
    }

    @Transactional
    public District district(String code, int year, LocalDate at) {
        UnitRef district = at == null ? unit(code, year) : units.at(code, at)
                .orElseThrow(() -> ProblemException.notFound("No unit " + code + " on " + at));
        if (district.level() != UnitLevel.DISTRICT) {
            throw ProblemException.invalidField("code", "must be a district code (" + code + " is a "
                    + district.level() + ")");
        }
        access.requireReadReport(district);
        List<Row> byCommune = queries.districtByCommune(code, year).stream()
                .map(r -> Row.of(r.key(), r.name(), r.planned(), r.allocated(), r.disbursed())).toList();
        return new District(code, district.name(), year, byCommune, total(district, byCommune), Today.now());
    }

    @Transactional
    public Commune commune(String code) {
        ReportViews.History h = reporting.history(code, null);
        Map<String, long[]> bySource = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (ReportViews.HistoryRow r : h.rows()) {
            long[] t = bySource.computeIfAbsent(r.sourceCode(), k -> new long[3]);
            t[0] += r.amounts().planned();
            t[1] += r.amounts().allocated();
            t[2] += r.amounts().disbursed();
            names.put(r.sourceCode(), r.sourceNameVi());
        }
        List<Row> sourceRows = bySource.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> Row.of(e.getKey(), names.get(e.getKey()), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .toList();
        List<Row> fieldRows = h.fields().stream().map(f -> Row.of(f.fieldCode(), f.nameVi(), f.amounts().planned(),
                f.amounts().allocated(), f.amounts().disbursed())).toList();
        List<Row> yearRows = h.years().stream().map(y -> Row.of(Integer.toString(y.year()), null, y.amounts().planned(),
                y.amounts().allocated(), y.amounts().disbursed())).toList();
        Row total = Row.of(h.unit().code(), h.unit().name(), h.total().planned(), h.total().allocated(),
                h.total().disbursed());
        return new Commune(h.unit().code(), h.unit().name(), h.predecessors(), sourceRows, fieldRows, yearRows, total,
                Today.now());
    }

    @Transactional
    public Published published(String provinceCode, int year) {
        Map<String, SourceKind> kinds = new LinkedHashMap<>();
        sources.inOrder().forEach(s -> kinds.put(s.code(), s.kind()));
        Map<String, Long> bySource = new LinkedHashMap<>();
        Map<String, Long> byLevel = new LinkedHashMap<>();
        long planned = 0;
        long budget = 0;
        for (SummaryQueries.Row r : queries.publishedBySourceAndLevel(provinceCode, year)) {
            bySource.merge(r.key(), r.planned(), Long::sum);
            byLevel.merge(r.name(), r.planned(), Long::sum);
            planned += r.planned();
            if (kinds.get(r.key()) == SourceKind.BUDGET) {
                budget += r.planned();
            }
        }
        return new Published(provinceCode, year, planned, budget, planned - budget, bySource, byLevel, Today.now());
    }

    private UnitRef unit(String code, int year) {
        LocalDate day = LocalDate.of(year, 1, 1);
        return units.at(code, day).orElseThrow(() -> ProblemException.notFound("No unit " + code + " on " + day));
    }

    private Map<String, String> sourceNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (FundingSource s : sources.inOrder()) {
            names.put(s.code(), s.nameVi());
        }
        return names;
    }

    private static Row total(UnitRef unit, List<Row> rows) {
        return Row.of(unit.code(), unit.name(), rows.stream().mapToLong(Row::planned).sum(),
                rows.stream().mapToLong(Row::allocated).sum(), rows.stream().mapToLong(Row::disbursed).sum());
    }
}
