package vn.sonla.ntm.assessment.domain;

import vn.sonla.ntm.rules.IndicatorValue;

/** What is entered for one indicator: the value (yes/no or a number, null when not known yet), a note and the data source. */
public record ValueInput(IndicatorValue value, String note, String dataSource) {

    public ValueInput {
        note = blankToNull(note);
        dataSource = blankToNull(dataSource);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
