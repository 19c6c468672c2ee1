package vn.sonla.ntm.assessment.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * How a target is judged from the facts gathered for it. Pure: the application layer gathers the facts (one or two
 * SQL queries), these rules decide MET / ON_TRACK / AT_RISK / MISSED / NOT_EVALUABLE and say why.
 */
public final class TargetRules {

    private TargetRules() {
    }

    /** A commune behind a number: code, name, and what about it counts (level, criteria met, state). */
    public record CommuneFact(String unitCode, String unitName, String detail) {
    }

    /** The answer: current value, what is required, status with its reason, the communes counted and those in the pipeline. */
    public record Progress(int value, int required, TargetStatus status, String reason, List<CommuneFact> counted,
                           List<CommuneFact> inPipeline, List<CommuneFact> outstanding) {
        public Progress {
            counted = List.copyOf(counted);
            inPipeline = List.copyOf(inPipeline);
            outstanding = List.copyOf(outstanding);
        }
    }

    /**
     * At least {@code minimum} communes recognised at the level by the deadline.
     *
     * @param recognised communes holding the level (or higher) by the deadline
     * @param pipeline   other communes with an assessment of that level submitted and not yet decided
     */
    public static Progress recognisedCount(RecognitionLevel level, int minimum, LocalDate deadline, LocalDate today,
                                           List<CommuneFact> recognised, List<CommuneFact> pipeline) {
        int value = recognised.size();
        String counted = value + " commune(s) recognised " + level + " by " + deadline + ", at least " + minimum + " required";
        if (value >= minimum) {
            return new Progress(value, minimum, TargetStatus.MET, counted, recognised, pipeline, List.of());
        }
        if (today.isAfter(deadline)) {
            return new Progress(value, minimum, TargetStatus.MISSED, counted + "; the deadline has passed", recognised, pipeline, List.of());
        }
        if (value + pipeline.size() >= minimum) {
            return new Progress(value, minimum, TargetStatus.ON_TRACK, counted + "; " + pipeline.size()
                    + " more in appraisal would reach it if recognised before " + deadline, recognised, pipeline, List.of());
        }
        return new Progress(value, minimum, TargetStatus.AT_RISK, counted + "; only " + pipeline.size()
                + " more in appraisal: " + (minimum - value - pipeline.size()) + " commune(s) short", recognised, pipeline, List.of());
    }

    /**
     * Every commune of the population meets at least {@code minimum} criteria of the set.
     *
     * @param setPublished whether any published version of the set has been used: without one nothing can be counted
     * @param confirmed    population communes whose latest appraised (or recognised) assessment has enough agreed criteria
     * @param pipeline     other population communes whose latest assessment, not yet appraised, reaches the minimum on the
     *                     self-assessed values
     * @param outstanding  the rest of the population
     */
    public static Progress minCriteriaMet(String setCode, int minimum, LocalDate deadline, LocalDate today, boolean setPublished,
                                          List<CommuneFact> confirmed, List<CommuneFact> pipeline, List<CommuneFact> outstanding) {
        int population = confirmed.size() + pipeline.size() + outstanding.size();
        if (!setPublished) {
            return new Progress(0, population, TargetStatus.NOT_EVALUABLE, "no assessment against a published version of "
                    + setCode + " exists yet, so no commune's criteria can be counted (the set must be published in the catalogue"
                    + " and communes assessed against it)", List.of(), List.of(), concat(pipeline, outstanding));
        }
        int value = confirmed.size();
        String counted = value + " of " + population + " commune(s) meet at least " + minimum + " criteria of " + setCode
                + " in an appraised assessment";
        if (value >= population) {
            return new Progress(value, population, TargetStatus.MET, counted, confirmed, pipeline, outstanding);
        }
        if (today.isAfter(deadline)) {
            return new Progress(value, population, TargetStatus.MISSED, counted + "; the deadline " + deadline + " has passed",
                    confirmed, pipeline, outstanding);
        }
        if (outstanding.isEmpty()) {
            return new Progress(value, population, TargetStatus.ON_TRACK, counted + "; the other " + pipeline.size()
                    + " reach it in their self-assessment, awaiting appraisal", confirmed, pipeline, outstanding);
        }
        return new Progress(value, population, TargetStatus.AT_RISK, counted + "; " + outstanding.size()
                + " commune(s) do not reach it even in their self-assessment (or have none)", confirmed, pipeline, outstanding);
    }

    private static List<CommuneFact> concat(List<CommuneFact> a, List<CommuneFact> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
