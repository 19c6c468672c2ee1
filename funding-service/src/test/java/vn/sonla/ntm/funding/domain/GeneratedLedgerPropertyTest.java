package vn.sonla.ntm.funding.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property tests over generated ledgers: random sequences of allocations, reversals, disbursements and other
 * transactions, each applied only when the domain rules accept it, exactly as the service applies them. Whatever
 * the sequence, no line is over-allocated, no allocation over-disbursed, and every tally — by source, field,
 * criterion, unit or year — adds up to the sum of the ledger's rows.
 */
class GeneratedLedgerPropertyTest {

    static final List<String> SOURCES = List.of("NSTW_DTPT", "NS_TINH", "NS_HUYEN", "TIN_DUNG", "CONG_DONG_TIEN");
    static final List<String> FIELDS = List.of("SAN_XUAT", "HT_GIAO_THONG", "VAN_HOA", "CANH_QUAN_MOI_TRUONG");
    static final List<String> UNITS = List.of("04120", "04132", "04147", "03658", "125");

    enum Kind { ALLOCATE, REVERSE_ALLOCATION, COMMIT, DISBURSE, EXPEND, REVERSE_TRANSACTION }

    record Op(Kind kind, int target, int unit, long amount) {
    }

    record PlannedLine(String source, String field, String criterion, long amount, int year) {
    }

    /** The in-memory ledger: the same rules as the service, without the database. */
    static final class Ledger {
        final List<PlannedLine> lines;
        final List<long[]> allocations = new ArrayList<>(); // {line, unit, amount, reversed(0/1), reversedAmount}
        final List<long[]> transactions = new ArrayList<>(); // {allocation, type, amount, reversed(0/1)}
        final List<FundingFact> facts = new ArrayList<>();

        Ledger(List<PlannedLine> lines) {
            this.lines = lines;
            for (PlannedLine l : lines) {
                facts.add(fact(Measure.PLANNED, l, "14", l.amount()));
            }
        }

        void apply(Op op) {
            switch (op.kind()) {
                case ALLOCATE -> {
                    int line = op.target() % lines.size();
                    if (AllocationCeiling.check(lines.get(line).amount(), netOnLine(line), op.amount()).isEmpty()) {
                        allocations.add(new long[] {line, op.unit(), op.amount(), 0, 0});
                        facts.add(fact(Measure.ALLOCATED, lines.get(line), UNITS.get(op.unit()), op.amount()));
                    }
                }
                case REVERSE_ALLOCATION -> {
                    if (allocations.isEmpty()) {
                        return;
                    }
                    int a = op.target() % allocations.size();
                    long[] alloc = allocations.get(a);
                    if (ReversalRule.check(false, alloc[3] == 1, alloc[2], op.amount()).isEmpty()
                            && AllocationReduction.check(alloc[2], net(a, 1), op.amount()).isEmpty()) {
                        alloc[3] = 1;
                        alloc[4] = op.amount();
                        facts.add(fact(Measure.ALLOCATED, lines.get((int) alloc[0]), UNITS.get((int) alloc[1]), -op.amount()));
                    }
                }
                case COMMIT, DISBURSE, EXPEND -> {
                    if (allocations.isEmpty()) {
                        return;
                    }
                    int a = op.target() % allocations.size();
                    int type = op.kind().ordinal() - Kind.COMMIT.ordinal();
                    long[] alloc = allocations.get(a);
                    if (type == 1 && DisbursementCeiling.check(alloc[2] - alloc[4], net(a, 1), op.amount(), false, null)
                            .outcome() != DisbursementCeiling.Outcome.WITHIN_ALLOCATION) {
                        return;
                    }
                    transactions.add(new long[] {a, type, op.amount(), 0});
                    facts.add(fact(measure(type), lines.get((int) alloc[0]), UNITS.get((int) alloc[1]), op.amount()));
                }
                case REVERSE_TRANSACTION -> {
                    if (transactions.isEmpty()) {
                        return;
                    }
                    long[] t = transactions.get(op.target() % transactions.size());
                    if (ReversalRule.check(false, t[3] == 1, t[2], op.amount()).isEmpty()) {
                        t[3] = 1;
                        long[] alloc = allocations.get((int) t[0]);
                        transactions.add(new long[] {t[0], t[1], -op.amount(), 1});
                        facts.add(fact(measure((int) t[1]), lines.get((int) alloc[0]), UNITS.get((int) alloc[1]), -op.amount()));
                    }
                }
            }
        }

        long netOnLine(int line) {
            return allocations.stream().filter(a -> a[0] == line).mapToLong(a -> a[2] - a[4]).sum();
        }

        long net(int allocation, int type) {
            return transactions.stream().filter(t -> t[0] == allocation && t[1] == type).mapToLong(t -> t[2]).sum();
        }

        static Measure measure(int type) {
            return switch (type) {
                case 0 -> Measure.COMMITTED;
                case 1 -> Measure.DISBURSED;
                default -> Measure.EXPENDED;
            };
        }

        static FundingFact fact(Measure m, PlannedLine l, String unit, long amount) {
            return new FundingFact(m, l.year(), l.source(), l.field(), l.criterion(), unit, "Đơn vị " + unit,
                    unit.length() == 3 ? UnitLevel.DISTRICT : UnitLevel.COMMUNE, unit.equals("03658") ? "116" : "125",
                    null, amount, null, null);
        }
    }

    @Property(tries = 300)
    void noLineIsOverAllocatedAndNoAllocationOverDisbursed(@ForAll("lines") List<PlannedLine> lines,
                                                           @ForAll("operations") List<Op> ops) {
        Ledger ledger = replay(lines, ops);
        for (int l = 0; l < lines.size(); l++) {
            assertThat(ledger.netOnLine(l)).isBetween(0L, lines.get(l).amount());
        }
        for (int a = 0; a < ledger.allocations.size(); a++) {
            long[] alloc = ledger.allocations.get(a);
            assertThat(ledger.net(a, 1)).isBetween(0L, alloc[2] - alloc[4]);
        }
    }

    @Property(tries = 300)
    void everyTallyAddsUpToTheSumOfTheLedgersRows(@ForAll("lines") List<PlannedLine> lines,
                                                  @ForAll("operations") List<Op> ops) {
        List<FundingFact> facts = replay(lines, ops).facts;
        Totals total = FundingTally.total(facts);
        for (Measure m : Measure.values()) {
            long direct = facts.stream().filter(f -> f.measure() == m).mapToLong(FundingFact::amount).sum();
            assertThat(total.get(m)).isEqualTo(direct);
        }
        List<Function<FundingFact, ?>> headings = List.of(FundingFact::sourceCode, FundingFact::fieldCode,
                FundingFact::criterionCode, FundingFact::unitCode, FundingFact::districtCode, FundingFact::year,
                f -> f.year() + "/" + f.sourceCode() + "/" + f.unitCode());
        for (Function<FundingFact, ?> heading : headings) {
            Totals summed = FundingTally.by(facts, heading).values().stream().reduce(Totals.ZERO, Totals::plus);
            assertThat(summed).isEqualTo(total);
        }
    }

    @Property(tries = 200)
    void sharesOfThePlanAddUpToAHundredPercentWithinRounding(@ForAll("lines") List<PlannedLine> lines) {
        List<FundingFact> facts = new Ledger(lines).facts;
        long planned = FundingTally.total(facts).planned();
        Map<String, Totals> bySource = FundingTally.by(facts, FundingFact::sourceCode);
        BigDecimal sum = bySource.values().stream().map(t -> Totals.percent(t.planned(), planned))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum.subtract(BigDecimal.valueOf(100)).abs())
                .isLessThanOrEqualTo(BigDecimal.valueOf(bySource.size()).multiply(new BigDecimal("0.005")));
    }

    @Property(tries = 200)
    void reversalsNeverOutnumberTheEntriesTheyReverse(@ForAll("lines") List<PlannedLine> lines,
                                                      @ForAll("operations") List<Op> ops) {
        Ledger ledger = replay(lines, ops);
        for (long[] a : ledger.allocations) {
            assertThat(a[4]).as("an allocation is reduced by at most its amount").isBetween(0L, a[2]);
        }
        long entries = ledger.transactions.stream().filter(t -> t[2] > 0).count();
        long reversals = ledger.transactions.stream().filter(t -> t[2] < 0).count();
        long reversed = ledger.transactions.stream().filter(t -> t[2] > 0 && t[3] == 1).count();
        assertThat(reversals).as("one reversal per reversed entry").isEqualTo(reversed).isLessThanOrEqualTo(entries);
    }

    private static Ledger replay(List<PlannedLine> lines, List<Op> ops) {
        Ledger ledger = new Ledger(lines);
        ops.forEach(ledger::apply);
        return ledger;
    }

    @Provide
    Arbitrary<List<PlannedLine>> lines() {
        Arbitrary<PlannedLine> line = Combinators.combine(Arbitraries.of(SOURCES), Arbitraries.of(FIELDS),
                        Arbitraries.of("2", "5", "10").injectNull(0.4), Arbitraries.longs().between(1, 5_000_000_000L),
                        Arbitraries.integers().between(2019, 2026))
                .as(PlannedLine::new);
        return line.list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Op> op = Combinators.combine(Arbitraries.of(Kind.values()), Arbitraries.integers().between(0, 50),
                        Arbitraries.integers().between(0, UNITS.size() - 1),
                        Arbitraries.oneOf(Arbitraries.longs().between(1, 1_000), Arbitraries.longs().between(1, 3_000_000_000L)))
                .as(Op::new);
        return op.list().ofMaxSize(60);
    }
}
