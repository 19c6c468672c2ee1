package vn.sonla.ntm.loader.demo;

import java.util.Map;
import java.util.TreeMap;

/** What a run wrote and what it found already there, per kind of record; the proof that a second run adds nothing. */
final class Tally {

    private final Map<String, Integer> written = new TreeMap<>();
    private final Map<String, Integer> present = new TreeMap<>();

    void wrote(String what) {
        written.merge(what, 1, Integer::sum);
    }

    void found(String what) {
        present.merge(what, 1, Integer::sum);
    }

    int writes() {
        return written.values().stream().mapToInt(Integer::intValue).sum();
    }

    String summary() {
        return "wrote " + (written.isEmpty() ? "nothing" : written) + "; already there " + (present.isEmpty() ? "nothing" : present);
    }
}
