package vn.sonla.ntm.assessment.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import vn.sonla.ntm.assessment.domain.AdministrativeUnit;
import vn.sonla.ntm.assessment.domain.UnitLevel;
import vn.sonla.ntm.assessment.domain.UnitLineage;
import vn.sonla.ntm.assessment.persistence.AdministrativeUnits;
import vn.sonla.ntm.assessment.persistence.UnitLineages;

/**
 * Seeds Sơn La's units once, from the project's own copy of the public lists (data/units, see data/SOURCES.md):
 * province 14; its 12 districts and 204 commune-level units of the GSO list of 01/12/2019, valid until 30/6/2025;
 * the 75 units directly under the province from 1/7/2025; and the crosswalk between them.
 */
@ApplicationScoped
public class UnitSeeder {

    public static final String PROVINCE_CODE = "14";
    public static final LocalDate LAST_DAY_OF_DISTRICTS = LocalDate.of(2025, 6, 30);
    public static final LocalDate TWO_TIER_FROM = LocalDate.of(2025, 7, 1);

    static final String SOURCE_2019 = "GSO administrative-unit list of 01/12/2019 (danhmuchanhchinh.gso.gov.vn, via "
            + "github.com/daohoangson/dvhcvn data/dvhcvn.json @8d7268a); valid for plan 111 (April 2019) per data/SOURCES.md";
    static final String SOURCE_2025 = "Cục Thống kê 1027/CTK-CSCL (25/6/2025) and NQ 1681/NQ-UBTVQH15 (16/6/2025), via "
            + "github.com/dvhcvn/20250701 @dd94887";
    static final String SOURCE_CROSSWALK = "data/units/son_la_units_2019_to_2025_crosswalk.csv (dvhcvn snapshots 2019-12, "
            + "2025-03 and mapping/merges.json of 2025-07)";

    private static final Logger LOG = Logger.getLogger(UnitSeeder.class);

    @Inject
    AdministrativeUnits units;

    @Inject
    UnitLineages lineages;

    void onStart(@Observes StartupEvent event) {
        seedIfEmpty();
    }

    @Transactional
    public void seedIfEmpty() {
        if (units.count("provinceCode", PROVINCE_CODE) > 0) {
            return;
        }
        AdministrativeUnit province = new AdministrativeUnit(PROVINCE_CODE, "Tỉnh Sơn La", "Tỉnh", UnitLevel.PROVINCE,
                PROVINCE_CODE, null, null, null, SOURCE_2019);
        units.persist(province);

        Map<String, AdministrativeUnit> communes2019 = new HashMap<>();
        Map<String, AdministrativeUnit> districts = new LinkedHashMap<>();
        for (CSVRecord row : read("son_la_units_2019.csv")) {
            String districtCode = row.get("district_code");
            districts.computeIfAbsent(districtCode, code -> {
                String name = row.get("district_name");
                AdministrativeUnit district = new AdministrativeUnit(code, name, typeOf(name), UnitLevel.DISTRICT,
                        PROVINCE_CODE, PROVINCE_CODE, null, LAST_DAY_OF_DISTRICTS, SOURCE_2019);
                units.persist(district);
                return district;
            });
            AdministrativeUnit commune = new AdministrativeUnit(row.get("commune_code"), row.get("commune_name"),
                    row.get("commune_type"), UnitLevel.COMMUNE, PROVINCE_CODE, districtCode, null, LAST_DAY_OF_DISTRICTS,
                    SOURCE_2019);
            units.persist(commune);
            communes2019.put(commune.code(), commune);
        }

        Map<String, AdministrativeUnit> units2025 = new HashMap<>();
        for (CSVRecord row : read("son_la_units_2025.csv")) {
            AdministrativeUnit unit = new AdministrativeUnit(row.get("commune_code"), row.get("commune_name"),
                    row.get("commune_type"), UnitLevel.COMMUNE, PROVINCE_CODE, PROVINCE_CODE, TWO_TIER_FROM, null,
                    SOURCE_2025);
            units.persist(unit);
            units2025.put(unit.code(), unit);
        }

        int links = 0;
        int unresolved = 0;
        for (CSVRecord row : read("son_la_units_2019_to_2025_crosswalk.csv")) {
            AdministrativeUnit predecessor = communes2019.get(row.get("commune_code_2019"));
            String interim = interimNote(row);
            if (interim != null) {
                predecessor.annotate(interim);
            }
            String successors = row.get("new_code_2025_07");
            if (successors == null || successors.isBlank()) {
                lineages.persist(UnitLineage.unresolved(predecessor, SOURCE_CROSSWALK, row.get("note")));
                unresolved++;
                continue;
            }
            String[] codes = successors.split(";");
            for (String code : codes) {
                AdministrativeUnit successor = units2025.get(code.trim());
                if (successor == null) {
                    throw new IllegalStateException("crosswalk names unknown 2025 unit " + code);
                }
                lineages.persist(UnitLineage.of(predecessor, successor, codes.length > 1, TWO_TIER_FROM, SOURCE_CROSSWALK,
                        blankToNull(row.get("note"))));
                links++;
            }
        }
        LOG.infof("Seeded Sơn La units: 1 province, %d districts, %d communes (2019), %d units (2025), %d lineage links, %d unresolved",
                districts.size(), communes2019.size(), units2025.size(), links, unresolved);
    }

    /** What the 2025-03 list called the unit, when it differs from 2019 (renames and reclassifications). */
    private static String interimNote(CSVRecord row) {
        String code = row.get("code_2025_03");
        String name = row.get("name_2025_03");
        if (name == null || name.isBlank()) {
            return null;
        }
        boolean renamed = !name.equals(row.get("commune_name_2019")) || !code.equals(row.get("commune_code_2019"));
        return renamed ? "In the 01/03/2025 list: " + code + " " + name
                + (row.get("note").isBlank() ? "" : " (" + row.get("note") + ")") : null;
    }

    static String typeOf(String districtName) {
        for (String type : List.of("Thành phố", "Thị xã", "Huyện")) {
            if (districtName.startsWith(type)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown district type in " + districtName);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static List<CSVRecord> read(String file) {
        String path = "seed/units/" + file;
        try (InputStream in = UnitSeeder.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing seed file " + path);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return new ArrayList<>(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(reader).getRecords());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
