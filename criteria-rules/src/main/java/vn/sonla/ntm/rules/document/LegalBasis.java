package vn.sonla.ntm.rules.document;

import java.time.LocalDate;

/** The decision that issued a criteria set, e.g. 1980/QĐ-TTg of 17/10/2016 by the Prime Minister, in force from 01/12/2016. */
public record LegalBasis(String number, LocalDate date, String issuer, LocalDate effectiveFrom, LocalDate effectiveTo,
                         String source) {
}
