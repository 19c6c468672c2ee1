package vn.sonla.ntm.loader.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import vn.sonla.ntm.loader.demo.IndicatorValues;

/**
 * What happens to each commune in each year of 2016–2020 (ADR 0070), deterministic from the seed and the commune's code:
 * every commune assesses itself every year against ntm-xa-2016-2020 v1 (all 49 indicators, drafts in progress fewer);
 * a commune grows stronger year by year (fewer criteria failing); the province appraises a part of the assessments — the
 * communes asking for recognition and those their district sends — and recognises a commune once, the first year it
 * meets all 19 criteria and is appraised. Every workflow state occurs in 2019 and 2020.
 */
public final class Cases {

    public enum Target { DRAFT, SUBMITTED, IN_APPRAISAL, RETURNED, APPRAISED, RECOGNISED }

    public static final List<Integer> YEARS = List.of(2016, 2017, 2018, 2019, 2020);

    /** One commune × year: the state to reach, the criteria failing, what is entered, who gives verdicts. */
    public record Case(Country.Commune commune, int year, Target target, Set<String> failing, double fill, Set<String> departments,
                       String disputed) {

        public String key() {
            return commune.code() + "/" + year;
        }

        public boolean submitted() {
            return target != Target.DRAFT;
        }
    }

    private final List<IndicatorValues.Indicator> indicators;
    private final List<String> criteria;
    private final Map<String, String> owners;
    private final long seed;

    public Cases(List<IndicatorValues.Indicator> indicators, long seed) {
        this.indicators = indicators;
        this.criteria = IndicatorValues.criteria(indicators);
        this.owners = IndicatorValues.owners(indicators);
        this.seed = seed;
    }

    public List<String> criteria() {
        return criteria;
    }

    public Map<String, String> owners() {
        return owners;
    }

    /** The five years of one commune, oldest first. */
    public List<Case> of(Country.Commune commune) {
        Random random = new Random(seed * 31 + IndicatorValues.seed("commune/" + commune.code()));
        double strength = random.nextDouble();
        boolean recognised = false;
        List<Case> cases = new ArrayList<>();
        for (int year : YEARS) {
            int step = year - YEARS.get(0);
            int failingCount = (int) Math.max(0, Math.round((1 - strength) * 12 - step * 2.2 + random.nextGaussian()));
            List<String> shuffled = new ArrayList<>(criteria);
            Collections.shuffle(shuffled, random);
            Set<String> failing = new LinkedHashSet<>(shuffled.subList(0, Math.min(failingCount, shuffled.size())));
            Target target = draw(year, random.nextDouble());
            if (target == Target.APPRAISED && failing.isEmpty() && !recognised && random.nextDouble() < 0.85) {
                target = Target.RECOGNISED;
            }
            if (target == Target.RECOGNISED) {
                recognised = true;
            }
            double fill = target == Target.DRAFT ? 0.5 + 0.5 * random.nextDouble() : 1.0;
            Set<String> departments = new LinkedHashSet<>();
            String disputed = null;
            switch (target) {
                case APPRAISED, RECOGNISED -> departments.addAll(owners.values());
                case IN_APPRAISAL -> {
                    List<String> all = new ArrayList<>(new LinkedHashSet<>(owners.values()));
                    Collections.shuffle(all, random);
                    departments.addAll(all.subList(0, Math.max(1, all.size() / 2)));
                }
                case RETURNED -> {
                    disputed = failing.isEmpty() ? shuffled.get(0) : failing.iterator().next();
                    departments.add(owners.get(disputed));
                }
                default -> {
                }
            }
            cases.add(new Case(commune, year, target, failing, fill, departments, disputed));
        }
        return cases;
    }

    /** The state of an assessment of that year, from a uniform draw. */
    static Target draw(int year, double r) {
        if (year <= 2018) {
            return r < 0.60 ? Target.SUBMITTED : r < 0.90 ? Target.APPRAISED : Target.RETURNED;
        }
        if (year == 2019) {
            return r < 0.10 ? Target.DRAFT : r < 0.50 ? Target.SUBMITTED : r < 0.60 ? Target.IN_APPRAISAL
                    : r < 0.85 ? Target.APPRAISED : Target.RETURNED;
        }
        return r < 0.30 ? Target.DRAFT : r < 0.55 ? Target.SUBMITTED : r < 0.70 ? Target.IN_APPRAISAL
                : r < 0.80 ? Target.RETURNED : Target.APPRAISED;
    }

    /** The values the case enters: every indicator meets its threshold except one of each failing criterion. */
    public Map<String, Map<String, Object>> values(Case c) {
        Random random = new Random(seed * 17 + IndicatorValues.seed("values/" + c.key()));
        return IndicatorValues.values(indicators, c.failing(), Set.of(), c.fill(), random, Country.source(seed));
    }

    /** The verdicts one department gives on a case: AGREE on its met criteria, DISAGREE (with why) on its failing ones. */
    public List<Map<String, Object>> verdicts(Case c, String department) {
        List<Map<String, Object>> verdicts = new ArrayList<>();
        for (String criterion : criteria) {
            if (!department.equals(owners.get(criterion))) {
                continue;
            }
            boolean no = c.failing().contains(criterion) || criterion.equals(c.disputed());
            Map<String, Object> v = new java.util.LinkedHashMap<>();
            v.put("criterionCode", criterion);
            v.put("verdict", no ? "DISAGREE" : "AGREE");
            if (no) {
                v.put("comment", "Chưa đạt theo kiểm tra thực địa (dữ liệu tổng hợp / synthetic)");
            }
            verdicts.add(v);
        }
        return verdicts;
    }

    /** The first percentage indicator of the set (the value a save benchmark changes). */
    public String percentIndicator() {
        return indicators.stream().filter(i -> "PERCENT".equals(i.kind())).map(IndicatorValues.Indicator::code).findFirst()
                .orElseThrow(() -> new IllegalStateException("the set has no percentage indicator"));
    }

    /** Departments in catalogue order, each once. */
    public List<String> departments() {
        return new ArrayList<>(new LinkedHashSet<>(owners.values()));
    }

    static Set<String> setOf(String... s) {
        return new HashSet<>(List.of(s));
    }
}
