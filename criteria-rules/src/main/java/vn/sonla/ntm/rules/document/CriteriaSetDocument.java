package vn.sonla.ntm.rules.document;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import vn.sonla.ntm.rules.CriteriaSetRules;

/**
 * One version of a criteria set in the shipped exchange format: what criteria-service answers for
 * {@code GET /api/v1/criteria-sets/{code}/versions/{version}}, exports and imports as JSON or YAML, and what
 * assessment-service keeps as the snapshot it evaluates against.
 *
 * <p>{@code level} is BASIC, ADVANCED or MODEL; {@code status} DRAFT, PUBLISHED or RETIRED (ignored on import).
 */
public record CriteriaSetDocument(String code, Integer version, String status, String nameVi, String nameEn,
                                  String level, String period, String region, LegalBasis legalBasis,
                                  SetReference derivedFrom, RecognitionRuleDocument recognitionRule,
                                  List<GroupDocument> groups, Provenance provenance, String notes) {

    public CriteriaSetDocument {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    public Stream<CriterionDocument> criteria() {
        return groups.stream().flatMap(g -> g.criteria().stream());
    }

    public Stream<IndicatorDocument> indicators() {
        return criteria().flatMap(c -> c.indicators().stream());
    }

    public Optional<IndicatorDocument> indicator(String code) {
        return indicators().filter(i -> i.code().equals(code)).findFirst();
    }

    public Optional<CriterionDocument> criterionOf(String indicatorCode) {
        return criteria().filter(c -> c.indicators().stream().anyMatch(i -> i.code().equals(indicatorCode))).findFirst();
    }

    /** The judging part of this version, in group then criterion order. */
    public CriteriaSetRules toRules() {
        if (recognitionRule == null) {
            throw new IllegalArgumentException("the set has no recognition rule");
        }
        return new CriteriaSetRules(recognitionRule.toRule(), criteria().map(CriterionDocument::toRule).toList());
    }

    public SetReference reference() {
        return new SetReference(code, version == null ? 0 : version);
    }
}
