package vn.sonla.ntm.decision.optimise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import vn.sonla.ntm.decision.Money;
import vn.sonla.ntm.decision.optimise.Proposal.CommuneChoice;
import vn.sonla.ntm.decision.optimise.Proposal.FundingLine;
import vn.sonla.ntm.decision.optimise.Proposal.Method;
import vn.sonla.ntm.decision.optimise.Proposal.SourceUse;

/**
 * Where the next đồng does most: proposes which gaps of which communes a year's budget should close so that the most
 * communes reach the standard (pilots first), then the most criteria are met, at the least cost — respecting each
 * source's fields, the infrastructure cap, pinned and excluded communes.
 *
 * <p>Method (decision 0090): the exact branch and bound with the greedy answer as first incumbent; when its node budget
 * runs out, ojAlgo's MIP solver; the better of the two is answered and the answer says which and whether it is proven.
 */
public final class Optimiser {

    /**
     * Node budget of the branch and bound, time per stage of the MIP, a method to force (null: choose), and the largest
     * dynamic-programming table (communes × states) tried first (0: never).
     */
    public record Settings(long nodeLimit, long mipMillisPerStage, Method forcedMethod, long dynamicProgrammingCells) {

        public Settings(long nodeLimit, long mipMillisPerStage, Method forcedMethod) {
            this(nodeLimit, mipMillisPerStage, forcedMethod, PooledRelaxation.MAX_CELLS);
        }

        public static Settings defaults() {
            return new Settings(2_000_000, 3_000, null);
        }

        public static Settings using(Method method) {
            return new Settings(2_000_000, 3_000, method);
        }
    }

    private Optimiser() {
    }

    public static Proposal propose(Problem problem) {
        return propose(problem, Settings.defaults());
    }

    public static Proposal propose(Problem problem, Settings settings) {
        Instance in = new Instance(problem);
        boolean[] greedy = Greedy.solve(in);
        if (settings.forcedMethod() == Method.GREEDY) {
            return build(in, greedy, Method.GREEDY, false, 0);
        }
        if (settings.forcedMethod() == Method.MIP_OJALGO) {
            MipSolver mip = new MipSolver(in, settings.mipMillisPerStage());
            boolean[] chosen = mip.solve();
            return build(in, chosen, Method.MIP_OJALGO, chosen != null && mip.optimal(), 0);
        }
        PooledRelaxation.Result pooled = null;
        if (settings.forcedMethod() == null || settings.forcedMethod() == Method.DYNAMIC_PROGRAMMING) {
            pooled = PooledRelaxation.solve(in, settings.dynamicProgrammingCells());
            if (pooled != null && in.fund(pooled.chosen()) != null) {
                return build(in, pooled.chosen(), Method.DYNAMIC_PROGRAMMING, true, 0);
            }
            if (settings.forcedMethod() == Method.DYNAMIC_PROGRAMMING) {
                return build(in, null, Method.DYNAMIC_PROGRAMMING, false, 0);
            }
        }
        BranchAndBound bb = new BranchAndBound(in, settings.nodeLimit(), greedy);
        boolean[] exact = bb.solve();
        // the pooled optimum bounds every real answer: reaching it proves the search's answer best
        boolean reachesBound = exact != null && pooled != null && in.score(exact).compareTo(pooled.score()) == 0;
        if (bb.proven() || reachesBound || settings.forcedMethod() == Method.BRANCH_AND_BOUND) {
            return build(in, exact, Method.BRANCH_AND_BOUND, bb.proven() || reachesBound, bb.nodes());
        }
        MipSolver mip = new MipSolver(in, settings.mipMillisPerStage());
        boolean[] viaMip = mip.solve();
        if (viaMip != null && (exact == null || in.score(viaMip).compareTo(in.score(exact)) >= 0)) {
            return build(in, viaMip, Method.MIP_OJALGO, mip.optimal(), bb.nodes());
        }
        if (exact != null && greedy != null && in.score(exact).compareTo(in.score(greedy)) == 0
                && java.util.Arrays.equals(exact, greedy)) {
            return build(in, exact, Method.GREEDY, false, bb.nodes());
        }
        return build(in, exact, Method.BRANCH_AND_BOUND, false, bb.nodes());
    }

    static Proposal build(Instance in, boolean[] chosen, Method method, boolean proven, long nodes) {
        Budget budget = in.problem.budget();
        Long cap = budget.infrastructureMaxSharePercent() == null ? null : in.infraCap;
        if (chosen == null) {
            return infeasible(in, method, nodes, cap);
        }
        FlowState flow = in.fund(chosen);
        if (flow == null) {
            throw new IllegalStateException("a solver answered a choice the budget cannot pay");
        }
        Score score = in.score(chosen);
        List<FundingLine> lines = lines(in, chosen, flow);
        Map<String, Long> bySource = new LinkedHashMap<>();
        lines.forEach(l -> bySource.merge(l.sourceCode(), l.amount(), Long::sum));
        List<SourceUse> sources = budget.sources().stream()
                .map(s -> new SourceUse(s.sourceCode(), s.amount(), bySource.getOrDefault(s.sourceCode(), 0L))).toList();
        long left = in.totalSupply - flow.demand;

        Map<String, CommuneChoice> byCode = new LinkedHashMap<>();
        for (int c = 0; c < in.communeCount(); c++) {
            byCode.put(in.communes.get(c).unitCode(), explain(in, c, chosen, left));
        }
        List<CommuneChoice> communes = new ArrayList<>();
        for (CommuneCase original : in.problem.communes()) {
            CommuneChoice choice = byCode.get(original.unitCode());
            communes.add(choice != null ? choice : excluded(original));
        }
        communes.sort(java.util.Comparator.comparing((CommuneChoice c) -> !c.reachesStandard() || c.alreadyReached())
                .thenComparing(c -> c.criteriaClosed().isEmpty()).thenComparing(c -> !c.pilot()).thenComparing(CommuneChoice::unitCode));

        String how = switch (method) {
            case DYNAMIC_PROGRAMMING -> "quy hoạch động theo xã (chính xác), đã chứng minh là phương án tốt nhất";
            case BRANCH_AND_BOUND -> proven ? "nhánh và cận (chính xác), đã chứng minh là phương án tốt nhất"
                    : "nhánh và cận, dừng ở giới hạn tìm kiếm: phương án tốt nhất tìm được, chưa chứng minh là tốt nhất";
            case MIP_OJALGO -> proven ? "quy hoạch nguyên (ojAlgo), đã chứng minh là phương án tốt nhất"
                    : "quy hoạch nguyên (ojAlgo), dừng ở giới hạn thời gian: chưa chứng minh là tốt nhất";
            case GREEDY -> "quy tắc ưu tiên chi phí thấp (tham lam), chưa chứng minh là tốt nhất";
        };
        String howEn = switch (method) {
            case DYNAMIC_PROGRAMMING -> "dynamic programming over the communes (exact), proven best";
            case BRANCH_AND_BOUND -> proven ? "branch and bound (exact), proven best"
                    : "branch and bound stopped at its search limit: the best found, not proven best";
            case MIP_OJALGO -> proven ? "integer programming (ojAlgo), proven best" : "integer programming (ojAlgo) stopped at its time limit: not proven best";
            case GREEDY -> "cheapest-first (greedy) rule, not proven best";
        };
        String infraVi = cap == null ? "" : " Hạ tầng: " + Money.vi(flow.infra) + " (tối đa " + budget.infrastructureMaxSharePercent()
                + "% ngân sách = " + Money.vi(cap) + ").";
        String infraEn = cap == null ? "" : " Infrastructure: " + Money.en(flow.infra) + " (at most " + budget.infrastructureMaxSharePercent()
                + "% of the budget = " + Money.en(cap) + ").";
        String vi = "Phương án năm " + budget.year() + ": " + score.communesReached() + " xã đạt chuẩn mới"
                + (score.pilotsReached() > 0 ? " (trong đó " + score.pilotsReached() + " xã thí điểm)" : "") + ", "
                + score.criteriaClosed() + " tiêu chí được hoàn thành, tổng vốn đề xuất " + Money.vi(score.cost()) + " trên tổng ngân sách "
                + Money.vi(in.totalSupply) + ", còn lại " + Money.vi(left) + "." + infraVi + " Phương pháp: " + how + ".";
        String en = "Proposal for " + budget.year() + ": " + score.communesReached() + " commune(s) newly reach the standard"
                + (score.pilotsReached() > 0 ? " (" + score.pilotsReached() + " of them pilots)" : "") + ", " + score.criteriaClosed()
                + " criteria closed, " + Money.en(score.cost()) + " proposed of a budget of " + Money.en(in.totalSupply) + ", "
                + Money.en(left) + " left." + infraEn + " Method: " + howEn + ".";
        return new Proposal(true, method, proven, nodes, score, budget.year(), in.totalSupply, score.cost(), flow.infra, cap, sources,
                communes, lines, vi, en);
    }

    private static Proposal infeasible(Instance in, Method method, long nodes, Long cap) {
        List<CommuneCase> pinned = in.communes.stream().filter(c -> in.problem.pinned().contains(c.unitCode())).toList();
        long needed = pinned.stream().mapToLong(CommuneCase::cheapestCompletion).sum();
        String names = pinned.stream().map(CommuneCase::name).collect(Collectors.joining(", "));
        String vi = "Không có phương án nào đưa được mọi xã được ghim (" + names + ") đạt chuẩn: chúng cần ít nhất " + Money.vi(needed)
                + " trong khi ngân sách là " + Money.vi(in.totalSupply)
                + ", hoặc nguồn vốn không được phép chi cho lĩnh vực cần thiết, hoặc vượt trần hạ tầng, hoặc xã chưa đủ tiêu chí đã được ước tính chi phí. Hãy bỏ ghim bớt xã.";
        String en = "No proposal brings every pinned commune (" + names + ") to the standard: they need at least " + Money.en(needed)
                + " against a budget of " + Money.en(in.totalSupply)
                + ", or no source may pay for a field they need, or the infrastructure cap is exceeded, or too few of their gaps are costed. Unpin some.";
        List<CommuneChoice> communes = in.problem.communes().stream()
                .map(c -> new CommuneChoice(c.unitCode(), c.name(), c.pilot(), in.problem.pinned().contains(c.unitCode()),
                        in.problem.excluded().contains(c.unitCode()), c.criteriaMet(), c.criteriaRequired(), c.alreadyReached(), c.alreadyReached(),
                        List.of(), 0, vi, en)).toList();
        List<SourceUse> sources = in.problem.budget().sources().stream().map(s -> new SourceUse(s.sourceCode(), s.amount(), 0)).toList();
        return new Proposal(false, method, false, nodes, new Score(0, 0, 0, 0), in.problem.budget().year(), in.totalSupply, 0, 0, cap,
                sources, communes, List.of(), vi, en);
    }

    private static CommuneChoice excluded(CommuneCase c) {
        return new CommuneChoice(c.unitCode(), c.name(), c.pilot(), false, true, c.criteriaMet(), c.criteriaRequired(), c.alreadyReached(),
                c.alreadyReached(), List.of(), 0, c.name() + " được loại khỏi phương án theo yêu cầu của người lập phương án.",
                c.name() + " was excluded by the user.");
    }

    private static CommuneChoice explain(Instance in, int c, boolean[] chosen, long left) {
        CommuneCase cc = in.communes.get(c);
        List<String> closed = new ArrayList<>();
        long cost = 0;
        for (int i = in.start[c]; i < in.end[c]; i++) {
            if (chosen[i]) {
                closed.add(in.itemGap[i].criterionCode());
                cost += in.itemTotal[i];
            }
        }
        boolean reaches = cc.alreadyReached() || closed.size() >= cc.need();
        String label = cc.name() + (cc.pilot() ? " (xã thí điểm)" : "") + (in.pinned[c] ? " (được ghim)" : "");
        String labelEn = cc.name() + (cc.pilot() ? " (pilot)" : "") + (in.pinned[c] ? " (pinned)" : "");
        String list = String.join(", ", closed);
        int after = cc.criteriaMet() + closed.size();
        String vi;
        String en;
        if (cc.alreadyReached()) {
            vi = label + " đã đạt chuẩn (" + cc.criteriaMet() + "/" + cc.criteriaRequired() + " tiêu chí cần có)"
                    + (closed.isEmpty() ? "; không cần thêm vốn để đạt chuẩn." : "; được hỗ trợ thêm " + closed.size() + " tiêu chí (" + list + "), "
                    + Money.vi(cost) + ", bằng phần ngân sách còn lại.");
            en = labelEn + " already reaches the standard (" + cc.criteriaMet() + " of " + cc.criteriaRequired() + " required criteria)"
                    + (closed.isEmpty() ? "; no money is needed to reach it." : "; it gets " + closed.size() + " more criteria (" + list + "), "
                    + Money.en(cost) + ", from money left over.");
        } else if (reaches) {
            vi = label + " được chọn vì còn thiếu " + cc.need() + " tiêu chí để đạt chuẩn; hoàn thành " + closed.size()
                    + " tiêu chí (" + list + ") với tổng chi phí " + Money.vi(cost) + "; sau khi hoàn thành đạt " + after + " tiêu chí ("
                    + cc.criteriaRequired() + " tiêu chí cần có).";
            en = labelEn + " is chosen because it lacks " + cc.need() + " criteria to reach the standard; closing " + closed.size()
                    + " (" + list + ") costs " + Money.en(cost) + " in total; it then meets " + after + " criteria (" + cc.criteriaRequired()
                    + " required).";
        } else if (!cc.canReach()) {
            String missing = unpricedVi(in, cc);
            vi = label + " chưa thể đạt chuẩn trong phương án này: còn thiếu " + cc.need() + " tiêu chí nhưng chỉ " + cc.gaps().size()
                    + " tiêu chí có ước tính chi phí và nguồn vốn được phép chi" + missing + "."
                    + (closed.isEmpty() ? "" : " Được hỗ trợ " + closed.size() + " tiêu chí (" + list + "), " + Money.vi(cost) + ", bằng phần ngân sách còn lại.");
            en = labelEn + " cannot reach the standard in this proposal: it lacks " + cc.need() + " criteria but only " + cc.gaps().size()
                    + " have a cost estimate and a source allowed to pay for them" + unpricedEn(in, cc) + "."
                    + (closed.isEmpty() ? "" : " It gets " + closed.size() + " criteria (" + list + "), " + Money.en(cost) + ", from money left over.");
        } else {
            long needed = cc.cheapestCompletion();
            String why = left >= needed
                    ? "phần vốn còn lại (" + Money.vi(left) + ") thuộc nguồn không được phép chi cho lĩnh vực cần thiết hoặc vượt trần hạ tầng"
                    : "ngân sách được ưu tiên cho " + (in.pilot[c] ? "các xã được ghim" : "các xã thí điểm, được ghim hoặc đạt chuẩn với chi phí thấp hơn")
                    + ", phần còn lại (" + Money.vi(left) + ") không đủ";
            String whyEn = left >= needed
                    ? "the money left (" + Money.en(left) + ") is in sources not allowed to pay for the fields needed, or beyond the infrastructure cap"
                    : "the budget goes first to " + (in.pilot[c] ? "pinned communes" : "pilots, pinned communes and communes that reach the standard for less")
                    + ", and what is left (" + Money.en(left) + ") is not enough";
            vi = label + " chưa được chọn để đạt chuẩn: cần ít nhất " + Money.vi(needed) + " cho " + cc.need() + " tiêu chí còn thiếu; "
                    + why + "." + (closed.isEmpty() ? "" : " Được hỗ trợ " + closed.size() + " tiêu chí (" + list + "), " + Money.vi(cost) + ".");
            en = labelEn + " is not chosen to reach the standard: it needs at least " + Money.en(needed) + " for the " + cc.need()
                    + " missing criteria; " + whyEn + "." + (closed.isEmpty() ? "" : " It gets " + closed.size() + " criteria (" + list + "), "
                    + Money.en(cost) + ".");
        }
        return new CommuneChoice(cc.unitCode(), cc.name(), cc.pilot(), in.pinned[c], false, cc.criteriaMet(), cc.criteriaRequired(),
                cc.alreadyReached(), reaches, closed, cost, vi, en);
    }

    private static String unpricedVi(Instance in, CommuneCase cc) {
        List<String> missing = new ArrayList<>(cc.unpriced());
        missing.addAll(in.unfundable.getOrDefault(cc.unitCode(), List.of()));
        return missing.isEmpty() ? "" : " (chưa có ước tính hoặc không có nguồn phù hợp: tiêu chí " + String.join(", ", missing) + ")";
    }

    private static String unpricedEn(Instance in, CommuneCase cc) {
        List<String> missing = new ArrayList<>(cc.unpriced());
        missing.addAll(in.unfundable.getOrDefault(cc.unitCode(), List.of()));
        return missing.isEmpty() ? "" : " (no estimate or no suitable source: criteria " + String.join(", ", missing) + ")";
    }

    /** Splits what each source pays for each field over the chosen gaps of that field, in search order. */
    private static List<FundingLine> lines(Instance in, boolean[] chosen, FlowState flow) {
        int k = in.fields.length;
        long[] remaining = flow.paid.clone();
        List<FundingLine> out = new ArrayList<>();
        for (int i = 0; i < in.items; i++) {
            if (!chosen[i]) {
                continue;
            }
            String unit = in.communes.get(in.itemCommune[i]).unitCode();
            for (int j = 0; j < in.itemFields[i].length; j++) {
                int f = in.itemFields[i][j];
                long need = in.itemCosts[i][j];
                for (int s = 0; s < in.sources.length && need > 0; s++) {
                    long take = Math.min(need, remaining[s * k + f]);
                    if (take > 0) {
                        remaining[s * k + f] -= take;
                        need -= take;
                        out.add(new FundingLine(unit, in.itemGap[i].criterionCode(), in.fields[f], in.sources[s], take));
                    }
                }
            }
        }
        return out;
    }
}
