package vn.sonla.ntm.criteria.domain;

/** One thing wrong with a criteria-set document: the JSON path of the offending value and why. */
public record Defect(String path, String message) {
}
