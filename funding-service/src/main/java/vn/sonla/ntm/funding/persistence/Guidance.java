package vn.sonla.ntm.funding.persistence;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.sonla.ntm.funding.domain.InfrastructureGuidance;

/** The single infrastructure-share guidance row. */
@ApplicationScoped
public class Guidance implements PanacheRepositoryBase<InfrastructureGuidance, Integer> {

    public InfrastructureGuidance current() {
        return findById(1);
    }
}
