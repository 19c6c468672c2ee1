package vn.sonla.ntm.decision.optimise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.sonla.ntm.decision.optimise.Proposal.FundingLine;
import vn.sonla.ntm.decision.optimise.Proposal.Method;

class OptimiserTest {

    static final long M = 1_000_000L;

    static CriterionGap gap(String criterion, String field, long millions) {
        return new CriterionGap(criterion, List.of(criterion + ".1"), Map.of(field, millions * M));
    }

    static Budget budget(Integer capPercent, SourceBudget... sources) {
        return new Budget(2020, List.of(sources), Set.of("ROAD"), capPercent);
    }

    static SourceBudget source(String code, long millions, String... fields) {
        return new SourceBudget(code, millions * M, Set.of(fields));
    }

    // ---- known optima, worked by hand -------------------------------------------------------------------------------

    @Test
    void choosesTheDearerGapWhenTheCheapOneUsesScarceMoney() {
        // S1 pays roads only, S2 education only. A needs 1 of (road 50, education 60); B needs its road 100.
        // Cheapest-first gives A the road and leaves B short; the optimum pays A's education and B's road.
        Problem p = new Problem(List.of(
                new CommuneCase("00001", "Xã A", false, 16, 17, List.of(gap("2", "ROAD", 50), gap("5", "EDU", 60))),
                new CommuneCase("00002", "Xã B", false, 16, 17, List.of(gap("2", "ROAD", 100)))),
                budget(null, source("S1", 100, "ROAD"), source("S2", 100, "EDU")), Set.of(), Set.of());

        Proposal exact = Optimiser.propose(p);
        Proposal greedy = Optimiser.propose(p, Optimiser.Settings.using(Method.GREEDY));

        assertThat(exact.score()).isEqualTo(new Score(0, 2, 2, 160 * M));
        assertThat(exact.method()).isEqualTo(Method.BRANCH_AND_BOUND);
        assertThat(exact.provenOptimal()).isTrue();
        assertThat(exact.communes()).filteredOn(c -> c.unitCode().equals("00001")).singleElement()
                .satisfies(c -> assertThat(c.criteriaClosed()).containsExactly("5"));
        assertThat(greedy.score().communesReached()).isEqualTo(1);
        assertThat(exact.lines()).containsExactlyInAnyOrder(
                new FundingLine("00001", "5", "EDU", "S2", 60 * M),
                new FundingLine("00002", "2", "ROAD", "S1", 100 * M));
    }

    @Test
    void theInfrastructureCapKeepsTwoRoadsApartAndTheCheaperPairWins() {
        // 1 000 million, at most 30 % (300) for roads: A road 250, B road 100, C culture 700.
        // A+B breaks the cap; A+C and B+C both reach two communes; B+C is cheaper (800).
        Problem p = new Problem(List.of(
                new CommuneCase("A", "Xã A", false, 16, 17, List.of(gap("2", "ROAD", 250))),
                new CommuneCase("B", "Xã B", false, 16, 17, List.of(gap("2", "ROAD", 100))),
                new CommuneCase("C", "Xã C", false, 16, 17, List.of(gap("6", "CULT", 700)))),
                budget(30, source("NS", 1000, "ROAD", "CULT")), Set.of(), Set.of());

        Proposal exact = Optimiser.propose(p);

        assertThat(exact.score()).isEqualTo(new Score(0, 2, 2, 800 * M));
        assertThat(exact.infrastructureProposed()).isEqualTo(100 * M);
        assertThat(exact.infrastructureCap()).isEqualTo(300 * M);
        assertThat(exact.summaryVi()).contains("2 xã đạt chuẩn mới").contains("800 triệu đồng").contains("tối đa 30%");
    }

    @Test
    void aPilotComesBeforeTwoOrdinaryCommunesAndAPinOverridesIt() {
        List<CommuneCase> communes = List.of(
                new CommuneCase("P", "Xã Chiềng Ban", true, 15, 17, List.of(gap("2", "ROAD", 500), gap("7", "TRADE", 400))),
                new CommuneCase("X", "Xã X", false, 16, 17, List.of(gap("2", "ROAD", 400))),
                new CommuneCase("Y", "Xã Y", false, 16, 17, List.of(gap("8", "TRADE", 400))));
        Budget b = budget(null, source("NS", 1000, "ROAD", "TRADE"));

        Proposal pilotFirst = Optimiser.propose(new Problem(communes, b, Set.of(), Set.of()));
        Proposal pinned = Optimiser.propose(new Problem(communes, b, Set.of("X"), Set.of()));
        Proposal excluded = Optimiser.propose(new Problem(communes, b, Set.of(), Set.of("P")));

        assertThat(pilotFirst.score()).isEqualTo(new Score(1, 1, 2, 900 * M));
        assertThat(pilotFirst.communes().get(0).explanationVi())
                .isEqualTo("Xã Chiềng Ban (xã thí điểm) được chọn vì còn thiếu 2 tiêu chí để đạt chuẩn; hoàn thành 2 tiêu chí (7, 2) "
                        + "với tổng chi phí 900 triệu đồng; sau khi hoàn thành đạt 17 tiêu chí (17 tiêu chí cần có).");
        assertThat(pilotFirst.communes().get(0).explanationEn()).startsWith("Xã Chiềng Ban (pilot) is chosen because it lacks 2 criteria");
        assertThat(pinned.score()).isEqualTo(new Score(0, 2, 2, 800 * M));
        assertThat(excluded.score()).isEqualTo(new Score(0, 2, 2, 800 * M));
        assertThat(excluded.communes()).filteredOn(c -> c.unitCode().equals("P")).singleElement()
                .satisfies(c -> assertThat(c.explanationVi()).contains("loại khỏi phương án"));
    }

    @Test
    void pinsThatCannotBeMetAreSaidPlainly() {
        Problem p = new Problem(List.of(new CommuneCase("A", "Xã A", false, 15, 17, List.of(gap("2", "ROAD", 700), gap("3", "ROAD", 700)))),
                budget(null, source("NS", 1000, "ROAD")), Set.of("A"), Set.of());

        Proposal proposal = Optimiser.propose(p);

        assertThat(proposal.feasible()).isFalse();
        assertThat(proposal.lines()).isEmpty();
        assertThat(proposal.summaryVi()).contains("Không có phương án nào").contains("1.400 triệu đồng").contains("Xã A");
    }

    @Test
    void aCommuneWithTooFewCostedGapsIsExplainedNotFunded() {
        Problem p = new Problem(List.of(new CommuneCase("A", "Xã A", false, 14, 17, List.of(gap("2", "ROAD", 10)), List.of("9", "12"))),
                budget(null, source("NS", 1000, "ROAD")), Set.of(), Set.of());

        Proposal proposal = Optimiser.propose(p);

        assertThat(proposal.score()).isEqualTo(new Score(0, 0, 1, 10 * M));
        assertThat(proposal.communes().get(0).explanationVi()).contains("chưa thể đạt chuẩn").contains("tiêu chí 9, 12");
    }

    // ---- against brute force on seeded random cases -------------------------------------------------------------------

    @Test
    void branchAndBoundEqualsBruteForceOnSixHundredRandomCases() {
        Random random = new Random(20191104L);
        int compared = 0;
        int infeasible = 0;
        for (int n = 0; n < 600; n++) {
            Problem p = randomProblem(random, 5, 14);
            Score expected = BruteForce.best(p);
            Proposal got = Optimiser.propose(p, Optimiser.Settings.using(Method.BRANCH_AND_BOUND));
            if (expected == null) {
                assertThat(got.feasible()).as("case %d", n).isFalse();
                infeasible++;
                continue;
            }
            assertThat(got.feasible()).as("case %d", n).isTrue();
            assertThat(got.provenOptimal()).isTrue();
            assertThat(got.score()).as("case %d: %s", n, p).isEqualTo(expected);
            checkLines(p, got);
            compared++;
        }
        assertThat(compared).isGreaterThan(450);
        assertThat(infeasible).isGreaterThan(0);
    }

    @Test
    void theDefaultMethodEqualsBruteForceAndSaysWhichExactMethodAnswered() {
        Random random = new Random(2290L);
        int byDynamicProgramming = 0;
        int byBranchAndBound = 0;
        for (int n = 0; n < 500; n++) {
            Problem p = randomProblem(random, 5, 14);
            Score expected = BruteForce.best(p);
            Proposal got = Optimiser.propose(p);
            if (expected == null) {
                assertThat(got.feasible()).as("case %d", n).isFalse();
                continue;
            }
            assertThat(got.score()).as("case %d: %s", n, p).isEqualTo(expected);
            assertThat(got.provenOptimal()).isTrue();
            checkLines(p, got);
            if (got.method() == Method.DYNAMIC_PROGRAMMING) {
                byDynamicProgramming++;
            } else {
                assertThat(got.method()).isEqualTo(Method.BRANCH_AND_BOUND);
                byBranchAndBound++;
            }
        }
        // both paths are exercised: the pooled optimum is often payable, and often not (fields, the cap)
        assertThat(byDynamicProgramming).isGreaterThan(50);
        assertThat(byBranchAndBound).isGreaterThan(50);
    }

    @Test
    void ojAlgoMipEqualsBruteForceOnRandomCases() {
        Random random = new Random(42L);
        for (int n = 0; n < 120; n++) {
            Problem p = randomProblem(random, 4, 10);
            Score expected = BruteForce.best(p);
            Proposal got = Optimiser.propose(p, Optimiser.Settings.using(Method.MIP_OJALGO));
            if (expected == null) {
                assertThat(got.feasible()).as("case %d", n).isFalse();
                continue;
            }
            assertThat(got.score()).as("case %d: %s", n, p).isEqualTo(expected);
            checkLines(p, got);
        }
    }

    @Test
    void greedyIsAlwaysPayableAndNeverBetterThanTheOptimum() {
        Random random = new Random(7L);
        for (int n = 0; n < 300; n++) {
            Problem p = randomProblem(random, 5, 14);
            Score expected = BruteForce.best(p);
            Proposal got = Optimiser.propose(p, Optimiser.Settings.using(Method.GREEDY));
            if (got.feasible()) {
                assertThat(expected).isNotNull();
                assertThat(got.score().compareTo(expected)).isLessThanOrEqualTo(0);
                checkLines(p, got);
            }
        }
    }

    @Test
    void aProvinceSizedCaseIsSolvedAndWhenTheSearchIsCutOjAlgoTakesOver() {
        Random random = new Random(111L);
        List<CommuneCase> communes = new ArrayList<>();
        String[] fields = {"ROAD", "EDU", "CULT", "TRADE", "ENV"};
        for (int c = 0; c < 40; c++) {
            List<CriterionGap> gaps = new ArrayList<>();
            int open = 1 + random.nextInt(4);
            for (int g = 0; g < open; g++) {
                gaps.add(gap(String.valueOf(2 + g), fields[random.nextInt(fields.length)], 200 + random.nextInt(1800)));
            }
            communes.add(new CommuneCase(String.format("%05d", 4100 + c), "Xã " + c, c < 3, 17 - open + random.nextInt(2), 17, gaps));
        }
        Problem p = new Problem(communes, budget(40, source("NSTW", 9000, fields), source("NST", 4000, "EDU", "CULT", "TRADE", "ENV"),
                source("LONG_GHEP", 3000, "ROAD", "ENV")), Set.of(), Set.of());

        Proposal full = Optimiser.propose(p);
        Proposal cut = Optimiser.propose(p, new Optimiser.Settings(50, 20_000, null, 0));

        assertThat(full.feasible()).isTrue();
        checkLines(p, full);
        assertThat(cut.method()).isEqualTo(Method.MIP_OJALGO);
        checkLines(p, cut);
        assertThat(full.method()).isIn(Method.DYNAMIC_PROGRAMMING, Method.BRANCH_AND_BOUND);
        assertThat(full.provenOptimal()).isTrue();
        assertThat(cut.provenOptimal()).isTrue();
        assertThat(cut.score()).isEqualTo(full.score());
        assertThat(full.score().compareTo(Optimiser.propose(p, Optimiser.Settings.using(Method.GREEDY)).score())).isGreaterThanOrEqualTo(0);
    }

    /** The lines pay every chosen gap exactly, from sources allowed for the field, within each source and the cap. */
    static void checkLines(Problem p, Proposal got) {
        Map<String, Long> bySource = new HashMap<>();
        Map<String, Long> byGapField = new HashMap<>();
        long infra = 0;
        for (FundingLine l : got.lines()) {
            SourceBudget s = p.budget().sources().stream().filter(x -> x.sourceCode().equals(l.sourceCode())).findFirst().orElseThrow();
            assertThat(s.allowedFields()).contains(l.fieldCode());
            bySource.merge(l.sourceCode(), l.amount(), Long::sum);
            byGapField.merge(l.unitCode() + "/" + l.criterionCode() + "/" + l.fieldCode(), l.amount(), Long::sum);
            if (p.budget().infrastructureFields().contains(l.fieldCode())) {
                infra += l.amount();
            }
        }
        for (SourceBudget s : p.budget().sources()) {
            assertThat(bySource.getOrDefault(s.sourceCode(), 0L)).isLessThanOrEqualTo(s.amount());
        }
        assertThat(infra).isLessThanOrEqualTo(p.budget().infrastructureCap());
        long total = 0;
        for (var c : got.communes()) {
            CommuneCase original = p.communes().stream().filter(x -> x.unitCode().equals(c.unitCode())).findFirst().orElseThrow();
            for (String crit : c.criteriaClosed()) {
                CriterionGap g = original.gaps().stream().filter(x -> x.criterionCode().equals(crit)).findFirst().orElseThrow();
                g.costByField().forEach((f, v) -> assertThat(byGapField.get(c.unitCode() + "/" + crit + "/" + f)).isEqualTo(v));
                total += g.total();
            }
        }
        assertThat(total).isEqualTo(got.proposedTotal()).isEqualTo(got.score().cost());
    }

    static Problem randomProblem(Random r, int maxCommunes, int maxItems) {
        String[] fields = {"ROAD", "EDU", "CULT"};
        int communesCount = 1 + r.nextInt(maxCommunes);
        List<CommuneCase> communes = new ArrayList<>();
        int items = 0;
        for (int c = 0; c < communesCount; c++) {
            int open = r.nextInt(5);
            if (items + open > maxItems) {
                open = Math.max(0, maxItems - items);
            }
            items += open;
            List<CriterionGap> gaps = new ArrayList<>();
            for (int g = 0; g < open; g++) {
                Map<String, Long> cost = new HashMap<>();
                int parts = 1 + r.nextInt(2);
                for (int k = 0; k < parts; k++) {
                    cost.merge(fields[r.nextInt(3)], (long) (1 + r.nextInt(20)) * 10 * M, Long::sum);
                }
                gaps.add(new CriterionGap(String.valueOf(g + 1), List.of(), cost));
            }
            int need = r.nextInt(4);
            communes.add(new CommuneCase("C" + c, "Xã " + c, r.nextInt(4) == 0, 17 - need, 17, gaps));
        }
        List<SourceBudget> sources = new ArrayList<>();
        int sourcesCount = 1 + r.nextInt(3);
        for (int s = 0; s < sourcesCount; s++) {
            Set<String> allowed = new HashSet<>();
            for (String f : fields) {
                if (r.nextInt(3) > 0) {
                    allowed.add(f);
                }
            }
            sources.add(new SourceBudget("S" + s, (long) r.nextInt(40) * 10 * M, allowed));
        }
        Integer cap = r.nextBoolean() ? null : 10 + r.nextInt(80);
        Set<String> pinned = new HashSet<>();
        Set<String> excluded = new HashSet<>();
        for (CommuneCase c : communes) {
            int roll = r.nextInt(10);
            if (roll == 0) {
                pinned.add(c.unitCode());
            } else if (roll == 1) {
                excluded.add(c.unitCode());
            }
        }
        return new Problem(communes, new Budget(2020, sources, Set.of("ROAD"), cap), pinned, excluded);
    }
}
