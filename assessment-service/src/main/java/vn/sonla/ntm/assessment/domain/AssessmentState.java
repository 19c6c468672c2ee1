package vn.sonla.ntm.assessment.domain;

/** Where an assessment stands in the self-assessment → appraisal → recognition workflow. */
public enum AssessmentState {
    /** The commune or district is entering values. */
    DRAFT,
    /** Handed to the province; no longer editable. */
    SUBMITTED,
    /** At least one department has given its verdict. */
    IN_APPRAISAL,
    /** Every criterion has a verdict. */
    APPRAISED,
    /** The People's Committee recognised the commune; final. */
    RECOGNISED,
    /** Sent back for correction with a reason; editable again. */
    RETURNED;

    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Whether the province has the assessment in hand (appraisers may read it). */
    public boolean isSubmittedOrLater() {
        return this != DRAFT;
    }

    public boolean isReturnable() {
        return this == SUBMITTED || this == IN_APPRAISAL || this == APPRAISED;
    }

    /** Waiting in the province's pipeline: submitted but not yet decided. */
    public boolean isInPipeline() {
        return this == SUBMITTED || this == IN_APPRAISAL || this == APPRAISED;
    }
}
