package vn.sonla.ntm.loader.bench;

import static vn.sonla.ntm.loader.bench.BenchCommand.COORDINATOR;
import static vn.sonla.ntm.loader.bench.BenchCommand.FINANCE;
import static vn.sonla.ntm.loader.bench.BenchCommand.SET_CODE;
import static vn.sonla.ntm.loader.bench.BenchCommand.SET_VERSION;
import static vn.sonla.ntm.loader.bench.BenchCommand.all;
import static vn.sonla.ntm.loader.bench.BenchCommand.chunks;
import static vn.sonla.ntm.loader.bench.BenchCommand.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.sonla.ntm.loader.Log;
import vn.sonla.ntm.loader.Services;
import vn.sonla.ntm.loader.bench.Cases.Case;
import vn.sonla.ntm.loader.bench.Cases.Target;
import vn.sonla.ntm.loader.http.ApiException;

/** The phases of the bench load, each through the batch endpoints, timed into the summary. */
final class BenchLoad {

    /** Workflow batches: assessments per request. */
    static final int TRANSITION_BATCH = 500;
    /** Appraisals: assessments per chunk, each chunk's departments one after the other, chunks in parallel. */
    static final int APPRAISAL_CHUNK = 150;

    private final Services services;
    private final Cases cases;
    private final Country country;
    private final long seed;
    private final int batch;
    private final ExecutorService pool;
    private final Log log;
    private final ObjectNode summary;
    /** case key → {id, version} */
    private final Map<String, long[]> assessments = new ConcurrentHashMap<>();

    BenchLoad(Services services, Cases cases, Country country, long seed, int batch, ExecutorService pool, Log log, ObjectNode summary) {
        this.services = services;
        this.cases = cases;
        this.country = country;
        this.seed = seed;
        this.batch = batch;
        this.pool = pool;
        this.log = log;
        this.summary = summary;
    }

    // ---- units ---------------------------------------------------------------------------------------------------

    void units() {
        long t0 = System.nanoTime();
        AtomicLong units = new AtomicLong();
        AtomicLong links = new AtomicLong();
        List<Callable<Void>> tasks = new ArrayList<>();
        for (Country.Province p : country.synthetic()) {
            tasks.add(() -> {
                try {
                    services.assessment().unit(COORDINATOR, p.code(), "2019-12-31");
                    return null;
                } catch (ApiException e) {
                    if (!BenchCommand.notFound(e)) {
                        throw e;
                    }
                }
                JsonNode r = services.assessment().batch(COORDINATOR, "/api/v1/units/batch", Country.unitBatch(p, seed)).body();
                units.addAndGet(r.path("units").asLong());
                links.addAndGet(r.path("lineageLinks").asLong());
                return null;
            });
        }
        all(pool, tasks);
        long ms = ms(t0);
        ObjectNode u = summary.putObject("units");
        u.put("registered", units.get());
        u.put("lineageLinks", links.get());
        u.put("ms", ms);
        log.info("units: " + units.get() + " registered with " + links.get() + " lineage links in " + ms + " ms");
    }

    // ---- assessments ---------------------------------------------------------------------------------------------

    List<Country.Province> provincesWithoutAssessments() {
        List<Country.Province> fresh = new ArrayList<>();
        for (Country.Province p : country.provinces()) {
            long total = services.assessment().page(COORDINATOR, "/api/v1/assessments", "provinceCode", p.code(), "criteriaSetCode",
                    SET_CODE, "size", 1).path("total").asLong();
            long expected = (long) p.communes().size() * Cases.YEARS.size();
            if (total == 0) {
                fresh.add(p);
            } else if (total < expected) {
                throw new IllegalStateException("province " + p.code() + " holds " + total + " of its " + expected + " bench assessments: "
                        + "a load was cut short; start again from empty databases (./ntm bench does)");
            }
        }
        return fresh;
    }

    /**
     * Opens the provinces' assessments year by year with their values (the import rate), runs {@code opened} (the funding
     * load starts beside the workflow: it writes to funding-service, and the import rate is measured by then), then takes
     * them through the workflow.
     */
    void assessments(List<Country.Province> provinces, Runnable opened) {
        ObjectNode a = summary.putObject("assessments");
        ArrayNode years = a.putArray("years");
        if (provinces.isEmpty()) {
            log.info("assessments: every province has its assessments already");
            opened.run();
            return;
        }
        List<Case> all = new ArrayList<>();
        for (Country.Province p : provinces) {
            for (Country.Commune c : p.communes()) {
                all.addAll(cases.of(c));
            }
        }
        long values = 0;
        long createMs = 0;
        for (int year : Cases.YEARS) {
            List<Case> ofYear = all.stream().filter(c -> c.year() == year).toList();
            long t0 = System.nanoTime();
            long n = open(ofYear);
            long ms = ms(t0);
            values += n;
            createMs += ms;
            ObjectNode y = years.addObject();
            y.put("year", year);
            y.put("assessments", ofYear.size());
            y.put("values", n);
            y.put("ms", ms);
            y.put("valuesPerSecond", ms == 0 ? 0 : n * 1000 / ms);
            log.info("assessments " + year + ": " + ofYear.size() + " opened with " + n + " values in " + ms + " ms ("
                    + (ms == 0 ? "-" : n * 1000 / ms) + " values/s)");
        }
        a.put("opened", all.size());
        a.put("values", values);
        a.put("ms", createMs);
        a.put("valuesPerSecond", createMs == 0 ? 0 : values * 1000 / createMs);
        opened.run();

        long t0 = System.nanoTime();
        List<Case> submitted = all.stream().filter(Case::submitted).toList();
        transition("submit", "/api/v1/assessments/batch/submissions", submitted, c -> map("id", id(c), "version", version(c)),
                BenchLoad::submitter);
        long submitMs = ms(t0);

        t0 = System.nanoTime();
        long verdicts = appraise(all.stream().filter(c -> !c.departments().isEmpty()).toList());
        long appraiseMs = ms(t0);

        t0 = System.nanoTime();
        List<Case> returned = all.stream().filter(c -> c.target() == Target.RETURNED).toList();
        transition("return", "/api/v1/assessments/batch/returns", returned, c -> map("id", id(c), "version", version(c), "reason",
                "Chỉ tiêu " + c.disputed() + " chưa đạt, đề nghị bổ sung (dữ liệu tổng hợp / synthetic)"), c -> COORDINATOR);
        long returnMs = ms(t0);

        t0 = System.nanoTime();
        List<Case> recognised = all.stream().filter(c -> c.target() == Target.RECOGNISED).toList();
        transition("recognise", "/api/v1/assessments/batch/recognitions", recognised, c -> map("id", id(c), "version", version(c),
                "decisionNumber", "TH-" + c.year() + "-" + c.commune().code() + "/QĐ-UBND", "decisionDate", c.year() + "-12-20",
                "issuingBody", "UBND " + (c.commune().provinceCode().equals(Country.SON_LA) ? "tỉnh Sơn La" : "Tỉnh Tổng hợp "
                        + c.commune().provinceCode()) + " (dữ liệu tổng hợp / synthetic)"), c -> COORDINATOR);
        long recogniseMs = ms(t0);

        ObjectNode w = a.putObject("workflow");
        w.put("submitted", submitted.size());
        w.put("submitMs", submitMs);
        w.put("verdicts", verdicts);
        w.put("appraiseMs", appraiseMs);
        w.put("returned", returned.size());
        w.put("returnMs", returnMs);
        w.put("recognised", recognised.size());
        w.put("recogniseMs", recogniseMs);
        ObjectNode states = a.putObject("states");
        for (Target t : Target.values()) {
            states.put(t.name(), all.stream().filter(c -> c.target() == t).count());
        }
        log.info("workflow: " + submitted.size() + " submitted (" + submitMs + " ms), " + verdicts + " verdicts (" + appraiseMs + " ms), "
                + returned.size() + " returned (" + returnMs + " ms), " + recognised.size() + " recognised (" + recogniseMs + " ms)");
    }

    /** Who opens and submits a commune's assessments: its district in Sơn La (district era), the coordinator elsewhere. */
    static String submitter(Case c) {
        return c.commune().provinceCode().equals(Country.SON_LA) ? "district-" + c.commune().districtCode() : COORDINATOR;
    }

    /** Opens the cases of one year in batches (grouped by who opens them); answers the number of values entered. */
    private long open(List<Case> ofYear) {
        Map<String, List<Case>> byEditor = new LinkedHashMap<>();
        ofYear.forEach(c -> byEditor.computeIfAbsent(submitter(c), k -> new ArrayList<>()).add(c));
        List<Callable<Long>> tasks = new ArrayList<>();
        byEditor.forEach((editor, list) -> {
            for (List<Case> chunk : chunks(list, batch)) {
                tasks.add(() -> {
                    List<Map<String, Object>> items = new ArrayList<>();
                    long n = 0;
                    for (Case c : chunk) {
                        Map<String, Map<String, Object>> values = cases.values(c);
                        n += values.size();
                        items.add(map("unitCode", c.commune().code(), "year", c.year(), "criteriaSetCode", SET_CODE,
                                "criteriaSetVersion", SET_VERSION, "values", values));
                    }
                    JsonNode r = services.assessment().batch(editor, "/api/v1/assessments/batch", map("items", items)).body();
                    JsonNode outcomes = r.path("items");
                    for (int i = 0; i < chunk.size(); i++) {
                        assessments.put(chunk.get(i).key(), new long[] {outcomes.get(i).path("id").asLong(),
                                outcomes.get(i).path("version").asLong()});
                    }
                    return n;
                });
            }
        });
        return all(pool, tasks).stream().mapToLong(Long::longValue).sum();
    }

    private interface Item {
        Map<String, Object> of(Case c);
    }

    private interface Actor {
        String of(Case c);
    }

    /** One transition over the cases, in batches per actor, keeping each assessment's new version. */
    private void transition(String what, String path, List<Case> list, Item item, Actor actor) {
        Map<String, List<Case>> byActor = new LinkedHashMap<>();
        list.forEach(c -> byActor.computeIfAbsent(actor.of(c), k -> new ArrayList<>()).add(c));
        List<Callable<Void>> tasks = new ArrayList<>();
        byActor.forEach((who, cs) -> {
            for (List<Case> chunk : chunks(cs, TRANSITION_BATCH)) {
                tasks.add(() -> {
                    JsonNode r = services.assessment().batch(who, path, map("items", chunk.stream().map(item::of).toList())).body();
                    remember(chunk, r);
                    return null;
                });
            }
        });
        all(pool, tasks);
    }

    /** Each department gives its verdicts, a chunk of assessments at a time (one thread per chunk: no two lock the same rows). */
    private long appraise(List<Case> list) {
        AtomicLong verdicts = new AtomicLong();
        List<Callable<Void>> tasks = new ArrayList<>();
        for (List<Case> chunk : chunks(list, APPRAISAL_CHUNK)) {
            tasks.add(() -> {
                for (String department : cases.departments()) {
                    List<Case> mine = chunk.stream().filter(c -> c.departments().contains(department)).toList();
                    if (mine.isEmpty()) {
                        continue;
                    }
                    List<Map<String, Object>> items = new ArrayList<>();
                    for (Case c : mine) {
                        List<Map<String, Object>> v = cases.verdicts(c, department);
                        verdicts.addAndGet(v.size());
                        items.add(map("id", id(c), "verdicts", v));
                    }
                    JsonNode r = services.assessment().batch("appraiser-" + department, "/api/v1/assessments/batch/appraisals",
                            map("items", items)).body();
                    remember(mine, r);
                }
                return null;
            });
        }
        all(pool, tasks);
        return verdicts.get();
    }

    private void remember(List<Case> chunk, JsonNode answer) {
        JsonNode outcomes = answer.path("items");
        for (int i = 0; i < chunk.size(); i++) {
            long[] known = assessments.get(chunk.get(i).key());
            known[1] = outcomes.get(i).path("version").asLong();
        }
    }

    private long id(Case c) {
        return assessments.get(c.key())[0];
    }

    private long version(Case c) {
        return assessments.get(c.key())[1];
    }

    // ---- funding -------------------------------------------------------------------------------------------------

    List<Country.Province> provincesWithoutFunding(List<Integer> years) {
        return country.provinces().stream().filter(p -> services.funding().findPlan(FINANCE, fundingYears(p, years).get(0), p.code())
                .isEmpty()).toList();
    }

    /**
     * The years a province is funded: every year asked for in Sơn La (the dashboards measured), the last one in a synthetic
     * province. Funding records are written one by one behind the batch (each allocation looks its commune up in
     * assessment-service, ADR 0031), so a second synthetic year would add minutes to the load and nothing to what is
     * measured: Sơn La's reads are scoped to the province either way (ADR 0072).
     */
    static List<Integer> fundingYears(Country.Province p, List<Integer> years) {
        return p.synthetic() ? List.of(years.get(years.size() - 1)) : years;
    }

    void funding(List<Country.Province> provinces, List<Integer> years) {
        ObjectNode f;
        synchronized (summary) {
            f = summary.putObject("funding");
        }
        if (provinces.isEmpty()) {
            log.info("funding: every province has its plans already");
            return;
        }
        long t0 = System.nanoTime();
        AtomicLong plans = new AtomicLong();
        AtomicLong allocations = new AtomicLong();
        AtomicLong transactions = new AtomicLong();
        List<Callable<Void>> tasks = new ArrayList<>();
        for (Country.Province p : provinces) {
            for (int year : fundingYears(p, years)) {
                tasks.add(() -> {
                    long[] n = fundProvince(p, year);
                    plans.addAndGet(n[0]);
                    allocations.addAndGet(n[1]);
                    transactions.addAndGet(n[2]);
                    return null;
                });
            }
        }
        all(pool, tasks);
        long ms = ms(t0);
        f.put("plans", plans.get());
        f.put("allocations", allocations.get());
        f.put("transactions", transactions.get());
        f.put("ms", ms);
        log.info("funding: " + plans.get() + " plans, " + allocations.get() + " allocations, " + transactions.get()
                + " transactions in " + ms + " ms");
    }

    /** A province's plan and its districts' plans of a year, approved, allocated to every commune, committed and disbursed. */
    private long[] fundProvince(Country.Province p, int year) {
        Random random = new Random(seed * 13 + p.code().hashCode() * 31L + year);
        boolean sonLa = p.code().equals(Country.SON_LA);
        String note = Country.source(seed);
        Map<String, List<Map<String, Object>>> draftsByWriter = new LinkedHashMap<>();
        draftsByWriter.computeIfAbsent(FINANCE, k -> new ArrayList<>()).add(map("year", year, "unitCode", p.code(),
                "title", "Kế hoạch vốn NTM " + p.name() + " năm " + year + " (tổng hợp)", "note", note, "lines", List.of(
                        line("NSTW_DTPT", "HT_GIAO_THONG", "2", millions(20_000 + random.nextInt(20_000))),
                        line("NSTW_SN", "SAN_XUAT", "10", millions(4_000 + random.nextInt(4_000))),
                        line("NS_TINH", "HT_TRUONG_HOC", "5", millions(5_000 + random.nextInt(5_000))),
                        line("LONG_GHEP", "HT_THUY_LOI", "3", millions(3_000 + random.nextInt(3_000))),
                        line("TIN_DUNG", "SAN_XUAT", "13", millions(30_000 + random.nextInt(20_000))))));
        for (Country.District d : p.districts()) {
            int n = d.communes().size();
            draftsByWriter.computeIfAbsent(sonLa ? "district-" + d.code() : FINANCE, k -> new ArrayList<>()).add(map("year", year,
                    "unitCode", d.code(), "title", "Kế hoạch vốn NTM " + d.name() + " năm " + year + " (tổng hợp)", "note", note,
                    "lines", List.of(
                            line("NSTW_DTPT", "HT_GIAO_THONG", "2", millions(n * (400 + random.nextInt(400)))),
                            line("NS_HUYEN", "SAN_XUAT", "10", millions(500 + random.nextInt(1_000))),
                            line("NS_XA", "VAN_HOA", "6", millions(n * (50 + random.nextInt(100)))),
                            line("DOANH_NGHIEP", "SAN_XUAT", "10", millions(200 + random.nextInt(800))))));
        }
        // draft (per writer), then approve (finance)
        Map<String, JsonNode> planByUnit = new LinkedHashMap<>();
        draftsByWriter.forEach((writer, drafts) -> {
            for (List<Map<String, Object>> chunk : chunks(drafts, 500)) {
                for (JsonNode plan : services.funding().batch(writer, "/api/v1/capital-plans/batch", map("items", chunk)).body().path("items")) {
                    planByUnit.put(plan.path("unit").path("code").asText(), plan);
                }
            }
        });
        List<Map<String, Object>> approvals = new ArrayList<>();
        planByUnit.values().forEach(plan -> approvals.add(map("id", plan.path("id").asLong(), "version", plan.path("version").asLong(),
                "decisionNumber", "TH-KHV-" + plan.path("unit").path("code").asText() + "-" + year + "/QĐ-UBND",
                "decisionDate", year + "-03-15", "issuer", "UBND " + p.name() + " (dữ liệu tổng hợp / synthetic)")));
        for (List<Map<String, Object>> chunk : chunks(approvals, 500)) {
            services.funding().batch(FINANCE, "/api/v1/capital-plans/batch/approvals", map("items", chunk));
        }
        // allocations: each district's road line to every commune, its culture line to every other commune
        long allocated = 0;
        long recorded = 0;
        for (Country.District d : p.districts()) {
            JsonNode plan = planByUnit.get(d.code());
            JsonNode roads = plan.path("lines").get(0);
            JsonNode culture = plan.path("lines").get(2);
            List<Country.Commune> communes = d.communes();
            long perCommune = roads.path("amount").asLong() / communes.size() / 1_000_000 * 1_000_000;
            long perCulture = culture.path("amount").asLong() / ((communes.size() + 1) / 2) / 1_000_000 * 1_000_000;
            List<Map<String, Object>> items = new ArrayList<>();
            for (int i = 0; i < communes.size(); i++) {
                String code = communes.get(i).code();
                items.add(map("planId", plan.path("id").asLong(), "lineId", roads.path("id").asLong(), "allocation", map(
                        "recipientCode", code, "amount", perCommune, "date", year + "-04-10", "documentRef",
                        "TH-PB-" + year + "-" + code + "-1/QĐ-UBND", "note", note)));
                if (i % 2 == 0 && perCulture > 0) {
                    items.add(map("planId", plan.path("id").asLong(), "lineId", culture.path("id").asLong(), "allocation", map(
                            "recipientCode", code, "amount", perCulture, "date", year + "-04-10", "documentRef",
                            "TH-PB-" + year + "-" + code + "-3/QĐ-UBND", "note", note)));
                }
            }
            String writer = sonLa ? "district-" + d.code() : FINANCE;
            List<Map<String, Object>> txs = new ArrayList<>();
            for (List<Map<String, Object>> chunk : chunks(items, 1000)) {
                for (JsonNode a : services.funding().batch(writer, "/api/v1/allocations/batch", map("items", chunk)).body().path("items")) {
                    allocated++;
                    long amount = a.path("amount").asLong();
                    long id = a.path("id").asLong();
                    txs.add(map("allocationId", id, "transaction", map("type", "COMMITMENT", "amount", amount, "date", year + "-05-15",
                            "documentRef", "TH-CK-" + year + "-" + id, "note", note)));
                    txs.add(map("allocationId", id, "transaction", map("type", "DISBURSEMENT", "amount",
                            amount * (60 + random.nextInt(36)) / 100 / 1_000_000 * 1_000_000 + 1_000_000, "date", year + "-06-30",
                            "documentRef", "TH-GN-" + year + "-" + id, "note", note)));
                }
            }
            for (List<Map<String, Object>> chunk : chunks(txs, 1000)) {
                recorded += services.funding().batch(writer, "/api/v1/transactions/batch", map("items", chunk)).body().path("count").asLong();
            }
        }
        return new long[] {planByUnit.size(), allocated, recorded};
    }

    private static Map<String, Object> line(String source, String field, String criterion, long amount) {
        return map("sourceCode", source, "fieldCode", field, "criterionCode", criterion, "amount", amount);
    }

    private static long millions(long m) {
        return m * 1_000_000L;
    }

    // ---- assessments the save benchmark writes to ----------------------------------------------------------------

    /**
     * Drafts of 2021 for the first {@code count} communes of Sơn La, one per connection of the save benchmark, so that
     * concurrent saves never race for one version (each wrk thread writes its own assessment with its latest ETag).
     */
    void saveTargets(int count) {
        ArrayNode targets = summary.putArray("saveTargets");
        if (count == 0) {
            return;
        }
        List<Country.Commune> communes = country.provinces().get(0).communes().subList(0, Math.min(count, Country.SON_LA_COMMUNES));
        List<Map<String, Object>> missing = new ArrayList<>();
        Map<String, JsonNode> found = new LinkedHashMap<>();
        for (Country.Commune c : communes) {
            JsonNode page = services.assessment().page(COORDINATOR, "/api/v1/assessments", "unitCode", c.code(), "year", 2021,
                    "criteriaSetCode", SET_CODE);
            if (page.path("total").asLong() > 0) {
                found.put(c.code(), page.path("items").get(0));
            } else {
                missing.add(map("unitCode", c.code(), "year", 2021, "criteriaSetCode", SET_CODE, "criteriaSetVersion", SET_VERSION,
                        "values", cases.values(new Case(c, 2021, Target.DRAFT, java.util.Set.of(), 1.0, java.util.Set.of(), null))));
            }
        }
        if (!missing.isEmpty()) {
            for (JsonNode a : services.assessment().batch(COORDINATOR, "/api/v1/assessments/batch", map("items", missing)).body()
                    .path("items")) {
                found.put(a.path("unitCode").asText(), a);
            }
        }
        for (Country.Commune c : communes) {
            ObjectNode t = targets.addObject();
            t.put("id", found.get(c.code()).path("id").asLong());
            t.put("unitCode", c.code());
        }
        summary.put("saveValues", saveValues(communes.get(0)));
    }

    /**
     * The whole values map a save sends, as JSON, with {@code @V@} in place of one percentage (the wrk script puts a
     * different number there at each request, so that every save changes something).
     */
    private String saveValues(Country.Commune commune) {
        Map<String, Map<String, Object>> values = cases.values(new Case(commune, 2021, Target.DRAFT, java.util.Set.of(), 1.0,
                java.util.Set.of(), null));
        String changing = cases.percentIndicator();
        values.get(changing).put("value", "@V@");
        try {
            return vn.sonla.ntm.loader.http.JsonHttp.JSON.writeValueAsString(values).replace("\"@V@\"", "@V@");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
