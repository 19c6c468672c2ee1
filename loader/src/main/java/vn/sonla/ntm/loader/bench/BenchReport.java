package vn.sonla.ntm.loader.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import vn.sonla.ntm.loader.Command;
import vn.sonla.ntm.loader.Log;
import vn.sonla.ntm.loader.Options;
import vn.sonla.ntm.loader.Services;
import vn.sonla.ntm.loader.http.JsonHttp;

/**
 * {@code bench-report --results DIR [--doc FILE]}: turns the results of one {@code ./ntm bench} run (wrk and pgbench
 * figures, start times, memory, the loader's rates, query plans) into docs/benchmarks.md: the targets of issue 7 with
 * the measured figure and by how much each is met or missed, then every table behind them. The analysis (why a target is
 * missed and what would close it) comes from bench/analysis.md, kept by hand beside the figures it explains.
 */
public final class BenchReport implements Command {

    static final String[] READS = {"province", "district", "scorecard", "status-list", "status-feed"};
    static final Map<String, String> TITLES = Map.of("province", "Province dashboard", "district", "District dashboard (125 Mai Sơn)",
            "scorecard", "Commune scorecard (04120 Chiềng Ban)", "status-list", "Status API, list (page of 100)",
            "status-feed", "Status API, change feed (page of 100)", "save", "Assessment save (PUT, If-Match)");
    static final int[] CONNECTIONS = {1, 8, 32};

    private final Log log;

    public BenchReport(Log log) {
        this.log = log;
    }

    @Override
    public String name() {
        return "bench-report";
    }

    @Override
    public String summary() {
        return "docs/benchmarks.md from the results of ./ntm bench: --results DIR [--doc FILE] [--analysis FILE]";
    }

    @Override
    public Set<String> options() {
        return Set.of("results", "doc", "analysis");
    }

    @Override
    public boolean needsServices() {
        return false;
    }

    @Override
    public int run(Services services, Options options) {
        Path dir = Path.of(require(options, "results"));
        String analysisOption = options.get("analysis");
        Path analysis = analysisOption != null ? Path.of(analysisOption) : dir.resolve("../../../bench/analysis.md").normalize();
        String page = render(new Results(dir), Files.exists(analysis) ? read(analysis) : null);
        write(dir.resolve("benchmarks.md"), page);
        String doc = options.get("doc");
        if (doc != null && !doc.isBlank()) {
            write(Path.of(doc), page);
            log.info("wrote " + doc);
        }
        System.out.println(targetsOnly(page));
        return 0;
    }

    // ---- the results of one run --------------------------------------------------------------------------------

    /** Everything one run left in its directory. */
    static final class Results {
        final Path dir;
        final List<JsonNode> wrk = new ArrayList<>();
        final List<JsonNode> pgbench = new ArrayList<>();
        final Map<Integer, JsonNode> loads = new LinkedHashMap<>();

        Results(Path dir) {
            this.dir = dir;
            lines("wrk.jsonl").forEach(l -> wrk.add(json(l)));
            lines("pgbench.jsonl").forEach(l -> pgbench.add(json(l)));
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(f -> f.getFileName().toString().matches("load-\\d+\\.json")).sorted().forEach(f -> {
                    JsonNode n = json(read(f));
                    loads.put(Integer.parseInt(f.getFileName().toString().replaceAll("\\D", "")), n);
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        List<String> lines(String file) {
            Path p = dir.resolve(file);
            if (!Files.exists(p)) {
                return List.of();
            }
            return Arrays.stream(read(p).split("\n")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }

        String text(String file) {
            Path p = dir.resolve(file);
            return Files.exists(p) ? read(p).trim() : "";
        }

        List<Integer> scales() {
            return wrk.stream().map(n -> n.path("scale").asInt()).distinct().sorted().toList();
        }

        int largest() {
            List<Integer> s = scales();
            return s.isEmpty() ? 0 : s.get(s.size() - 1);
        }

        Optional<JsonNode> wrk(int scale, String label, int connections) {
            return wrk.stream().filter(n -> n.path("scale").asInt() == scale && n.path("label").asText().equals(label)
                    && n.path("connections").asInt() == connections).reduce((a, b) -> b);
        }

        OptionalDouble tps(int scale, String read, String service, int connections) {
            return pgbench.stream().filter(n -> n.path("scale").asInt() == scale && n.path("read").asText().equals(read)
                            && n.path("service").asText().equals(service) && n.path("connections").asInt() == connections)
                    .map(n -> n.path("tps").asDouble()).reduce((a, b) -> b).map(OptionalDouble::of).orElse(OptionalDouble.empty());
        }

        /** The SQL floor of a read: the statements of every service it needs, one after the other (1 / Σ 1/tps). */
        OptionalDouble floor(int scale, String read, int connections) {
            double inverse = 0;
            boolean any = false;
            for (String service : List.of("assessment", "funding")) {
                OptionalDouble t = tps(scale, read, service, connections);
                if (t.isPresent() && t.value > 0) {
                    inverse += 1 / t.value;
                    any = true;
                }
            }
            return any ? OptionalDouble.of(1 / inverse) : OptionalDouble.empty();
        }

        /** Latency percentiles of pgbench's per-transaction log (µs in the third column), in ms. */
        double[] pgbenchPercentiles(String read, String service, int scale, int connections) {
            String prefix = "pgbench-" + read + "-" + service + "-" + scale + "-c" + connections + ".";
            List<Double> latencies = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(f -> f.getFileName().toString().startsWith(prefix) && !f.toString().endsWith(".out")).toList()) {
                    for (String line : read(f).split("\n")) {
                        String[] cols = line.trim().split("\\s+");
                        if (cols.length >= 3) {
                            latencies.add(Double.parseDouble(cols[2]) / 1000.0);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (latencies.isEmpty()) {
                return null;
            }
            latencies.sort(Double::compare);
            return new double[] {pct(latencies, 50), pct(latencies, 95), pct(latencies, 99)};
        }

        Map<String, String[]> table(String file) {
            Map<String, String[]> rows = new LinkedHashMap<>();
            for (String line : lines(file)) {
                String[] cols = line.split("\\s+");
                rows.put(cols[0], Arrays.copyOfRange(cols, 1, cols.length));
            }
            return rows;
        }
    }

    /** A double that may be missing (java.util.OptionalDouble cannot be built from a stream's Optional cleanly). */
    record OptionalDouble(double value, boolean present) {
        static OptionalDouble of(double v) {
            return new OptionalDouble(v, true);
        }

        static OptionalDouble empty() {
            return new OptionalDouble(0, false);
        }

        boolean isPresent() {
            return present;
        }
    }

    static double pct(List<Double> sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    // ---- the page ----------------------------------------------------------------------------------------------

    static String render(Results r, String analysis) {
        StringBuilder md = new StringBuilder();
        int big = r.largest();
        int small = r.scales().isEmpty() ? 0 : r.scales().get(0);
        md.append("# Benchmarks\n\n");
        md.append("Written by `./ntm bench` (issue 7; decisions [0070](decisions/0070-benchmark-country-and-method.md), "
                + "[0071](decisions/0071-batch-endpoints.md), [0072](decisions/0072-performance-fixes-and-jvm-flags.md)) from its latest run; "
                + "the run's raw results stay in `.ntm/bench/<run>/`. It is a benchmark, not a test: nothing in `./ntm test` depends on "
                + "these figures.\n\n");
        md.append("| run | |\n|---|---|\n");
        md.append("| command | `").append(r.text("command")).append("` |\n");
        md.append("| date | ").append(date(r.dir.getFileName().toString())).append(" |\n");
        r.lines("machine").forEach(l -> {
            int i = l.indexOf(':');
            if (i > 0) {
                md.append("| ").append(l, 0, i).append(" | ").append(l.substring(i + 1).trim()).append(" |\n");
            }
        });
        if (!r.text("commit").isEmpty()) {
            md.append("| commit | ").append(r.text("commit")).append(" |\n");
        }
        md.append("| load average (1, 5, 15 min) at start | ").append(r.text("loadavg-start")).append(" |\n");
        for (int scale : r.scales()) {
            if (!r.text("loadavg-measure-" + scale).isEmpty()) {
                md.append("| load average when the reads at ").append(scale).append(" communes began | ")
                        .append(r.text("loadavg-measure-" + scale)).append(" |\n");
            }
            if (!r.text("cpu-measure-" + scale).isEmpty()) {
                md.append("| CPU busy (2 s sample, both cores) when the reads at ").append(scale).append(" communes began | ")
                        .append(r.text("cpu-measure-" + scale)).append(" |\n");
            }
        }
        String sampled = loadRange(r.lines("loadavg-samples"));
        if (!sampled.isEmpty()) {
            md.append("| 1-minute load average during the run (sampled every 5 s) | ").append(sampled).append(" |\n");
        }
        md.append("| load average at end | ").append(r.text("loadavg-end")).append(" |\n");
        String busy = (r.text("busy-start") + "\n" + r.text("busy-end")).trim();
        md.append("| other heavy processes seen | ").append(busy.isEmpty() ? "none (no Maven, Node or Chromium above 5 % CPU)"
                : busy.replace("\n", "<br>").replace("|", "\\|")).append(" |\n");
        md.append("| duration of the run | ").append(r.text("elapsed-seconds")).append(" s").append(phases(r.lines("phases")))
                .append(" |\n");
        md.append("| each wrk / pgbench run | ").append(durationOf(r)).append(" s each, after a warm-up of ")
                .append(r.text("warmup").isEmpty() ? "3 s (this run predates the warm-up by answers: its first reads, the 204-commune "
                        + "ones above all, were measured partly cold)" : r.text("warmup")).append(" |\n\n");

        double busiest = busiest(r);
        if (busiest > 1.5 && busy.isEmpty() && !r.text("cpu-measure-" + big).isEmpty()) {
            md.append("> **The load average is the run's own.** It reached ").append(String.format(Locale.ROOT, "%.1f", busiest))
                    .append(" on 2 cores while the loader, the services and PostgreSQL imported the country; no other build, test or "
                            + "browser was seen above 5 % CPU. Each set of reads began once the CPU had settled (the CPU rows above); "
                            + "the load average, a one-minute mean, lags behind that.\n\n");
        } else if (busiest > 1.5) {
            md.append("> **Taken on a shared machine.** The 1-minute load average reached ").append(String.format(Locale.ROOT, "%.1f", busiest))
                    .append(" on 2 cores during this run (other work: builds, tests): latencies and start times are several times "
                            + "what the same code gives on a quiet machine, and the misses below say as much about the machine as about "
                            + "the code. `./ntm bench --wait-quiet 600` waits for a quiet machine first.\n\n");
        }
        targets(md, r, small, big);
        if (analysis != null) {
            md.append(analysis.trim()).append("\n\n");
        }
        reads(md, r);
        direct(md, r);
        floors(md, r);
        growth(md, r, small, big);
        resources(md, r);
        imports(md, r);
        plans(md, r);
        return md.toString();
    }

    /** " (build and start 40 s, Sơn La loaded 90 s, ...)" from the run's marks ("epoch name", the first "start"). */
    static String phases(List<String> marks) {
        List<String> parts = new ArrayList<>();
        long previous = -1;
        for (String line : marks) {
            int space = line.indexOf(' ');
            if (space < 0) {
                continue;
            }
            long t = Long.parseLong(line.substring(0, space));
            if (previous >= 0) {
                parts.add(line.substring(space + 1) + " after " + (t - previous) + " s");
            }
            previous = t;
        }
        return parts.isEmpty() ? "" : ": " + String.join(", ", parts);
    }

    /** The highest 1-minute load average seen: at the start, at each measurement, sampled during the run. */
    static double busiest(Results r) {
        double max = 0;
        List<String> seen = new ArrayList<>(r.lines("loadavg-samples").stream().map(l -> l.split("\\s+").length > 1 ? l.split("\\s+")[1] : "0")
                .toList());
        for (String f : List.of("loadavg-start", "loadavg-end")) {
            String t = r.text(f);
            if (!t.isEmpty()) {
                seen.add(t.split("\\s+")[0]);
            }
        }
        for (String v : seen) {
            try {
                max = Math.max(max, Double.parseDouble(v));
            } catch (NumberFormatException e) {
                // not a figure
            }
        }
        return max;
    }

    /** 20261129T003806Z → 2026-11-29 00:38:06 UTC. */
    static String date(String run) {
        if (!run.matches("\\d{8}T\\d{6}Z")) {
            return run;
        }
        return run.substring(0, 4) + "-" + run.substring(4, 6) + "-" + run.substring(6, 8) + " " + run.substring(9, 11) + ":"
                + run.substring(11, 13) + ":" + run.substring(13, 15) + " UTC";
    }

    /** "min … max, mean m" of the sampled 1-minute load averages (lines "epoch load"). */
    static String loadRange(List<String> samples) {
        double min = Double.MAX_VALUE;
        double max = 0;
        double sum = 0;
        int n = 0;
        for (String line : samples) {
            String[] cols = line.split("\\s+");
            if (cols.length < 2) {
                continue;
            }
            double v = Double.parseDouble(cols[1]);
            min = Math.min(min, v);
            max = Math.max(max, v);
            sum += v;
            n++;
        }
        return n == 0 ? "" : String.format(Locale.ROOT, "%.2f … %.2f, mean %.2f (%d samples); 2 cores: above 2 the run shared the "
                + "machine", min, max, sum / n, n);
    }

    static String durationOf(Results r) {
        return r.wrk.stream().filter(n -> n.path("connections").asInt() == 8).findFirst()
                .map(n -> String.valueOf(Math.round(n.path("seconds").asDouble()))).orElse("?");
    }

    static void targets(StringBuilder md, Results r, int small, int big) {
        md.append("## Targets (2-core machine, the country loaded: ").append(big).append(" communes)\n\n");
        md.append("| target | measured | |\n|---|---|---|\n");
        Optional<JsonNode> province = r.wrk(big, "province", 8);
        Optional<JsonNode> scorecard = r.wrk(big, "scorecard", 8);
        target(md, "Province dashboard p95 ≤ 100 ms at 8 connections, no errors", province, 100);
        target(md, "Scorecard p95 ≤ 30 ms at 8 connections, no errors", scorecard, 30);
        Optional<JsonNode> sonLaSmall = r.wrk(small, "province", 8);
        if (province.isPresent() && sonLaSmall.isPresent() && small != big) {
            double ratio = province.get().path("p95ms").asDouble() / sonLaSmall.get().path("p95ms").asDouble();
            double ratio50 = province.get().path("p50ms").asDouble() / sonLaSmall.get().path("p50ms").asDouble();
            md.append("| Sơn La's dashboard at ").append(big).append(" communes within 1.5× its latency at ").append(small).append(" | p95 ")
                    .append(ms(sonLaSmall.get().path("p95ms").asDouble())).append(" → ").append(ms(province.get().path("p95ms").asDouble()))
                    .append(" ms (").append(x(ratio)).append("), p50 ").append(ms(sonLaSmall.get().path("p50ms").asDouble())).append(" → ")
                    .append(ms(province.get().path("p50ms").asDouble())).append(" ms (").append(x(ratio50)).append(") | ")
                    .append(ratio <= 1.5 ? "met" : "**missed** by " + pctOver(ratio, 1.5)).append(" |\n");
        }
        double[] sqlSmall = r.pgbenchPercentiles("province", "assessment", small, 8);
        double[] sqlBig = r.pgbenchPercentiles("province", "assessment", big, 8);
        if (sqlSmall != null && sqlBig != null && small != big) {
            // the gateway's answer is kept between changes (ADR 0084); the statements behind it show how computing it grows
            double ratio = sqlBig[1] / sqlSmall[1];
            md.append("| … its statements, computed every time (assessment-service's SQL in pgbench, 8 connections) | p95 ")
                    .append(ms(sqlSmall[1])).append(" → ").append(ms(sqlBig[1])).append(" ms (").append(x(ratio)).append("), p50 ")
                    .append(ms(sqlSmall[0])).append(" → ").append(ms(sqlBig[0])).append(" ms (").append(x(sqlBig[0] / sqlSmall[0]))
                    .append(") | ").append(ratio <= 1.5 ? "met" : "**missed** by " + pctOver(ratio, 1.5)).append(" |\n");
        }
        OptionalDouble floor = r.floor(big, "scorecard", 8);
        if (scorecard.isPresent() && floor.isPresent()) {
            double share = scorecard.get().path("rps").asDouble() / floor.value();
            md.append("| Gateway throughput on the scorecard ≥ 40 % of the direct-SQL floor | ").append(Math.round(scorecard.get().path("rps")
                    .asDouble())).append(" req/s against ").append(Math.round(floor.value())).append(" SQL reads/s at 8 connections: ")
                    .append(Math.round(share * 100)).append(" % | ").append(share >= 0.4 ? "met" : "**missed**: " + Math.round(share * 100)
                            + " % of the floor, not 40 %").append(" |\n");
        }
        JsonNode load = r.loads.get(big);
        if (load != null && load.path("assessments").path("years").size() > 0) {
            JsonNode slowest = null;
            for (JsonNode y : load.path("assessments").path("years")) {
                if (slowest == null || y.path("ms").asLong() > slowest.path("ms").asLong()) {
                    slowest = y;
                }
            }
            double seconds = slowest.path("ms").asDouble() / 1000;
            long values = slowest.path("values").asLong();
            if (values < 400_000) {
                List<Double> rates = new ArrayList<>();
                load.path("assessments").path("years").forEach(y -> rates.add(y.path("valuesPerSecond").asDouble()));
                rates.sort(Double::compare);
                double perSecond = rates.get(rates.size() / 2);
                md.append("| Bulk import of ~10 600 communes' assessments (~520 000 values) < 60 s | not measured at this scale: the "
                        + "slowest year (").append(slowest.path("year").asInt()).append(") was ").append(values).append(" values in ")
                        .append(String.format(Locale.ROOT, "%.1f", seconds)).append(" s; 520 000 at the median year's rate (")
                        .append(Math.round(perSecond)).append(" values/s) would take ").append(perSecond > 0
                                ? String.format(Locale.ROOT, "%.0f s", 520_000 / perSecond) : "?").append(" | run with `--communes 10600` |\n");
            } else {
            md.append("| Bulk import of ~10 600 communes' assessments (~520 000 values) < 60 s | slowest year (")
                    .append(slowest.path("year").asInt()).append("): ").append(slowest.path("assessments").asLong())
                    .append(" assessments, ").append(slowest.path("values").asLong()).append(" values in ").append(String.format(Locale.ROOT, "%.1f", seconds))
                    .append(" s (").append(slowest.path("valuesPerSecond").asLong()).append(" values/s) | ")
                    .append(seconds < 60 ? "met" : "**missed** by " + String.format(Locale.ROOT, "%.0f s", seconds - 60)).append(" |\n");
            }
        }
        String elapsed = r.text("elapsed-seconds");
        if (!elapsed.isEmpty() && big >= 10_000) {
            long total = Long.parseLong(elapsed.trim());
            String waited = r.text("waited-quiet").trim();
            // --wait-quiet is the caller's choice: the time spent waiting for other work to end is not the benchmark's
            long seconds = waited.isEmpty() ? total : total - Long.parseLong(waited);
            md.append("| `./ntm bench --communes ").append(big).append("` ends by itself within 20 minutes (after `./ntm up`) | ")
                    .append(seconds / 60).append(" min ").append(seconds % 60).append(" s")
                    .append(waited.isEmpty() || waited.equals("0") ? "" : " (and " + waited + " s waiting for a quiet machine first, as asked)")
                    .append(" | ")
                    .append(seconds <= 1200 ? "met" : "**missed** by " + (seconds - 1200) + " s").append(" |\n");
        }
        Map<String, String[]> restart = r.table("ready-restart");
        Map<String, String[]> first = r.table("ready-first-start");
        Map<String, String[]> rss = r.table("rss-after-load");
        for (String app : List.of("criteria-service", "assessment-service", "funding-service", "gateway")) {
            String[] ready = restart.getOrDefault(app, first.get(app));
            String[] mem = rss.get(app);
            if (ready == null || mem == null) {
                continue;
            }
            double s = Double.parseDouble(ready[0]) / 1000;
            long mb = Long.parseLong(mem[0]);
            boolean ok = s < 2.5 && mb < 250;
            md.append("| ").append(app).append(" ready < 2.5 s and < 250 MB RSS after load | ready in ")
                    .append(String.format(Locale.ROOT, "%.2f", s)).append(" s (first start on an empty database: ")
                    .append(first.containsKey(app) ? String.format(Locale.ROOT, "%.2f", Double.parseDouble(first.get(app)[0]) / 1000) : "?")
                    .append(" s); ").append(mb).append(" MB after load | ")
                    .append(ok ? "met" : "**missed**: " + (s >= 2.5 ? String.format(Locale.ROOT, "%.2f s over", s - 2.5) : "")
                            + (s >= 2.5 && mb >= 250 ? ", " : "") + (mb >= 250 ? (mb - 250) + " MB over" : "")).append(" |\n");
        }
        md.append("\n");
    }

    static void target(StringBuilder md, String name, Optional<JsonNode> run, double limit) {
        if (run.isEmpty()) {
            md.append("| ").append(name).append(" | not measured | |\n");
            return;
        }
        JsonNode n = run.get();
        double p95 = n.path("p95ms").asDouble();
        long errors = errors(n);
        md.append("| ").append(name).append(" | p95 ").append(ms(p95)).append(" ms (p50 ").append(ms(n.path("p50ms").asDouble()))
                .append(", p99 ").append(ms(n.path("p99ms").asDouble())).append("), ").append(Math.round(n.path("rps").asDouble()))
                .append(" req/s, ").append(errors).append(" errors | ")
                .append(p95 <= limit && errors == 0 ? "met" : "**missed**" + (p95 > limit ? " by " + ms(p95 - limit) + " ms ("
                        + pctOver(p95 / limit, 1) + ")" : "") + (errors > 0 ? ", " + errors + " errors" : "")).append(" |\n");
    }

    static long errors(JsonNode n) {
        JsonNode e = n.path("errors");
        return e.path("connect").asLong() + e.path("read").asLong() + e.path("write").asLong() + e.path("status").asLong()
                + e.path("timeout").asLong();
    }

    static void reads(StringBuilder md, Results r) {
        md.append("## Through the gateway (wrk on 127.0.0.1)\n\n");
        md.append("Real tokens from Keycloak (`coordinator`; `district-125` for its district; `external-demo`, client credentials, for "
                + "the status API — its per-client budget raised for the run with `NTM_STATUS_BURST`, `NTM_STATUS_REFILL`, "
                + "`NTM_STATUS_REFILL_PERIOD`). Year 2020. Latencies in ms; errors are non-2xx answers, timeouts and socket errors.\n\n");
        for (String label : concat(READS, "save")) {
            md.append("### ").append(TITLES.get(label)).append("\n\n");
            Optional<JsonNode> any = r.wrk.stream().filter(n -> n.path("label").asText().equals(label)).findFirst();
            any.ifPresent(n -> md.append("`").append(n.path("path").asText()).append("`\n\n"));
            md.append("| communes | connections | req/s | p50 | p95 | p99 | max | errors |\n|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (int scale : r.scales()) {
                for (int c : CONNECTIONS) {
                    r.wrk(scale, label, c).ifPresent(n -> md.append("| ").append(scale).append(" | ").append(c).append(" | ")
                            .append(Math.round(n.path("rps").asDouble())).append(" | ").append(ms(n.path("p50ms").asDouble())).append(" | ")
                            .append(ms(n.path("p95ms").asDouble())).append(" | ").append(ms(n.path("p99ms").asDouble())).append(" | ")
                            .append(ms(n.path("maxms").asDouble())).append(" | ").append(errors(n)).append(" |\n"));
                }
            }
            if (label.equals("save")) {
                refusedSaves(md, r);
            }
            md.append("\n");
        }
    }

    /** What the refused saves answered (bench/wrk/save.lua counts them by status and keeps the first problem). */
    static void refusedSaves(StringBuilder md, Results r) {
        for (int scale : r.scales()) {
            for (int c : CONNECTIONS) {
                String text = r.text("save-refused-" + scale + "-c" + c + ".json");
                if (text.isEmpty()) {
                    continue;
                }
                JsonNode n = json(text);
                if (n.path("statuses").size() == 0) {
                    continue;
                }
                md.append("\nRefused saves at ").append(scale).append(" communes, ").append(c).append(" connections: ");
                List<String> parts = new ArrayList<>();
                n.path("statuses").fields().forEachRemaining(e -> parts.add(e.getValue().asLong() + " × " + e.getKey()));
                md.append(String.join(", ", parts)).append("; the first said: `").append(n.path("first").asText().replace("`", "'"))
                        .append("`.\n");
            }
        }
    }

    /** The gateway's composed reads beside the services' answers it composes, each called alone (8 connections). */
    static void direct(StringBuilder md, Results r) {
        if (r.wrk.stream().noneMatch(n -> n.path("label").asText().startsWith("direct-"))) {
            return;
        }
        md.append("## Where the time goes: the gateway and the services it calls (8 connections)\n\n");
        md.append("Each service's part of a composed read, called straight on its port with the same token, one after the other "
                + "(never at the same time as the gateway): the gateway's answer costs at least the slower of the two (it calls them "
                + "in parallel), and what it adds is token checks, two HTTP calls, JSON read and written again.\n\n");
        md.append("| read | communes | via the gateway req/s | p50 | p95 | assessment-service alone req/s | p50 | p95 | "
                + "funding-service alone req/s | p50 | p95 |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String read : List.of("province", "scorecard")) {
            for (int scale : r.scales()) {
                Optional<JsonNode> g = r.wrk(scale, read, 8);
                Optional<JsonNode> a = r.wrk(scale, "direct-" + read + "-assessment", 8);
                Optional<JsonNode> f = r.wrk(scale, "direct-" + read + "-funding", 8);
                if (g.isEmpty() || (a.isEmpty() && f.isEmpty())) {
                    continue;
                }
                md.append("| ").append(TITLES.get(read)).append(" | ").append(scale);
                for (Optional<JsonNode> n : List.of(g, a, f)) {
                    md.append(n.map(x -> " | " + Math.round(x.path("rps").asDouble()) + " | " + ms(x.path("p50ms").asDouble()) + " | "
                            + ms(x.path("p95ms").asDouble())).orElse(" | | | "));
                }
                md.append(" |\n");
            }
        }
        md.append("\n");
    }

    static void floors(StringBuilder md, Results r) {
        md.append("## The floor: the same reads as SQL (pgbench)\n\n");
        md.append("`bench/sql/<read>-<service>.sql` holds the statements the services run for each read (taken from the services' "
                + "code and PostgreSQL's statement log), sent by pgbench straight to the service's database over TCP with as many "
                + "connections. A read that needs two databases costs the sum of both (floor = 1 / (1/tps₁ + 1/tps₂)); the "
                + "scorecard's funding part needs no SQL (04120 has no unit today, the answer is a cached 404). The ratio is gateway "
                + "req/s ÷ floor: what composing, JSON, HTTP, token checks and the services' own work cost on top of the database.\n\n");
        md.append("| read | communes | connections | gateway req/s | SQL floor reads/s | ratio | SQL p50 / p95 / p99 (ms) |\n"
                + "|---|---:|---:|---:|---:|---:|---|\n");
        for (String read : READS) {
            for (int scale : r.scales()) {
                for (int c : CONNECTIONS) {
                    OptionalDouble floor = r.floor(scale, read, c);
                    Optional<JsonNode> g = r.wrk(scale, read, c);
                    if (!floor.isPresent() || g.isEmpty()) {
                        continue;
                    }
                    double[] p = r.pgbenchPercentiles(read, "assessment", scale, c);
                    md.append("| ").append(read).append(" | ").append(scale).append(" | ").append(c).append(" | ")
                            .append(Math.round(g.get().path("rps").asDouble())).append(" | ").append(Math.round(floor.value())).append(" | ")
                            .append(Math.round(100 * g.get().path("rps").asDouble() / floor.value())).append(" % | ")
                            .append(p == null ? "" : ms(p[0]) + " / " + ms(p[1]) + " / " + ms(p[2]) + " (assessment)").append(" |\n");
                }
            }
        }
        md.append("\n");
    }

    static void growth(StringBuilder md, Results r, int small, int big) {
        if (small == big) {
            return;
        }
        md.append("## How cost grows: ").append(small).append(" → ").append(big).append(" communes (8 connections)\n\n");
        md.append("| read | p50 at ").append(small).append(" | p50 at ").append(big).append(" | p95 at ").append(small).append(" | p95 at ")
                .append(big).append(" | p95 ratio | req/s ratio |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (String label : concat(READS, "save")) {
            Optional<JsonNode> a = r.wrk(small, label, 8);
            Optional<JsonNode> b = r.wrk(big, label, 8);
            if (a.isEmpty() || b.isEmpty()) {
                continue;
            }
            md.append("| ").append(TITLES.get(label)).append(" | ").append(ms(a.get().path("p50ms").asDouble())).append(" | ")
                    .append(ms(b.get().path("p50ms").asDouble())).append(" | ").append(ms(a.get().path("p95ms").asDouble())).append(" | ")
                    .append(ms(b.get().path("p95ms").asDouble())).append(" | ")
                    .append(x(b.get().path("p95ms").asDouble() / a.get().path("p95ms").asDouble())).append(" | ")
                    .append(x(b.get().path("rps").asDouble() / a.get().path("rps").asDouble())).append(" |\n");
        }
        md.append("\n");
    }

    static void resources(StringBuilder md, Results r) {
        md.append("## Resources\n\n");
        md.append("Time to ready: from launching the JVM to the first 200 of `/q/health/ready` (polled every 50 ms), each service "
                + "started alone; Quarkus' own \"started in\" in brackets. RSS: VmRSS of each JVM, in MB.\n\n");
        Map<String, String[]> first = r.table("ready-first-start");
        Map<String, String[]> restart = r.table("ready-restart");
        Map<String, String[]> empty = r.table("rss-rest-empty");
        Map<String, String[]> after = r.table("rss-after-load");
        Map<String, String[]> loaded = r.table("rss-rest-loaded");
        md.append("| application | ready, empty database (migrate + seed) | ready, country loaded | RSS at rest (empty) | "
                + "RSS after load | RSS at rest (restarted, loaded) |\n|---|---:|---:|---:|---:|---:|\n");
        for (String app : List.of("criteria-service", "assessment-service", "funding-service", "gateway")) {
            md.append("| ").append(app).append(" | ").append(ready(first.get(app))).append(" | ").append(ready(restart.get(app)))
                    .append(" | ").append(cell(empty.get(app))).append(" | ").append(cell(after.get(app))).append(" | ")
                    .append(cell(loaded.get(app))).append(" |\n");
        }
        String flags = r.text("java-opts");
        if (!flags.isEmpty()) {
            md.append("\nJVM flags of the services in this run (ADR 0072; `NTM_JAVA_OPTS` replaces them): `").append(flags).append("`\n");
        }
        md.append("\n");
    }

    static String ready(String[] cols) {
        if (cols == null) {
            return "";
        }
        return String.format(Locale.ROOT, "%.2f s", Double.parseDouble(cols[0]) / 1000) + (cols.length > 1 && !cols[1].equals("-")
                ? " (" + cols[1] + " s)" : "");
    }

    static String cell(String[] cols) {
        return cols == null ? "" : cols[0];
    }

    static void imports(StringBuilder md, Results r) {
        md.append("## Bulk import (loader bench, through the batch APIs)\n\n");
        for (Map.Entry<Integer, JsonNode> e : r.loads.entrySet()) {
            JsonNode l = e.getValue();
            JsonNode a = l.path("assessments");
            md.append("**Up to ").append(e.getKey()).append(" communes** (this step loaded ")
                    .append(a.path("opened").asLong()).append(" assessments; the country: ").append(l.path("communes").asLong())
                    .append(" communes, ").append(l.path("districts").asLong()).append(" districts, ").append(l.path("provinces").asLong())
                    .append(" provinces; ").append(l.path("threads").asLong()).append(" parallel requests; ")
                    .append(String.format(Locale.ROOT, "%.1f", l.path("totalMs").asDouble() / 1000)).append(" s in all)\n\n");
            md.append("| step | records | time | rate |\n|---|---:|---:|---:|\n");
            JsonNode u = l.path("units");
            if (u.path("registered").asLong() > 0) {
                md.append("| units with lineage | ").append(u.path("registered").asLong()).append(" units, ").append(u.path("lineageLinks")
                        .asLong()).append(" links | ").append(sec(u.path("ms"))).append(" | |\n");
            }
            for (JsonNode y : a.path("years")) {
                md.append("| assessments ").append(y.path("year").asInt()).append(" opened with values | ").append(y.path("assessments").asLong())
                        .append(" assessments, ").append(y.path("values").asLong()).append(" values | ").append(sec(y.path("ms"))).append(" | ")
                        .append(y.path("valuesPerSecond").asLong()).append(" values/s |\n");
            }
            JsonNode w = a.path("workflow");
            if (!w.isMissingNode()) {
                md.append("| submitted | ").append(w.path("submitted").asLong()).append(" | ").append(sec(w.path("submitMs"))).append(" | |\n");
                md.append("| verdicts of the departments | ").append(w.path("verdicts").asLong()).append(" | ").append(sec(w.path("appraiseMs")))
                        .append(" | |\n");
                md.append("| returned | ").append(w.path("returned").asLong()).append(" | ").append(sec(w.path("returnMs"))).append(" | |\n");
                md.append("| recognised | ").append(w.path("recognised").asLong()).append(" | ").append(sec(w.path("recogniseMs"))).append(" | |\n");
            }
            JsonNode f = l.path("funding");
            if (f.path("plans").asLong() > 0) {
                md.append("| funding: plans, allocations, transactions | ").append(f.path("plans").asLong()).append(", ")
                        .append(f.path("allocations").asLong()).append(", ").append(f.path("transactions").asLong()).append(" | ")
                        .append(sec(f.path("ms"))).append(" | |\n");
            }
            JsonNode states = a.path("states");
            if (states.size() > 0) {
                StringBuilder s = new StringBuilder();
                states.fields().forEachRemaining(x -> s.append(s.length() == 0 ? "" : ", ").append(x.getKey()).append(' ').append(x.getValue().asLong()));
                md.append("\nStates reached: ").append(s).append(".\n");
            }
            md.append("\n");
        }
    }

    static void plans(StringBuilder md, Results r) {
        md.append("## Query plans of the heaviest statements (EXPLAIN (ANALYZE, BUFFERS), the country loaded)\n\n");
        try (Stream<Path> files = Files.list(r.dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("plan-")).sorted().toList()) {
                String name = f.getFileName().toString().replace("plan-explain-", "").replace(".txt", "");
                md.append("### ").append(name).append("\n\n```\n").append(read(f).trim()).append("\n```\n\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    static String targetsOnly(String page) {
        int from = page.indexOf("## Targets");
        int to = page.indexOf("\n## ", from + 3);
        return from < 0 ? "" : page.substring(from, to < 0 ? page.length() : to);
    }

    static String[] concat(String[] a, String b) {
        String[] out = Arrays.copyOf(a, a.length + 1);
        out[a.length] = b;
        return out;
    }

    static String ms(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : v >= 10 ? String.format(Locale.ROOT, "%.1f", v)
                : String.format(Locale.ROOT, "%.2f", v);
    }

    static String x(double ratio) {
        return String.format(Locale.ROOT, "%.2f×", ratio);
    }

    static String pctOver(double ratio, double limit) {
        return String.format(Locale.ROOT, "%.0f %%", (ratio / limit - 1) * 100);
    }

    static String sec(JsonNode msNode) {
        return String.format(Locale.ROOT, "%.1f s", msNode.asDouble() / 1000);
    }

    static JsonNode json(String s) {
        try {
            return JsonHttp.JSON.readTree(s);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + s, e);
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path p, String s) {
        try {
            Files.writeString(p, s, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String require(Options options, String name) {
        String v = options.get(name);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return v;
    }
}
