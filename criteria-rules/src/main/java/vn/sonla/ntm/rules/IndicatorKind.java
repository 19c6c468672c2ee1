package vn.sonla.ntm.rules;

/** What an indicator measures, which decides the values it accepts. */
public enum IndicatorKind {
    /** "Đạt / Không đạt", or for a {@link Comparator#NONE} indicator "has any / has none". */
    BOOLEAN,
    /** A share from 0 to 100. */
    PERCENT,
    /** A quantity in the indicator's unit (e.g. million đồng per person per year). */
    NUMBER,
    /** An ordinal level or score (mức độ 1, 2, 3; points), a whole or decimal number ≥ 0. */
    LEVEL
}
