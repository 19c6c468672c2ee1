package vn.sonla.ntm.funding.client;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An administrative unit as assessment-service answers {@code GET /api/v1/units/{code}?at=}: consumer-owned, so
 * fields it adds later are ignored rather than refused.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UnitAnswer(String code, String name, String type, String level, String parentCode, Parent parent,
                         String provinceCode, LocalDate validFrom, LocalDate validTo, Lineage lineage) {

    /** The parent's code, whether the directory sends {@code parentCode} or {@code parent: {code, name}}. */
    public String parentCodeOrNull() {
        return parentCode != null ? parentCode : parent == null ? null : parent.code();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Parent(String code, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Lineage(List<Link> predecessors, List<Link> successors) {
    }

    /** A predecessor or successor: FULL (whole), PARTIAL (split between several) or UNRESOLVED. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Link(String code, String name, LocalDate validFrom, LocalDate validTo, String kind) {
    }
}
