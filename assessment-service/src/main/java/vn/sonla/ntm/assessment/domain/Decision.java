package vn.sonla.ntm.assessment.domain;

import java.time.LocalDate;

/** A People's Committee decision (quyết định): its number, date and issuing body. Validates itself. */
public record Decision(String number, LocalDate date, String issuingBody) {

    public Decision {
        if (number == null || number.isBlank()) {
            throw WorkflowRefusal.invalid("decisionNumber", "is required (e.g. 1234/QĐ-UBND)");
        }
        if (date == null) {
            throw WorkflowRefusal.invalid("decisionDate", "is required");
        }
        if (issuingBody == null || issuingBody.isBlank()) {
            throw WorkflowRefusal.invalid("issuingBody", "is required (e.g. UBND tỉnh Sơn La)");
        }
        number = number.trim();
        issuingBody = issuingBody.trim();
    }
}
