package vn.sonla.ntm.funding.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The decision (quyết định) that approved a plan: number, date, issuer, e.g. 1234/QĐ-UBND, 15/3/2020, UBND tỉnh. */
@Embeddable
public class Decision {

    @Column(name = "decision_number")
    private String number;

    @Column(name = "decision_date")
    private LocalDate date;

    @Column(name = "decision_issuer")
    private String issuer;

    protected Decision() {
        // for Hibernate
    }

    public Decision(String number, LocalDate date, String issuer) {
        this.number = number;
        this.date = date;
        this.issuer = issuer;
    }

    public String number() {
        return number;
    }

    public LocalDate date() {
        return date;
    }

    public String issuer() {
        return issuer;
    }
}
