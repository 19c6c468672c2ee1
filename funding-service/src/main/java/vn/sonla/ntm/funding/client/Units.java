package vn.sonla.ntm.funding.client;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import io.quarkus.cache.CacheResult;
import vn.sonla.ntm.common.Problem;
import vn.sonla.ntm.common.ProblemException;
import vn.sonla.ntm.funding.domain.UnitLevel;

/**
 * Resolves administrative units through assessment-service, always at a date (codes are reused after the
 * 1 July 2025 merger). Answers are cached: units barely change, and a plan with fifty lines should not cost fifty
 * calls. A unit that did not exist on that date is an empty answer; an unreachable directory is a 503 problem.
 */
@ApplicationScoped
public class Units {

    private static final Logger LOG = Logger.getLogger(Units.class);

    @Inject
    @RestClient
    UnitsApi api;

    @Inject
    Units self;

    /** The unit carrying this code on that day, with its district and province. */
    public Optional<UnitRef> at(String code, LocalDate day) {
        if (code == null || !code.matches("\\d{2}|\\d{3}|\\d{5}")) {
            return Optional.empty();
        }
        Optional<UnitAnswer> answer = self.answerAt(code, day);
        if (answer.isEmpty()) {
            return Optional.empty();
        }
        UnitAnswer u = answer.get();
        UnitLevel level = UnitLevel.valueOf(u.level());
        String districtCode = null;
        String districtName = null;
        String provinceCode;
        String parentCode = u.parentCodeOrNull();
        switch (level) {
            case PROVINCE -> provinceCode = u.code();
            case DISTRICT -> {
                districtCode = u.code();
                districtName = u.name();
                provinceCode = u.provinceCode() != null ? u.provinceCode() : parentCode;
            }
            default -> {
                if (parentCode != null && parentCode.length() == 3) {
                    // a commune under a district: the district's name (and province) as they stood that day
                    UnitAnswer parent = self.answerAt(parentCode, day).orElse(null);
                    districtCode = parentCode;
                    districtName = parent != null ? parent.name() : u.parent() == null ? null : u.parent().name();
                    provinceCode = u.provinceCode() != null ? u.provinceCode()
                            : parent == null ? null : parent.provinceCode() != null ? parent.provinceCode()
                            : parent.parentCodeOrNull();
                } else {
                    provinceCode = u.provinceCode() != null ? u.provinceCode() : parentCode;
                }
            }
        }
        if (provinceCode == null) {
            LOG.warnf("unit directory gave no province for %s at %s", code, day);
            throw unavailable();
        }
        List<UnitRef.Predecessor> predecessors = u.lineage() == null || u.lineage().predecessors() == null ? List.of()
                : u.lineage().predecessors().stream()
                        .map(p -> new UnitRef.Predecessor(p.code(), p.name(), p.validFrom(), p.validTo(), p.kind()))
                        .toList();
        return Optional.of(new UnitRef(u.code(), u.name(), level, parentCode, u.validFrom(), u.validTo(),
                districtCode, districtName, provinceCode, predecessors));
    }

    /** One answer of the directory, cached per (code, day). */
    @CacheResult(cacheName = "unit-at")
    public Optional<UnitAnswer> answerAt(String code, LocalDate day) {
        try {
            return Optional.ofNullable(api.unitAt(code, day.toString()));
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
            if (status == 404) {
                return Optional.empty();
            }
            LOG.warnf("unit directory answered %d for %s at %s", status, code, day);
            throw unavailable();
        } catch (ProcessingException e) {
            LOG.warnf("unit directory unreachable for %s at %s: %s", code, day, e.getMessage());
            throw unavailable();
        }
    }

    private static ProblemException unavailable() {
        return new ProblemException(new Problem("/problems/unit-directory-unavailable", "Unit directory unavailable",
                503, "The administrative-unit directory (assessment-service) did not answer; nothing was recorded. "
                + "Try again shortly.", null, null));
    }
}
