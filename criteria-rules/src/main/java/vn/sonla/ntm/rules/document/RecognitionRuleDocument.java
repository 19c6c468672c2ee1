package vn.sonla.ntm.rules.document;

import vn.sonla.ntm.rules.RecognitionRule;

/** {@code {"kind": "ALL_CRITERIA"}} or {@code {"kind": "AT_LEAST", "minimum": 5}}. */
public record RecognitionRuleDocument(Kind kind, Integer minimum, String textVi) {

    public enum Kind {
        ALL_CRITERIA,
        AT_LEAST
    }

    public static RecognitionRuleDocument allCriteria() {
        return new RecognitionRuleDocument(Kind.ALL_CRITERIA, null, null);
    }

    public static RecognitionRuleDocument atLeast(int minimum) {
        return new RecognitionRuleDocument(Kind.AT_LEAST, minimum, null);
    }

    /** @throws IllegalArgumentException when the document does not describe a rule */
    public RecognitionRule toRule() {
        if (kind == null) {
            throw new IllegalArgumentException("recognition rule kind is missing");
        }
        return switch (kind) {
            case ALL_CRITERIA -> RecognitionRule.allCriteria();
            case AT_LEAST -> {
                if (minimum == null) {
                    throw new IllegalArgumentException("an AT_LEAST recognition rule needs a minimum");
                }
                yield RecognitionRule.atLeast(minimum);
            }
        };
    }
}
