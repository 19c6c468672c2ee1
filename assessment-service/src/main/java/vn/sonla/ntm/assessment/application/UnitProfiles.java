package vn.sonla.ntm.assessment.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.sonla.ntm.assessment.domain.AdministrativeUnit;
import vn.sonla.ntm.assessment.domain.PilotDesignation;
import vn.sonla.ntm.assessment.domain.Recognition;
import vn.sonla.ntm.assessment.domain.UnitLineage;
import vn.sonla.ntm.assessment.persistence.PilotDesignations;
import vn.sonla.ntm.assessment.persistence.Recognitions;

/**
 * A unit with everything known about it: parent, lineage both ways, its own recognitions, the recognitions its
 * predecessors held (never its own status: docs/assessment-merger-rule.md) and its pilot designation.
 */
@ApplicationScoped
public class UnitProfiles {

    /** A lineage link seen from one side. */
    public record Link(AdministrativeUnit unit, UnitLineage lineage) {
    }

    /** A predecessor's recognition, shown on its successor. */
    public record Inherited(AdministrativeUnit predecessor, Recognition recognition) {
    }

    public record Profile(AdministrativeUnit unit, Optional<AdministrativeUnit> parent, List<Link> predecessors, List<Link> successors,
                          List<Recognition> recognitions, List<Inherited> predecessorRecognitions,
                          Optional<PilotDesignation> pilot) {
    }

    @Inject
    UnitDirectory directory;

    @Inject
    Recognitions recognitions;

    @Inject
    PilotDesignations pilots;

    @Transactional
    public Optional<Profile> profile(String code, LocalDate day) {
        return directory.unitAt(code, day).map(unit -> profileOf(unit, day));
    }

    @Transactional
    public Profile profileOf(AdministrativeUnit unit, LocalDate day) {
        LocalDate parentDay = unit.validTo() != null && unit.validTo().isBefore(day) ? unit.validTo() : day;
        Optional<AdministrativeUnit> parent = unit.parentCode() == null ? Optional.empty() : directory.unitAt(unit.parentCode(),
                unit.isValidOn(day) ? day : parentDay);
        List<Link> predecessors = directory.predecessorsOf(unit).stream().map(l -> new Link(l.predecessor(), l)).toList();
        List<Link> successors = directory.successorsOf(unit).stream().map(l -> new Link(l.successor(), l)).toList();
        List<Inherited> inherited = new ArrayList<>();
        for (Link p : predecessors) {
            for (Recognition r : recognitions.ofUnit(p.unit().id())) {
                inherited.add(new Inherited(p.unit(), r));
            }
        }
        return new Profile(unit, parent, predecessors, successors, recognitions.ofUnit(unit.id()), inherited,
                pilots.activeFor(unit.id()));
    }

    /** The record of a code valid on the day, or else the most recent one (a unit that ended keeps its history). */
    @Transactional
    public Optional<AdministrativeUnit> currentOrLast(String code, LocalDate day) {
        return directory.unitAt(code, day).or(() -> {
            List<AdministrativeUnit> all = directory.allPeriodsOf(code);
            return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
        });
    }
}
