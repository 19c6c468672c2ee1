package vn.sonla.ntm.criteria.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.sonla.ntm.criteria.domain.Department;
import vn.sonla.ntm.criteria.domain.PublicationCheck;
import vn.sonla.ntm.criteria.domain.SeededDepartments;
import vn.sonla.ntm.rules.IndicatorKind;
import vn.sonla.ntm.rules.document.CriteriaSetDocument;
import vn.sonla.ntm.rules.document.IndicatorDocument;
import vn.sonla.ntm.rules.document.ProvenanceStatus;
import vn.sonla.ntm.rules.document.ThresholdDocument;

/** The project's copy of data/criteria/criteria-catalogue.yaml, as packaged into the service, read into documents. */
class ShippedCatalogueTest {

    private final ShippedCatalogue catalogue = ShippedCatalogue.fromClasspath();
    private final CriteriaSetDocument national = catalogue.set("ntm-xa-2016-2020").orElseThrow();

    @Test
    void theFileHoldsFiveSets() {
        assertThat(catalogue.sets()).extracting(CriteriaSetDocument::code).containsExactly("ntm-xa-2016-2020",
                "sonla-ntm-nang-cao-xa-2018-2020", "ntm-xa-2021-2025", "ntm-nang-cao-xa-2021-2025", "ntm-kieu-mau-xa-2018-2020");
    }

    @Test
    void theNationalSet2016To2020Has5Groups19CriteriaAnd49Indicators() {
        assertThat(national.groups()).extracting(g -> g.code()).containsExactly("I", "II", "III", "IV", "V");
        assertThat(national.criteria().count()).isEqualTo(19);
        assertThat(national.indicators().count()).isEqualTo(49);
        assertThat(national.legalBasis().number()).isEqualTo("1980/QĐ-TTg");
        assertThat(national.legalBasis().effectiveFrom()).isEqualTo(LocalDate.of(2016, 12, 1));
        assertThat(national.level()).isEqualTo("BASIC");
    }

    @Test
    void itCanBePublishedAgainstTheSeededDepartments() {
        Map<String, Department> departments = SeededDepartments.ALL.stream().map(SeededDepartments.Entry::toDepartment)
                .collect(Collectors.toMap(Department::code, Function.identity()));
        assertThat(new PublicationCheck(departments).defectsOf(national, LocalDate.of(2026, 1, 1))).isEmpty();
    }

    @Test
    void sourcesBecomeProvenanceFlags() {
        IndicatorDocument power = national.indicator("4.2").orElseThrow();
        assertThat(power.provenance().status()).isEqualTo(ProvenanceStatus.SOURCED);
        assertThat(power.thresholds().get(0).provenance().note()).startsWith("95% is the value applied by Bắc Kạn");
        IndicatorDocument roads = national.indicator("2.1").orElseThrow();
        assertThat(roads.thresholds().get(0).provenance().status()).isEqualTo(ProvenanceStatus.RECONSTRUCTED);
        ThresholdDocument poverty2021 = catalogue.set("ntm-xa-2021-2025").orElseThrow().indicator("11.1").orElseThrow().thresholds().get(0);
        assertThat(poverty2021.provenance().status()).isEqualTo(ProvenanceStatus.NOT_FOUND);
        assertThat(poverty2021.comparator()).isNull();
        assertThat(poverty2021.value()).isNull();
        assertThat(ShippedCatalogue.provenance("reconstructed (number/year as commonly cited; day/month not verified)", null).note())
                .isEqualTo("number/year as commonly cited; day/month not verified");
    }

    @Test
    void indicator31IsAPercentageBecauseItsThresholdIs80Percent() {
        IndicatorDocument irrigation = national.indicator("3.1").orElseThrow();
        assertThat(irrigation.kind()).isEqualTo(IndicatorKind.PERCENT);
        assertThat(irrigation.provenance().note()).contains("Kind corrected from BOOLEAN to PERCENT");
        assertThat(national.indicators().filter(i -> i.provenance() != null && i.provenance().note() != null
                && i.provenance().note().contains("Kind corrected")).count()).isEqualTo(1);
    }

    @Test
    void booleanAndNoneThresholdsCarryNoNumberAndRangesKeepBothBounds() {
        assertThat(national.indicator("1.1").orElseThrow().thresholds().get(0)).extracting(ThresholdDocument::comparator, ThresholdDocument::value)
                .containsExactly("achieved", null);
        assertThat(national.indicator("9.1").orElseThrow().thresholds().get(0)).extracting(ThresholdDocument::comparator, ThresholdDocument::value)
                .containsExactly("none", null);
        ThresholdDocument disaster = catalogue.set("ntm-xa-2021-2025").orElseThrow().indicator("3.2").orElseThrow().thresholds().get(0);
        assertThat(disaster.value()).isEqualByComparingTo("50");
        assertThat(disaster.upperValue()).isEqualByComparingTo("70");
        assertThat(disaster.unit()).isEqualTo("điểm");
    }

    @Test
    void compoundDepartmentsMapToTheFirstNamedInTheList() {
        Map<String, String> departments = national.criteria().collect(Collectors.toMap(c -> c.code(), c -> c.departmentCode()));
        assertThat(departments).containsEntry("1", "sxd").containsEntry("2", "sgtvt").containsEntry("10", "snn")
                .containsEntry("11", "sldtbxh").containsEntry("17", "stnmt").containsEntry("18", "snv").containsEntry("19", "bchqs");
        assertThat(national.criteria().filter(c -> c.code().equals("19")).findFirst().orElseThrow().provenance().note())
                .contains("Also named: Công an tỉnh (cat)");
        assertThat(national.criteria().map(c -> c.provenance().status()).distinct().toList())
                .containsExactly(ProvenanceStatus.RECONSTRUCTED);
    }

    @Test
    void theSonLaAdvancedSetIsAnEmptyDraftWithThePlan111Rule() {
        CriteriaSetDocument sonLa = catalogue.set("sonla-ntm-nang-cao-xa-2018-2020").orElseThrow();
        assertThat(sonLa.level()).isEqualTo("ADVANCED");
        assertThat(sonLa.groups()).isEmpty();
        assertThat(sonLa.recognitionRule().kind().name()).isEqualTo("ALL_CRITERIA");
        assertThat(sonLa.recognitionRule().textVi()).contains("đạt đầy đủ các nội dung");
        assertThat(sonLa.legalBasis().issuer()).isEqualTo("UBND tỉnh Sơn La");
        assertThat(sonLa.notes()).contains("Modelling advice: Model this set as a provincial overlay on ntm-xa-2016-2020");
    }

    @Test
    void noThresholdIsInventedForTheLaterSets() {
        List<ThresholdDocument> unknown = catalogue.set("ntm-xa-2021-2025").orElseThrow().indicators()
                .flatMap(i -> i.thresholds().stream()).filter(t -> t.comparator() == null).toList();
        assertThat(unknown).isNotEmpty().allSatisfy(t -> {
            assertThat(t.value()).isNull();
            assertThat(t.provenance().status()).isEqualTo(ProvenanceStatus.NOT_FOUND);
        });
        assertThat(catalogue.set("ntm-nang-cao-xa-2021-2025").orElseThrow().indicators().count()).isZero();
        assertThat(catalogue.set("ntm-nang-cao-xa-2021-2025").orElseThrow().recognitionRule()).isNull();
    }
}
