package vn.sonla.ntm.assessment.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import vn.sonla.ntm.assessment.domain.AdministrativeUnit;
import vn.sonla.ntm.assessment.domain.UnitLineage;

/** Predecessor/successor links between units of different periods. */
@ApplicationScoped
public class UnitLineages implements PanacheRepository<UnitLineage> {

    public List<UnitLineage> successorsOf(AdministrativeUnit unit) {
        return find("from UnitLineage l join fetch l.predecessor left join fetch l.successor where l.predecessor = ?1", unit).list();
    }

    public List<UnitLineage> predecessorsOf(AdministrativeUnit unit) {
        return find("from UnitLineage l join fetch l.predecessor left join fetch l.successor where l.successor = ?1", unit).list();
    }
}
