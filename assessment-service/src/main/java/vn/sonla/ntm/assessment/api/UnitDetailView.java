package vn.sonla.ntm.assessment.api;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.sonla.ntm.assessment.application.UnitProfiles;
import vn.sonla.ntm.assessment.domain.AdministrativeUnit;
import vn.sonla.ntm.assessment.domain.LineageKind;
import vn.sonla.ntm.assessment.domain.UnitLevel;

/**
 * A unit with its parent, validity, lineage, own recognitions, pilot flag, and — labelled as such, never as its own
 * status — the recognitions its predecessors held.
 */
@Schema(name = "UnitDetail")
public record UnitDetailView(
        @Schema(examples = "04120") String code,
        @Schema(examples = "Xã Chiềng Ban") String name,
        @Schema(examples = "Xã") String type,
        UnitLevel level,
        String provinceCode,
        Parent parent,
        LocalDate validFrom,
        LocalDate validTo,
        Lineage lineage,
        @Schema(description = "This unit's own recognitions (its status comes only from these)") List<RecognitionView> recognitions,
        @Schema(description = "Recognitions held by the units this one was formed from, shown for history: not this unit's status")
        List<PredecessorRecognition> predecessorRecognitions,
        Pilot pilot,
        String source,
        String note) {

    @Schema(name = "UnitParent")
    public record Parent(@Schema(examples = "125") String code, @Schema(examples = "Huyện Mai Sơn") String name) {
    }

    @Schema(name = "UnitLineage")
    public record Lineage(List<LineageLink> predecessors, List<LineageLink> successors) {
    }

    @Schema(name = "LineageLink", description = "A predecessor or successor; code/name are null when UNRESOLVED")
    public record LineageLink(String code, String name, LocalDate validFrom, LocalDate validTo, LineageKind kind, String note,
                              LocalDate effectiveOn, String source) {
    }

    @Schema(name = "PredecessorRecognition")
    public record PredecessorRecognition(@Schema(examples = "04120") String predecessorCode,
                                         @Schema(examples = "Xã Chiềng Ban") String predecessorName, RecognitionView recognition) {
    }

    @Schema(name = "PilotFlag")
    public record Pilot(boolean designated, String basis, LocalDate designatedOn, Long designationId) {
    }

    static UnitDetailView of(UnitProfiles.Profile p) {
        AdministrativeUnit u = p.unit();
        return new UnitDetailView(u.code(), u.name(), u.unitType(), u.level(), u.provinceCode(),
                p.parent().map(x -> new Parent(x.code(), x.name())).orElse(u.parentCode() == null ? null : new Parent(u.parentCode(), null)),
                u.validFrom(), u.validTo(),
                new Lineage(p.predecessors().stream().map(UnitDetailView::link).toList(), p.successors().stream().map(UnitDetailView::link).toList()),
                p.recognitions().stream().map(RecognitionView::of).toList(),
                p.predecessorRecognitions().stream().map(i -> new PredecessorRecognition(i.predecessor().code(), i.predecessor().name(),
                        RecognitionView.of(i.recognition()))).toList(),
                p.pilot().map(d -> new Pilot(true, d.basis(), d.designatedOn(), d.id())).orElse(new Pilot(false, null, null, null)),
                u.source(), u.note());
    }

    private static LineageLink link(UnitProfiles.Link l) {
        AdministrativeUnit x = l.unit();
        return new LineageLink(x == null ? null : x.code(), x == null ? null : x.name(), x == null ? null : x.validFrom(),
                x == null ? null : x.validTo(), l.lineage().kind(), l.lineage().note(), l.lineage().effectiveOn(), l.lineage().source());
    }
}
