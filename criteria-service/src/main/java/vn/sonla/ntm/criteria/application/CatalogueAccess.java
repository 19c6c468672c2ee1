package vn.sonla.ntm.criteria.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import vn.sonla.ntm.common.Caller;
import vn.sonla.ntm.common.ProblemException;
import vn.sonla.ntm.common.Roles;
import vn.sonla.ntm.criteria.domain.CriteriaSetVersion;

/**
 * Who may see and change what in the catalogue, checked here as well as by {@code @RolesAllowed} on the resources:
 * every staff role reads every version (drafts too, they are public work of the office); an external system reads
 * published versions only and does not learn that drafts exist; only the coordinator changes anything.
 */
@RequestScoped
public class CatalogueAccess {

    /** The actor recorded when the service itself acts (seeding at start). */
    public static final String SYSTEM = "system:seed";

    @Inject
    Caller caller;

    public boolean seesDrafts() {
        return caller.hasAny(Roles.STAFF);
    }

    public boolean isCoordinator() {
        return caller.isCoordinator();
    }

    public String actor() {
        return caller.name();
    }

    public void requireCoordinator() {
        if (!caller.isCoordinator()) {
            throw ProblemException.forbidden("Only the coordination office (role coordinator) changes the catalogue");
        }
    }

    public void requireReader() {
        if (!caller.hasAny(Roles.STAFF) && !caller.has(Roles.EXTERNAL_SYSTEM)) {
            throw ProblemException.forbidden("Your role does not allow reading the catalogue");
        }
    }

    /** @throws ProblemException 404 when the caller may not know the version exists */
    public CriteriaSetVersion visible(CriteriaSetVersion version) {
        requireReader();
        if (!seesDrafts() && !version.isPublished()) {
            throw notFound(version.code(), version.number());
        }
        return version;
    }

    static ProblemException notFound(String code, int number) {
        return ProblemException.notFound("Criteria set " + code + " has no version " + number);
    }
}
