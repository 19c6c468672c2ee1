package vn.sonla.ntm.funding.application;

import vn.sonla.ntm.funding.application.Commands.ValuationInput;
import vn.sonla.ntm.funding.domain.FundingSource;
import vn.sonla.ntm.funding.domain.Valuation;

/** Checks that a contribution carries its valuation exactly when its source is valued in kind. */
final class Valuations {

    private Valuations() {
    }

    /**
     * @param prefix the JSON path of the entry, e.g. {@code lines[2].} or empty
     * @return the valuation to store, or null for cash sources
     */
    static Valuation check(FundingSource source, ValuationInput input, long amount, String prefix) {
        if (!source.valuation().needsValuation()) {
            if (input != null) {
                throw Refusals.unprocessable("Valuation not applicable", prefix + "valuation",
                        "is only recorded for labour, land and in-kind sources; " + source.code() + " is cash");
            }
            return null;
        }
        if (input == null) {
            throw Refusals.unprocessable("Valuation required", prefix + "valuation",
                    "is required for " + source.code() + " (" + source.valuation() + "): quantity, unit, unitValue and "
                            + "basis" + (source.valuationRule() == null ? "" : " — " + source.valuationRule()));
        }
        Valuation v = new Valuation(input.quantity(), input.unit(), input.unitValue(), input.basis());
        long value = v.value();
        if (value != amount) {
            throw Refusals.unprocessable("Valuation does not match", prefix + "amount",
                    "must equal quantity × unitValue = " + (value < 0 ? "more than 10^15" : value) + " đồng");
        }
        return v;
    }
}
