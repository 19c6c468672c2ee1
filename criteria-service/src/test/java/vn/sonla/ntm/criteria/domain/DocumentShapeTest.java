package vn.sonla.ntm.criteria.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.sonla.ntm.rules.document.CriteriaSetDocument;
import vn.sonla.ntm.rules.document.CriterionDocument;
import vn.sonla.ntm.rules.document.GroupDocument;
import vn.sonla.ntm.rules.document.IndicatorDocument;
import vn.sonla.ntm.rules.document.ThresholdDocument;

/** Found by the safety suite: a criteria set of 10 000 groups (or criteria, indicators, thresholds) was stored. */
class DocumentShapeTest {

    private static CriteriaSetDocument set(List<GroupDocument> groups) {
        return new CriteriaSetDocument("kt", null, null, "Bộ kiểm thử", null, "BASIC", null, null, null, null, null, groups, null, null);
    }

    private static IndicatorDocument indicator(int thresholds) {
        return new IndicatorDocument("1.1", "Chỉ tiêu", null, null, null, null,
                Collections.nCopies(thresholds, new ThresholdDocument(null, "achieved", null, null, null, null)));
    }

    private static GroupDocument group(int criteria, int indicators, int thresholds) {
        return new GroupDocument("I", "Nhóm", null, Collections.nCopies(criteria,
                new CriterionDocument("1", "Tiêu chí", null, "sgtvt", null, Collections.nCopies(indicators, indicator(thresholds)))));
    }

    @Test
    void aSetTenTimesLargerThanAnyRealOneIsRefusedNamingTheList() {
        assertThat(DocumentShape.defectsOf(set(List.of(group(19, 5, 3))))).extracting(Defect::path)
                .doesNotContain("groups", "groups[0].criteria");
        assertThat(DocumentShape.defectsOf(set(Collections.nCopies(DocumentShape.MAX_GROUPS + 1, group(1, 1, 1)))))
                .extracting(Defect::path).containsExactly("groups");
        assertThat(DocumentShape.defectsOf(set(List.of(group(DocumentShape.MAX_CRITERIA + 1, 1, 1)))))
                .extracting(Defect::path).contains("groups[0].criteria");
        assertThat(DocumentShape.defectsOf(set(List.of(group(1, DocumentShape.MAX_INDICATORS + 1, 1)))))
                .extracting(Defect::path).contains("groups[0].criteria[0].indicators");
        assertThat(DocumentShape.defectsOf(set(List.of(group(1, 1, DocumentShape.MAX_THRESHOLDS + 1)))))
                .extracting(Defect::path).contains("groups[0].criteria[0].indicators[0].thresholds");
    }
}
