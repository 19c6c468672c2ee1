package vn.sonla.ntm.loader.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.sonla.ntm.loader.Command;
import vn.sonla.ntm.loader.Log;
import vn.sonla.ntm.loader.Options;
import vn.sonla.ntm.loader.Services;
import vn.sonla.ntm.loader.demo.IndicatorValues;
import vn.sonla.ntm.loader.http.ApiException;
import vn.sonla.ntm.loader.http.JsonHttp;

/**
 * {@code bench --communes N --seed S}: the benchmark's country (ADR 0070) — Sơn La and synthetic provinces up to N
 * commune-level units, five years of assessments in every workflow state, recognitions, funding plans, allocations and
 * transactions — loaded through the services' batch APIs (ADR 0071) with the demo realm's users' tokens, in parallel.
 * Deterministic from the seed; resumable per province (a province whose records exist is left alone), so
 * {@code --communes 204} then {@code --communes 10600} loads Sơn La first and adds the rest of the country after.
 * Prints and (with {@code --out}) writes what it loaded and how fast, for {@code ./ntm bench}.
 */
public final class BenchCommand implements Command {

    static final String COORDINATOR = "coordinator";
    static final String FINANCE = "finance";
    static final String SET_CODE = "ntm-xa-2016-2020";
    static final int SET_VERSION = 1;

    private final Log log;

    public BenchCommand(Log log) {
        this.log = log;
    }

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "the benchmark's country: --communes N (204 = Sơn La alone; 10600 = nationwide) --seed S [--threads T] [--out FILE]";
    }

    @Override
    public Set<String> options() {
        return Set.of("communes", "seed", "threads", "out", "batch", "funding-years", "saves");
    }

    @Override
    public int run(Services services, Options options) {
        int communes = positive(options, "communes", "204");
        long seed = Long.parseLong(value(options, "seed", "7"));
        int threads = positive(options, "threads", "3");
        int batch = positive(options, "batch", "100");
        int saves = Integer.parseInt(value(options, "saves", "32"));
        List<Integer> fundingYears = java.util.Arrays.stream(value(options, "funding-years", "2019,2020").split(","))
                .map(String::trim).map(Integer::parseInt).toList();
        long started = System.nanoTime();

        JsonNode set = services.criteria().version(COORDINATOR, SET_CODE, SET_VERSION);
        if (!set.path("status").asText().equals("PUBLISHED")) {
            throw new IllegalStateException(SET_CODE + " v" + SET_VERSION + " is not PUBLISHED");
        }
        Cases cases = new Cases(IndicatorValues.of(set), seed);
        Country country = Country.of(communes, seed, sonLa(services));
        log.info("country of " + country.communeCount() + " commune-level units in " + country.districtCount() + " districts and "
                + country.provinces().size() + " provinces (seed " + seed + ", " + threads + " threads)");

        ObjectNode summary = JsonHttp.JSON.createObjectNode();
        summary.put("communes", country.communeCount());
        summary.put("districts", country.districtCount());
        summary.put("provinces", country.provinces().size());
        summary.put("seed", seed);
        summary.put("threads", threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        // funding goes in beside the assessments' workflow (another service, requests that wait on look-ups): its own threads
        ExecutorService fundingPool = Executors.newFixedThreadPool(Math.max(1, threads - 1));
        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            BenchLoad load = new BenchLoad(services, cases, country, seed, batch, pool, log, summary);
            BenchLoad fundingLoad = new BenchLoad(services, cases, country, seed, batch, fundingPool, log, summary);
            load.units();
            List<Country.Province> fresh = load.provincesWithoutAssessments();
            List<Country.Province> unfunded = load.provincesWithoutFunding(fundingYears);
            List<Future<?>> funding = new ArrayList<>();
            load.assessments(fresh, () -> funding.add(background.submit(() -> fundingLoad.funding(unfunded, fundingYears))));
            for (Future<?> f : funding) {
                await(f);
            }
            load.saveTargets(saves);
        } finally {
            pool.shutdownNow();
            fundingPool.shutdownNow();
            background.shutdownNow();
        }
        summary.put("totalMs", (System.nanoTime() - started) / 1_000_000);
        String out = options.get("out");
        if (out != null && !out.isBlank()) {
            try {
                Files.writeString(Path.of(out), JsonHttp.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(summary));
                // for the save benchmark's wrk script: one assessment id per line, and the values map it sends
                Path dir = Path.of(out).toAbsolutePath().getParent();
                StringBuilder ids = new StringBuilder();
                summary.path("saveTargets").forEach(t -> ids.append(t.path("id").asLong()).append('\n'));
                Files.writeString(dir.resolve("save-targets.txt"), ids.toString());
                Files.writeString(dir.resolve("save-values.json"), summary.path("saveValues").asText());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        log.info("bench data loaded in " + summary.path("totalMs").asLong() + " ms: " + summary);
        return 0;
    }

    /** Sơn La as assessment-service has it: its 12 districts and 204 commune-level units on 31/12/2019. */
    static Country.Province sonLa(Services services) {
        List<Country.District> districts = new ArrayList<>();
        for (JsonNode d : services.assessment().units(COORDINATOR, "DISTRICT", Country.SON_LA, "2019-12-31")) {
            String code = d.path("code").asText();
            List<Country.Commune> list = new ArrayList<>();
            for (JsonNode c : services.assessment().units(COORDINATOR, "COMMUNE", code, "2019-12-31")) {
                list.add(new Country.Commune(c.path("code").asText(), c.path("name").asText(), c.path("type").asText(), code,
                        Country.SON_LA));
            }
            districts.add(new Country.District(code, d.path("name").asText(), list));
        }
        return new Country.Province(Country.SON_LA, "Tỉnh Sơn La", false, districts, List.of());
    }

    private static String value(Options options, String name, String fallback) {
        String v = options.get(name);
        return v == null || v.isBlank() ? fallback : v.trim();
    }

    private static int positive(Options options, String name, String fallback) {
        int v;
        try {
            v = Integer.parseInt(value(options, name, fallback));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number");
        }
        if (v < 1) {
            throw new IllegalArgumentException("--" + name + " must be at least 1");
        }
        return v;
    }

    static void await(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Runs tasks on the pool and waits for all; the first failure stops the load. */
    static <T> List<T> all(ExecutorService pool, List<Callable<T>> tasks) {
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> t : tasks) {
            futures.add(pool.submit(t));
        }
        List<T> results = new ArrayList<>();
        try {
            for (Future<T> f : futures) {
                results.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
        return results;
    }

    static <T> List<List<T>> chunks(List<T> list, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < list.size(); i += size) {
            chunks.add(list.subList(i, Math.min(list.size(), i + size)));
        }
        return chunks;
    }

    static boolean notFound(ApiException e) {
        return e.status() == 404;
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
