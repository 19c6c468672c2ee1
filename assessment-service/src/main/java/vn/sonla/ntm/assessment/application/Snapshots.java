package vn.sonla.ntm.assessment.application;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import vn.sonla.ntm.assessment.client.CriteriaCatalogue;
import vn.sonla.ntm.assessment.domain.CriteriaSetSnapshot;
import vn.sonla.ntm.assessment.persistence.CriteriaSnapshots;
import vn.sonla.ntm.common.Problem;
import vn.sonla.ntm.common.ProblemException;
import vn.sonla.ntm.rules.document.CriteriaSetDocument;

/**
 * Obtains the snapshot of a published criteria-set version: from this service's database when any assessment has
 * used it before, otherwise fetched once from criteria-service (with the caller's token) and stored. Never called
 * inside a transaction: the remote call must not hold a database connection.
 */
@ApplicationScoped
public class Snapshots {

    private static final Logger LOG = Logger.getLogger(Snapshots.class);

    @Inject
    CriteriaSnapshots snapshots;

    @Inject
    CriteriaCatalogue catalogue;

    @Inject
    Access access;

    @Transactional(Transactional.TxType.NEVER)
    public CriteriaSetSnapshot obtain(String code, int version) {
        Optional<CriteriaSetSnapshot> kept = stored(code, version);
        if (kept.isPresent()) {
            return kept.get();
        }
        CriteriaCatalogue.Fetched fetched;
        try {
            fetched = catalogue.version(code, version);
        } catch (CriteriaCatalogue.CatalogueRefusal refused) {
            if (refused.status() == 401 || refused.status() == 403) {
                throw ProblemException.forbidden("criteria-service refused to show " + code + " version " + version + " to you");
            }
            throw badGateway("criteria-service answered " + refused.status() + " for " + code + " version " + version);
        } catch (RuntimeException unavailable) {
            LOG.warnf("criteria-service unavailable for %s v%d: %s", code, version, unavailable.toString());
            throw new ProblemException(new Problem("/problems/dependency-unavailable", "Criteria catalogue unavailable", 503,
                    "criteria-service could not be reached to fetch " + code + " version " + version + "; try again shortly", null, null));
        }
        String json = fetched.json().orElseThrow(() -> ProblemException.unprocessable("Unknown criteria-set version",
                "The catalogue has no version " + version + " of " + code,
                List.of(new Problem.FieldError("setVersion", "no such version of " + code))));
        CriteriaSetDocument document;
        try {
            document = CriteriaSnapshots.parse(json);
        } catch (IllegalArgumentException unreadable) {
            throw badGateway("criteria-service answered a document this service cannot read");
        }
        if (!code.equals(document.code()) || document.version() == null || document.version() != version) {
            throw badGateway("criteria-service answered " + document.code() + " v" + document.version() + " for " + code + " v" + version);
        }
        if (!"PUBLISHED".equals(document.status() == null ? null : document.status().toUpperCase(Locale.ROOT))) {
            throw ProblemException.unprocessable("Criteria-set version not published",
                    code + " version " + version + " is " + document.status() + ": assessments are made only against published versions",
                    List.of(new Problem.FieldError("setVersion", "is not published")));
        }
        try {
            document.toRules();
        } catch (IllegalArgumentException e) {
            throw ProblemException.unprocessable("Criteria-set version cannot judge", code + " version " + version + ": " + e.getMessage(),
                    List.of());
        }
        return store(document, json);
    }

    @Transactional
    Optional<CriteriaSetSnapshot> stored(String code, int version) {
        return snapshots.find(code, version);
    }

    @Transactional
    CriteriaSetSnapshot store(CriteriaSetDocument document, String json) {
        return snapshots.store(document, json, access.name());
    }

    @Transactional
    public CriteriaSetSnapshot byId(long id) {
        return snapshots.byId(id);
    }

    private static ProblemException badGateway(String detail) {
        return new ProblemException(new Problem("/problems/bad-gateway", "Criteria catalogue answered badly", 502, detail, null, null));
    }
}
