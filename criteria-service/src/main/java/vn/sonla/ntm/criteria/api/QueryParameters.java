package vn.sonla.ntm.criteria.api;

import vn.sonla.ntm.common.ProblemException;
import vn.sonla.ntm.rules.document.SetReference;

/** Reads query parameters, refusing a bad one with a problem that names it. */
final class QueryParameters {

    private QueryParameters() {
    }

    /** {@code ntm-xa-2016-2020:1}. */
    static SetReference reference(String name, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidField(name, "is required, as code:version (e.g. ntm-xa-2016-2020:1)");
        }
        int colon = value.lastIndexOf(':');
        try {
            if (colon <= 0) {
                throw new NumberFormatException();
            }
            return new SetReference(value.substring(0, colon).trim(), Integer.parseInt(value.substring(colon + 1).trim()));
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(name, "must be code:version (e.g. ntm-xa-2016-2020:1)");
        }
    }
}
