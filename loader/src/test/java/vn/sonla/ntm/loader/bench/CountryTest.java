package vn.sonla.ntm.loader.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The benchmark's country (ADR 0070): its size, its codes, and the same country for the same seed. */
class CountryTest {

    /** A stand-in for Sơn La as the service answers it: 204 communes in 12 districts with 5-digit codes below 40000. */
    static Country.Province sonLa() {
        List<Country.District> districts = new ArrayList<>();
        int code = 3646;
        for (int d = 0; d < 12; d++) {
            List<Country.Commune> communes = new ArrayList<>();
            for (int c = 0; c < 17; c++) {
                communes.add(new Country.Commune(String.format("%05d", code++), "Xã " + code, "Xã", String.valueOf(116 + d), "14"));
            }
            districts.add(new Country.District(String.valueOf(116 + d), "Huyện " + d, communes));
        }
        return new Country.Province("14", "Tỉnh Sơn La", false, districts, List.of());
    }

    @Test
    void tenThousandSixHundredCommunesMakeThirtyFiveSyntheticProvincesOfDistrictsOfFiveToThirtyCommunes() {
        Country country = Country.of(10_600, 7, sonLa());
        assertEquals(10_600, country.communeCount());
        assertEquals(35, country.synthetic().size());
        Set<String> communeCodes = new HashSet<>();
        Set<String> districtCodes = new HashSet<>();
        for (Country.Province p : country.synthetic()) {
            assertTrue(Country.FREE_PROVINCE_CODES.contains(p.code()), p.code() + " is a province code no real province has had");
            for (Country.District d : p.districts()) {
                assertTrue(districtCodes.add(d.code()), "district code " + d.code() + " given twice");
                assertTrue(d.communes().size() >= 5 && d.communes().size() <= 30, d.code() + " has " + d.communes().size() + " communes");
                for (Country.Commune c : d.communes()) {
                    assertTrue(communeCodes.add(c.code()), "commune code " + c.code() + " given twice");
                    assertTrue(Integer.parseInt(c.code()) >= 40_000, "synthetic commune " + c.code() + " below the real codes' end");
                    assertTrue(c.name().contains("Tổng hợp"), c.name());
                }
            }
        }
        assertTrue(country.districtCount() > 600 && country.districtCount() < 800, country.districtCount() + " districts");
    }

    @Test
    void theSameSeedGivesTheSameCountryAndAnotherSeedAnother() {
        Map<String, Object> a = Country.unitBatch(Country.of(2_000, 7, sonLa()).synthetic().get(0), 7);
        Map<String, Object> b = Country.unitBatch(Country.of(2_000, 7, sonLa()).synthetic().get(0), 7);
        Map<String, Object> c = Country.unitBatch(Country.of(2_000, 8, sonLa()).synthetic().get(0), 8);
        assertEquals(a, b);
        assertFalse(a.equals(c));
    }

    @Test
    void everySyntheticCommuneEndsIn2025AndPassesToASuccessorFullyOrInPart() {
        Country.Province p = Country.of(1_500, 7, sonLa()).synthetic().get(0);
        Set<String> predecessors = new HashSet<>();
        for (Country.Successor s : p.successors()) {
            predecessors.addAll(s.fullPredecessors());
            predecessors.addAll(s.partialPredecessors());
            assertTrue(s.fullPredecessors().size() + s.partialPredecessors().size() >= 1);
        }
        Set<String> communes = new HashSet<>();
        p.communes().forEach(c -> communes.add(c.code()));
        assertEquals(communes, predecessors);
    }

    @Test
    void onlySonLaIsFundedInEveryYearAskedFor() {
        Country country = Country.of(1_500, 7, sonLa());
        assertEquals(List.of(2019, 2020), BenchLoad.fundingYears(country.provinces().get(0), List.of(2019, 2020)));
        assertEquals(List.of(2020), BenchLoad.fundingYears(country.synthetic().get(0), List.of(2019, 2020)));
    }
}
