package vn.sonla.ntm.funding.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CapitalPlanTest {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2020-03-01T08:00:00Z");
    static final PlannedUnit MAI_SON = new PlannedUnit("125", "Huyện Mai Sơn", UnitLevel.DISTRICT,
            LocalDate.of(2020, 1, 1), null, "125", "Huyện Mai Sơn", "14");

    @Test
    void anApprovedPlanNeverChangesAgain() {
        CapitalPlan plan = approved(line("NS_HUYEN", "SAN_XUAT", 100));
        assertThatThrownBy(() -> plan.redraft("x", null, List.of(line("NS_HUYEN", "SAN_XUAT", 200))))
                .isInstanceOf(PlanRuleViolation.class).hasMessageContaining("create a revision");
        assertThatThrownBy(() -> plan.approve(new Decision("2", LocalDate.of(2020, 3, 2), "UBND"), "f", NOW))
                .isInstanceOf(PlanRuleViolation.class);
        assertThat(plan.total()).isEqualTo(100);
    }

    @Test
    void aRevisionStartsAsADraftCopyReferringToThePlanItRevises() {
        CapitalPlan plan = approved(line("NS_HUYEN", "SAN_XUAT", 100), line("NS_TINH", "VAN_HOA", 50));
        CapitalPlan revision = plan.revise(null, "giữa năm", null, "finance", NOW);
        assertThat(revision.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(revision.revisionNo()).isEqualTo(1);
        assertThat(revision.revisionOfId()).isEqualTo(plan.id());
        assertThat(revision.total()).isEqualTo(150);
        assertThat(revision.lines()).extracting(PlanLine::lineNo).containsExactly(1, 2);
    }

    @Test
    void onlyTheApprovedPlanIsRevisedAndSuperseded() {
        CapitalPlan draft = CapitalPlan.original(2020, MAI_SON, null, null, List.of(line("NS_HUYEN", "SAN_XUAT", 1)), "f", NOW);
        assertThatThrownBy(() -> draft.revise(null, null, null, "f", NOW)).isInstanceOf(PlanRuleViolation.class);
        assertThatThrownBy(() -> draft.supersedeBy(draft)).isInstanceOf(PlanRuleViolation.class);
    }

    @Test
    void aPlanWithoutLinesIsRefused() {
        assertThatThrownBy(() -> CapitalPlan.original(2020, MAI_SON, null, null, List.of(), "f", NOW))
                .isInstanceOf(PlanRuleViolation.class).extracting("field").isEqualTo("lines");
    }

    @Test
    void theUnitDateMustFallInThePlanYear() {
        assertThatThrownBy(() -> CapitalPlan.original(2021, MAI_SON, null, null, List.of(line("NS_HUYEN", "SAN_XUAT", 1)), "f", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void allocationsCarryOverToTheRevisionsLineWithTheSameHeadingWhenItStillHoldsThem() throws Exception {
        CapitalPlan plan = approved(line("NSTW_DTPT", "HT_GIAO_THONG", 1_000), line("NS_TINH", "VAN_HOA", 500));
        setId(plan.lines().get(0), 11L);
        setId(plan.lines().get(1), 12L);
        CapitalPlan revision = plan.revise(null, null, List.of(line("NS_TINH", "VAN_HOA", 300),
                line("NSTW_DTPT", "HT_GIAO_THONG", 800)), "f", NOW);
        Map<PlanLine, PlanLine> moves = RevisionCarryOver.match(plan, revision, Map.of(11L, 800L, 12L, 0L));
        assertThat(moves).hasSize(1);
        assertThat(moves.get(plan.lines().get(0))).isSameAs(revision.lines().get(1));
    }

    @Test
    void aRevisionThatShrinksALineBelowItsAllocationsIsRefused() throws Exception {
        CapitalPlan plan = approved(line("NSTW_DTPT", "HT_GIAO_THONG", 1_000));
        setId(plan.lines().get(0), 21L);
        CapitalPlan smaller = plan.revise(null, null, List.of(line("NSTW_DTPT", "HT_GIAO_THONG", 799)), "f", NOW);
        assertThatThrownBy(() -> RevisionCarryOver.match(plan, smaller, Map.of(21L, 800L)))
                .isInstanceOf(PlanRuleViolation.class).hasMessageContaining("800");
        CapitalPlan without = plan.revise(null, null, List.of(line("NS_TINH", "VAN_HOA", 5_000)), "f", NOW);
        assertThatThrownBy(() -> RevisionCarryOver.match(plan, without, Map.of(21L, 1L)))
                .isInstanceOf(PlanRuleViolation.class).hasMessageContaining("must keep a line");
    }

    @Test
    void aLabourContributionIsWorthItsDaysTimesTheDayRate() {
        Valuation v = new Valuation(new java.math.BigDecimal("1200"), "ngày công", 150_000, "đơn giá huyện");
        assertThat(v.value()).isEqualTo(180_000_000L);
        assertThat(new Valuation(new java.math.BigDecimal("0.5"), "m²", 3, "x").value()).isEqualTo(2);
        assertThat(new Valuation(new java.math.BigDecimal("1000000000000"), "m²", 1_000_000_000, "x").value()).isEqualTo(-1);
    }

    static PlanLine line(String source, String field, long amount) {
        return new PlanLine(source, field, null, Amount.of(amount), null, null);
    }

    static CapitalPlan approved(PlanLine... lines) {
        CapitalPlan plan = CapitalPlan.original(2020, MAI_SON, "KH 2020", null, List.of(lines), "finance", NOW);
        plan.approve(new Decision("1/QĐ-UBND", LocalDate.of(2020, 3, 1), "UBND tỉnh Sơn La"), "finance", NOW);
        return plan;
    }

    static void setId(Object entity, Long id) throws Exception {
        Field f = entity.getClass().getDeclaredField("id");
        f.setAccessible(true);
        f.set(entity, id);
    }
}
