package vn.sonla.ntm.loader.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The country the benchmark loads (ADR 0070): Sơn La as the services seed it (204 commune-level units in 12 districts
 * in 2019, 75 units from 1 July 2025), and beside it synthetic provinces up to the number of commune-level units asked
 * for — before 2025 Vietnam had about 10 600 in about 700 districts. Deterministic from the seed.
 *
 * <p>Codes never clash with a real province: synthetic provinces take the 2-digit codes no Vietnamese province has had
 * since the GSO codes of 2004 (Hà Tây's 28 included), communes the 5-digit codes from 40000 (real ones end at 32248).
 * District codes (3 digits, 200 upward) do repeat real districts of other provinces, which a 3-digit code space of 1 000
 * cannot avoid at 700 districts; names and sources say "tổng hợp / synthetic" everywhere. On 1 July 2025 the synthetic
 * districts end like Sơn La's, and their communes merge about three into one under the province, with FULL lineage
 * (and some PARTIAL, a commune split between two successors).
 */
public record Country(List<Province> provinces, long seed) {

    /** Province codes never used by a Vietnamese province (GSO codes since 2004). */
    static final List<String> FREE_PROVINCE_CODES = List.of("03", "05", "07", "09", "13", "16", "18", "21", "23", "29", "32", "39", "41",
            "43", "47", "50", "53", "55", "57", "59", "61", "63", "65", "69", "71", "73", "76", "78", "81", "85", "88", "90", "97", "98",
            "99");

    public static final String SON_LA = "14";
    public static final int SON_LA_COMMUNES = 204;
    static final int FIRST_COMMUNE_CODE = 40000;
    static final int FIRST_DISTRICT_CODE = 200;
    static final int LAST_DISTRICT_CODE = 999;

    public static String source(long seed) {
        return "Dữ liệu tổng hợp cho đo hiệu năng / synthetic benchmark data (loader bench, seed " + seed + ")";
    }

    public record Commune(String code, String name, String type, String districtCode, String provinceCode) {
    }

    public record District(String code, String name, List<Commune> communes) {
    }

    /** A unit from 1 July 2025 and the 2019 communes it was formed from (partial: split between two successors). */
    public record Successor(String code, String name, List<String> fullPredecessors, List<String> partialPredecessors) {
    }

    public record Province(String code, String name, boolean synthetic, List<District> districts, List<Successor> successors) {

        public List<Commune> communes() {
            return districts.stream().flatMap(d -> d.communes().stream()).toList();
        }
    }

    /**
     * Sơn La (given as the service answers it) and synthetic provinces for the rest of {@code communes}: each of about
     * {@code communes / 35} commune-level units, districts of 8 to 22 communes.
     */
    public static Country of(int communes, long seed, Province sonLa) {
        List<Province> provinces = new ArrayList<>();
        provinces.add(sonLa);
        int rest = communes - sonLa.communes().size();
        if (rest > 0) {
            Random random = new Random(seed);
            int count = Math.max(1, Math.min(FREE_PROVINCE_CODES.size(), (int) Math.round(rest / 297.0)));
            int[] sizes = split(rest, count, random, 0.6, 1.4);
            int availableDistricts = LAST_DISTRICT_CODE - FIRST_DISTRICT_CODE + 1;
            int averageDistrict = Math.max(15, (int) Math.ceil(rest / (double) availableDistricts * 1.1));
            int nextDistrict = FIRST_DISTRICT_CODE;
            int nextCommune = FIRST_COMMUNE_CODE;
            for (int p = 0; p < count; p++) {
                String code = FREE_PROVINCE_CODES.get(p);
                int districtsHere = Math.max(1, (int) Math.round(sizes[p] / (double) averageDistrict));
                int[] districtSizes = split(sizes[p], districtsHere, random, 8.0 / averageDistrict, 22.0 / averageDistrict);
                List<District> districts = new ArrayList<>();
                for (int d = 0; d < districtsHere; d++) {
                    String districtCode = String.format("%03d", nextDistrict++);
                    if (nextDistrict > LAST_DISTRICT_CODE + 1) {
                        throw new IllegalStateException("more synthetic districts than 3-digit codes from " + FIRST_DISTRICT_CODE);
                    }
                    List<Commune> list = new ArrayList<>();
                    for (int c = 0; c < districtSizes[d]; c++) {
                        String communeCode = String.format("%05d", nextCommune++);
                        boolean town = c == 0;
                        list.add(new Commune(communeCode, (town ? "Thị trấn" : "Xã") + " Tổng hợp " + communeCode, town ? "Thị trấn" : "Xã",
                                districtCode, code));
                    }
                    districts.add(new District(districtCode, "Huyện Tổng hợp " + districtCode, list));
                }
                provinces.add(new Province(code, "Tỉnh Tổng hợp " + code, true, districts, successors(districts, random)));
            }
        }
        return new Country(List.copyOf(provinces), seed);
    }

    /** Communes of each district merge in groups of two to four; one group in ten shares a commune with the next (PARTIAL). */
    private static List<Successor> successors(List<District> districts, Random random) {
        List<Successor> successors = new ArrayList<>();
        for (District d : districts) {
            List<Commune> communes = d.communes();
            int i = 0;
            List<Successor> here = new ArrayList<>();
            while (i < communes.size()) {
                int size = Math.min(communes.size() - i, 2 + random.nextInt(3));
                List<String> full = new ArrayList<>();
                for (int k = 0; k < size; k++) {
                    full.add(communes.get(i + k).code());
                }
                String code = full.get(0);
                here.add(new Successor(code, "Xã Tổng hợp " + code + " (2025)", full, new ArrayList<>()));
                i += size;
            }
            for (int k = 0; k + 1 < here.size(); k++) {
                Successor a = here.get(k);
                if (random.nextInt(10) == 0 && a.fullPredecessors().size() > 1) {
                    String shared = a.fullPredecessors().remove(a.fullPredecessors().size() - 1);
                    a.partialPredecessors().add(shared);
                    here.get(k + 1).partialPredecessors().add(shared);
                }
            }
            successors.addAll(here);
        }
        return successors;
    }

    /** {@code total} split into {@code parts} positive sizes, each drawn between {@code low} and {@code high} times the mean. */
    static int[] split(int total, int parts, Random random, double low, double high) {
        double[] weights = new double[parts];
        double sum = 0;
        for (int i = 0; i < parts; i++) {
            weights[i] = low + (high - low) * random.nextDouble();
            sum += weights[i];
        }
        int[] sizes = new int[parts];
        int given = 0;
        for (int i = 0; i < parts; i++) {
            sizes[i] = Math.max(1, (int) Math.floor(total * weights[i] / sum));
            given += sizes[i];
        }
        for (int i = 0; given < total; i = (i + 1) % parts) {
            sizes[i]++;
            given++;
        }
        for (int i = 0; given > total; i = (i + 1) % parts) {
            if (sizes[i] > 1) {
                sizes[i]--;
                given--;
            }
        }
        return sizes;
    }

    public int communeCount() {
        return provinces.stream().mapToInt(p -> p.communes().size()).sum();
    }

    public int districtCount() {
        return provinces.stream().mapToInt(p -> p.districts().size()).sum();
    }

    public List<Province> synthetic() {
        return provinces.stream().filter(Province::synthetic).toList();
    }

    /** The units batch of one synthetic province (ADR 0071): itself, its districts and communes until 30/6/2025, the 2025 units. */
    public static Map<String, Object> unitBatch(Province p, long seed) {
        String source = source(seed);
        List<Map<String, Object>> units = new ArrayList<>();
        units.add(unit(p.code(), p.name(), "Tỉnh", "PROVINCE", null, p.code(), null, null, source));
        for (District d : p.districts()) {
            units.add(unit(d.code(), d.name(), "Huyện", "DISTRICT", p.code(), p.code(), null, "2025-06-30", source));
            for (Commune c : d.communes()) {
                units.add(unit(c.code(), c.name(), c.type(), "COMMUNE", d.code(), p.code(), null, "2025-06-30", source));
            }
        }
        List<Map<String, Object>> lineage = new ArrayList<>();
        for (Successor s : p.successors()) {
            units.add(unit(s.code(), s.name(), "Xã", "COMMUNE", p.code(), p.code(), "2025-07-01", null, source));
            for (String pred : s.fullPredecessors()) {
                lineage.add(link(pred, s.code(), "FULL", source));
            }
            for (String pred : s.partialPredecessors()) {
                lineage.add(link(pred, s.code(), "PARTIAL", source));
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("units", units);
        body.put("lineage", lineage);
        return body;
    }

    private static Map<String, Object> unit(String code, String name, String type, String level, String parent, String province,
                                            String from, String to, String source) {
        Map<String, Object> u = new LinkedHashMap<>();
        u.put("code", code);
        u.put("name", name);
        u.put("type", type);
        u.put("level", level);
        u.put("parentCode", parent);
        u.put("provinceCode", province);
        u.put("validFrom", from);
        u.put("validTo", to);
        u.put("source", source);
        return u;
    }

    private static Map<String, Object> link(String predecessor, String successor, String kind, String source) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("predecessorCode", predecessor);
        l.put("successorCode", successor);
        l.put("successorValidFrom", "2025-07-01");
        l.put("kind", kind);
        l.put("source", source);
        return l;
    }
}
