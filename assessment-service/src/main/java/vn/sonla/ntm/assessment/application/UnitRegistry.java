package vn.sonla.ntm.assessment.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.sonla.ntm.assessment.domain.AdministrativeUnit;
import vn.sonla.ntm.assessment.domain.LineageKind;
import vn.sonla.ntm.assessment.domain.UnitLevel;
import vn.sonla.ntm.assessment.domain.UnitLineage;
import vn.sonla.ntm.assessment.domain.WorkflowRefusal;
import vn.sonla.ntm.assessment.persistence.AdministrativeUnits;
import vn.sonla.ntm.assessment.persistence.CommuneStatusTable;
import vn.sonla.ntm.assessment.persistence.UnitLineages;
import vn.sonla.ntm.common.ProblemException;
import vn.sonla.ntm.common.audit.AuditRecord;

/**
 * Registers administrative units and their lineage in batches (ADR 0071): a coordinator entering a reorganisation, or
 * a whole province at once. A batch is checked as a whole against what is already registered and against itself, and
 * written in one transaction or not at all; every unit and every lineage link gets its own audit entry.
 */
@ApplicationScoped
public class UnitRegistry {

    /** A unit to register, as asked. */
    public record NewUnit(String code, String name, String type, UnitLevel level, String parentCode, String provinceCode,
                          LocalDate validFrom, LocalDate validTo, String source, String note) {
    }

    /** A lineage link to register: units named by code and the first day of their validity (null: since ever). */
    public record NewLink(String predecessorCode, LocalDate predecessorValidFrom, String successorCode, LocalDate successorValidFrom,
                          LineageKind kind, LocalDate effectiveOn, String source, String note) {
    }

    /** What a batch registered. */
    public record Registered(int units, int links, int communes) {
    }

    @Inject
    AdministrativeUnits units;

    @Inject
    UnitLineages lineages;

    @Inject
    CommuneStatusTable status;

    @Inject
    AuditLog audit;

    @Inject
    Access access;

    @Inject
    EntityManager em;

    @Transactional
    public Registered register(List<NewUnit> asked, List<NewLink> links) {
        if (!access.actor().isCoordinator()) {
            throw ProblemException.forbidden("only the coordination office registers administrative units");
        }
        Set<String> codes = new LinkedHashSet<>();
        asked.forEach(u -> {
            codes.add(u.code());
            if (u.parentCode() != null) {
                codes.add(u.parentCode());
            }
        });
        links.forEach(l -> {
            codes.add(l.predecessorCode());
            if (l.successorCode() != null) {
                codes.add(l.successorCode());
            }
        });
        codes.remove(null);
        Map<String, List<AdministrativeUnit>> known = new HashMap<>();
        if (!codes.isEmpty()) {
            for (AdministrativeUnit u : units.list("code in ?1", codes)) {
                known.computeIfAbsent(u.code(), k -> new ArrayList<>()).add(u);
            }
        }

        Map<String, String> refused = new LinkedHashMap<>();
        Set<Integer> misshapen = new java.util.HashSet<>();
        List<AdministrativeUnit> created = new ArrayList<>();
        Map<String, List<AdministrativeUnit>> all = new HashMap<>();
        known.forEach((k, v) -> all.put(k, new ArrayList<>(v)));
        for (int i = 0; i < asked.size(); i++) {
            NewUnit u = asked.get(i);
            String at = "units[" + i + "].";
            int before = refused.size();
            checkShape(u, at, refused);
            if (refused.size() > before) {
                misshapen.add(i);
                continue;
            }
            for (AdministrativeUnit other : all.getOrDefault(u.code(), List.of())) {
                if (overlaps(u.validFrom(), u.validTo(), other.validFrom(), other.validTo())) {
                    if (Objects.equals(other.validFrom(), u.validFrom()) && known.getOrDefault(u.code(), List.of()).contains(other)) {
                        throw ProblemException.conflict(at + "code: unit " + other + " is already registered");
                    }
                    refused.put(at + "validFrom", "overlaps " + other + " of the same code");
                }
            }
            if (refused.size() > before) {
                continue;
            }
            AdministrativeUnit unit = new AdministrativeUnit(u.code(), u.name().strip(), u.type().strip(), u.level(), u.provinceCode(),
                    u.parentCode(), u.validFrom(), u.validTo(), blankToNull(u.source()));
            if (u.note() != null && !u.note().isBlank()) {
                unit.annotate(u.note().strip());
            }
            created.add(unit);
            all.computeIfAbsent(u.code(), k -> new ArrayList<>()).add(unit);
        }
        // parents are checked once every unit of the batch is known, so a batch may list children before parents
        for (int i = 0; i < asked.size(); i++) {
            NewUnit u = asked.get(i);
            if (u.level() == UnitLevel.PROVINCE || misshapen.contains(i)) {
                continue;
            }
            checkParent(u, "units[" + i + "].parentCode", all, refused);
        }

        List<UnitLineage> newLinks = new ArrayList<>();
        for (int j = 0; j < links.size(); j++) {
            NewLink l = links.get(j);
            String at = "lineage[" + j + "].";
            if (l.kind() == null) {
                refused.put(at + "kind", "must be FULL, PARTIAL or UNRESOLVED");
                continue;
            }
            AdministrativeUnit predecessor = find(all, l.predecessorCode(), l.predecessorValidFrom());
            if (predecessor == null) {
                refused.put(at + "predecessorCode", "names no unit " + l.predecessorCode() + " valid from "
                        + (l.predecessorValidFrom() == null ? "the start of the records" : l.predecessorValidFrom()));
                continue;
            }
            if (l.kind() == LineageKind.UNRESOLVED) {
                if (l.successorCode() != null) {
                    refused.put(at + "successorCode", "must be empty for an UNRESOLVED link");
                    continue;
                }
                newLinks.add(UnitLineage.unresolved(predecessor, blankToNull(l.source()), blankToNull(l.note())));
                continue;
            }
            AdministrativeUnit successor = l.successorCode() == null ? null : find(all, l.successorCode(), l.successorValidFrom());
            if (successor == null) {
                refused.put(at + "successorCode", "names no unit " + l.successorCode() + " valid from "
                        + (l.successorValidFrom() == null ? "the start of the records" : l.successorValidFrom()));
                continue;
            }
            if (successor.level() != predecessor.level()) {
                refused.put(at + "successorCode", "is a " + successor.level() + ", its predecessor a " + predecessor.level());
                continue;
            }
            if (predecessor.validTo() == null || successor.validFrom() == null || !predecessor.validTo().isBefore(successor.validFrom())) {
                refused.put(at + "successorCode", "must begin after its predecessor " + predecessor + " ended");
                continue;
            }
            newLinks.add(UnitLineage.of(predecessor, successor, l.kind() == LineageKind.PARTIAL,
                    l.effectiveOn() == null ? successor.validFrom() : l.effectiveOn(), blankToNull(l.source()), blankToNull(l.note())));
        }
        if (!refused.isEmpty()) {
            throw WorkflowRefusal.invalid(refused);
        }

        created.forEach(units::persist);
        newLinks.forEach(lineages::persist);
        em.flush();
        String reason = "batch of " + created.size() + " units and " + newLinks.size() + " lineage links";
        List<AuditRecord> records = new ArrayList<>(created.size() + newLinks.size());
        for (AdministrativeUnit u : created) {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("code", u.code());
            after.put("name", u.name());
            after.put("type", u.unitType());
            after.put("level", u.level().name());
            after.put("parentCode", u.parentCode());
            after.put("provinceCode", u.provinceCode());
            after.put("validFrom", u.validFrom());
            after.put("validTo", u.validTo());
            records.add(new AuditRecord(access.name(), "unit.register", "unit", String.valueOf(u.id()), u.code(), null, after, reason));
        }
        for (UnitLineage l : newLinks) {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("predecessor", l.predecessor().code() + " " + l.predecessor().validFrom());
            after.put("successor", l.successor() == null ? null : l.successor().code() + " " + l.successor().validFrom());
            after.put("kind", l.kind().name());
            after.put("effectiveOn", l.effectiveOn());
            records.add(new AuditRecord(access.name(), "unit.lineage", "unit-lineage", String.valueOf(l.predecessor().id()),
                    l.predecessor().code(), null, after, reason));
        }
        audit.recordAll(records);
        List<Long> communes = created.stream().filter(u -> u.level() == UnitLevel.COMMUNE).map(AdministrativeUnit::id).toList();
        status.refresh(communes);
        return new Registered(created.size(), newLinks.size(), communes.size());
    }

    private static void checkShape(NewUnit u, String at, Map<String, String> refused) {
        if (u.level() == null) {
            refused.put(at + "level", "must be PROVINCE, DISTRICT or COMMUNE");
            return;
        }
        String pattern = switch (u.level()) {
            case PROVINCE -> "\\d{2}";
            case DISTRICT -> "\\d{3}";
            case COMMUNE -> "\\d{5}";
        };
        if (u.code() == null || !u.code().matches(pattern)) {
            refused.put(at + "code", "must be a GSO " + u.level().name().toLowerCase() + " code (" + pattern.charAt(3) + " digits)");
        }
        if (u.provinceCode() == null || !u.provinceCode().matches("\\d{2}")) {
            refused.put(at + "provinceCode", "must be a 2-digit province code");
        } else if (u.level() == UnitLevel.PROVINCE && !u.provinceCode().equals(u.code())) {
            refused.put(at + "provinceCode", "of a province is its own code");
        }
        if (u.level() == UnitLevel.PROVINCE && u.parentCode() != null) {
            refused.put(at + "parentCode", "must be empty for a province");
        }
        if (u.level() != UnitLevel.PROVINCE && (u.parentCode() == null || u.parentCode().isBlank())) {
            refused.put(at + "parentCode", "is required (the district, or the province for units directly under it)");
        }
        if (u.name() == null || u.name().isBlank()) {
            refused.put(at + "name", "must not be blank");
        }
        if (u.type() == null || u.type().isBlank()) {
            refused.put(at + "type", "must not be blank (Tỉnh, Huyện, Xã, Phường, ...)");
        }
        if (u.validFrom() != null && u.validTo() != null && u.validTo().isBefore(u.validFrom())) {
            refused.put(at + "validTo", "must not be before validFrom");
        }
    }

    /** A district sits under its province; a commune under a district of its province, or directly under the province. */
    private static void checkParent(NewUnit u, String field, Map<String, List<AdministrativeUnit>> all, Map<String, String> refused) {
        List<AdministrativeUnit> candidates = all.getOrDefault(u.parentCode(), List.of());
        AdministrativeUnit parent = candidates.stream().filter(p -> covers(p, u.validFrom(), u.validTo())).findFirst().orElse(null);
        if (parent == null) {
            refused.put(field, "names no unit " + u.parentCode() + " valid over the whole validity of " + u.code());
            return;
        }
        boolean levelFits = u.level() == UnitLevel.DISTRICT ? parent.level() == UnitLevel.PROVINCE
                : parent.level() == UnitLevel.DISTRICT || parent.level() == UnitLevel.PROVINCE;
        if (!levelFits) {
            refused.put(field, "is a " + parent.level() + ", which cannot hold a " + u.level());
        } else if (!parent.provinceCode().equals(u.provinceCode())) {
            refused.put(field, "lies in province " + parent.provinceCode() + ", not " + u.provinceCode());
        }
    }

    private static AdministrativeUnit find(Map<String, List<AdministrativeUnit>> all, String code, LocalDate validFrom) {
        return all.getOrDefault(code, List.of()).stream().filter(u -> Objects.equals(u.validFrom(), validFrom)).findFirst().orElse(null);
    }

    private static boolean covers(AdministrativeUnit parent, LocalDate from, LocalDate to) {
        boolean startsInTime = parent.validFrom() == null || (from != null && !from.isBefore(parent.validFrom()));
        boolean lastsLongEnough = parent.validTo() == null || (to != null && !to.isAfter(parent.validTo()));
        return startsInTime && lastsLongEnough;
    }

    private static boolean overlaps(LocalDate aFrom, LocalDate aTo, LocalDate bFrom, LocalDate bTo) {
        boolean aStartsBeforeBEnds = aFrom == null || bTo == null || !aFrom.isAfter(bTo);
        boolean bStartsBeforeAEnds = bFrom == null || aTo == null || !bFrom.isAfter(aTo);
        return aStartsBeforeBEnds && bStartsBeforeAEnds;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
