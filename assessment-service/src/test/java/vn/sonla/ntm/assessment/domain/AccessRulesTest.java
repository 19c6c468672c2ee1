package vn.sonla.ntm.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import vn.sonla.ntm.assessment.Fixtures;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AccessRulesTest {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2020-11-01T08:00:00Z");

    static Actor district(String code) {
        return new Actor("district-" + code, Set.of(Actor.DISTRICT_OFFICER), code, null, null);
    }

    static Actor commune(String code) {
        return new Actor("commune-" + code, Set.of(Actor.COMMUNE_OFFICER), null, code, null);
    }

    static Actor appraiser(String dept) {
        return new Actor("appraiser-" + dept, Set.of(Actor.DEPARTMENT_APPRAISER), null, null, dept);
    }

    static Assessment assessmentOf(String code, String district, LocalDate validFrom) {
        AdministrativeUnit unit = new AdministrativeUnit(code, "x", "Xã", UnitLevel.COMMUNE, "14", district == null ? "14" : district,
                validFrom, validFrom == null ? LocalDate.of(2025, 6, 30) : null, "test");
        int year = validFrom == null ? 2020 : 2026;
        return Assessment.open(unit, district, year, LocalDate.of(year, 12, 31), 1, Fixtures.set2016(), null, "x", NOW);
    }

    @Test
    void a_district_edits_only_communes_under_it_on_the_records_date() {
        assertThat(AccessRules.refusesEditing(district("125"), "04120", "125")).isEmpty();
        assertThat(AccessRules.refusesEditing(district("116"), "04120", "125")).get().asString().contains("not under district 116");
    }

    @Test
    void a_commune_edits_only_itself() {
        assertThat(AccessRules.refusesEditing(commune("04120"), "04120", "125")).isEmpty();
        assertThat(AccessRules.refusesEditing(commune("04027"), "04120", "125")).isPresent();
    }

    @Test
    void in_the_district_era_the_district_submits_and_the_commune_may_not() {
        Assessment a = assessmentOf("04120", "125", null);
        assertThat(AccessRules.refusesSubmitting(district("125"), a)).isEmpty();
        assertThat(AccessRules.refusesSubmitting(commune("04120"), a)).get().asString().contains("district 125 submits");
    }

    @Test
    void from_july_2025_the_commune_submits_itself_and_no_district_has_scope() {
        Assessment a = assessmentOf("04132", null, LocalDate.of(2025, 7, 1));
        assertThat(AccessRules.refusesSubmitting(commune("04132"), a)).isEmpty();
        assertThat(AccessRules.refusesSubmitting(district("125"), a)).isPresent();
        assertThat(AccessRules.refusesEditing(district("125"), "04132", null)).isPresent();
    }

    @Test
    void a_department_appraises_only_the_criteria_it_owns() {
        assertThat(AccessRules.refusesAppraising(appraiser("sgtvt"), "2", "sgtvt")).isEmpty();
        assertThat(AccessRules.refusesAppraising(appraiser("syt"), "2", "sgtvt")).get().asString().contains("appraised by sgtvt");
        assertThat(AccessRules.refusesAppraising(district("125"), "2", "sgtvt")).isPresent();
    }

    @Test
    void a_department_reads_an_assessment_only_once_it_is_submitted() {
        Assessment a = assessmentOf("04120", "125", null);
        assertThat(AccessRules.refusesReading(appraiser("sgtvt"), a)).isPresent();
        a.submit("district-125", NOW);
        assertThat(AccessRules.refusesReading(appraiser("sgtvt"), a)).isEmpty();
    }

    @Test
    void observers_and_finance_read_everything_but_external_systems_read_no_assessment() {
        Assessment a = assessmentOf("04120", "125", null);
        assertThat(AccessRules.refusesReading(new Actor("o", Set.of(Actor.OBSERVER), null, null, null), a)).isEmpty();
        assertThat(AccessRules.refusesReading(new Actor("f", Set.of(Actor.FINANCE_PLANNER), null, null, null), a)).isEmpty();
        assertThat(AccessRules.refusesReading(new Actor("e", Set.of(Actor.EXTERNAL_SYSTEM), null, null, null), a)).isPresent();
    }
}
