package vn.sonla.ntm.assessment.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.sonla.ntm.assessment.domain.AdministrativeUnit;
import vn.sonla.ntm.assessment.domain.UnitLevel;
import vn.sonla.ntm.assessment.domain.UnitLineage;
import vn.sonla.ntm.assessment.persistence.AdministrativeUnits;
import vn.sonla.ntm.assessment.persistence.UnitLineages;

/**
 * Answers questions about administrative units as they stood on a date — the basis of every scope rule: a district
 * account's communes are those under its district on the record's date (DESIGN.md §4).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class UnitDirectory {

    @Inject
    AdministrativeUnits units;

    @Inject
    UnitLineages lineages;

    public Optional<AdministrativeUnit> unitAt(String code, LocalDate day) {
        return units.findValid(code, day);
    }

    public AdministrativeUnit byId(long id) {
        return units.findById(id);
    }

    @Transactional
    public AdministrativeUnit byIdInTransaction(long id) {
        return units.findById(id);
    }

    public List<AdministrativeUnit> allPeriodsOf(String code) {
        return units.findAllPeriods(code);
    }

    public List<AdministrativeUnit> tree(LocalDate day, UnitLevel level, String parentCode) {
        return units.validOn(day, level, parentCode);
    }

    /** The district a commune belonged to on that day, if the commune existed and sat under a district then. */
    public Optional<String> districtOf(String communeCode, LocalDate day) {
        return units.findValid(communeCode, day)
                .filter(u -> u.level() == UnitLevel.COMMUNE)
                .map(AdministrativeUnit::parentCode)
                .flatMap(parent -> units.findValid(parent, day))
                .filter(p -> p.level() == UnitLevel.DISTRICT)
                .map(AdministrativeUnit::code);
    }

    /** Whether the commune was under that district on that day. */
    public boolean isUnderDistrict(String communeCode, String districtCode, LocalDate day) {
        return districtCode != null && districtOf(communeCode, day).filter(districtCode::equals).isPresent();
    }

    public List<UnitLineage> successorsOf(AdministrativeUnit unit) {
        return lineages.successorsOf(unit);
    }

    public List<UnitLineage> predecessorsOf(AdministrativeUnit unit) {
        return lineages.predecessorsOf(unit);
    }
}
