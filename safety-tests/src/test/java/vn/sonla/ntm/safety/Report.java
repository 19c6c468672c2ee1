package vn.sonla.ntm.safety;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * The figures of the run (docs/reliability.md quotes them): counted by the tests as they go, printed and written to
 * {@code target/safety-report.txt} when the run ends, whatever its outcome.
 */
public final class Report implements TestExecutionListener {

    private static final Map<String, AtomicLong> COUNTS = new ConcurrentSkipListMap<>();
    private static final List<String> LINES = java.util.Collections.synchronizedList(new ArrayList<>());
    private static volatile Instant started = Instant.now();

    static void add(String key, long n) {
        COUNTS.computeIfAbsent(key, k -> new AtomicLong()).addAndGet(n);
    }

    static void inc(String key) {
        add(key, 1);
    }

    static long get(String key) {
        AtomicLong v = COUNTS.get(key);
        return v == null ? 0 : v.get();
    }

    /** A line of the summary (a measured time, a finding), in the order written. */
    static void line(String text) {
        LINES.add(text);
        System.out.println("safety: " + text);
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        started = Instant.now();
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (COUNTS.isEmpty() && LINES.isEmpty()) {
            return; // the unit tests of the module (no stack): nothing to report
        }
        StringBuilder out = new StringBuilder();
        out.append("NTM safety suite — figures of this run (").append(Duration.between(started, Instant.now()).toSeconds())
                .append(" s)\n");
        COUNTS.forEach((k, v) -> out.append(String.format("  %-58s %8d%n", k, v.get())));
        synchronized (LINES) {
            for (String l : LINES) {
                out.append("  - ").append(l).append('\n');
            }
        }
        System.out.println();
        System.out.print(out);
        String file = System.getProperty("safety.report");
        if (file != null) {
            try {
                Path p = Path.of(file);
                Files.createDirectories(p.getParent());
                Files.writeString(p, out.toString(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                System.err.println("could not write " + file + ": " + e);
            }
        }
        Db.closeAll();
    }
}
