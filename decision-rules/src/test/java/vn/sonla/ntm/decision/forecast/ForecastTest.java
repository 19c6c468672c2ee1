package vn.sonla.ntm.decision.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.sonla.ntm.decision.forecast.Forecast.Assumptions;
import vn.sonla.ntm.decision.forecast.Forecast.CommuneFact;
import vn.sonla.ntm.decision.forecast.Forecast.FundedGap;
import vn.sonla.ntm.decision.forecast.Forecast.Outlook;
import vn.sonla.ntm.decision.forecast.Forecast.TargetFacts;

class ForecastTest {

    static final long M = 1_000_000L;
    static final LocalDate DEADLINE = LocalDate.of(2020, 12, 31);
    static final CommuneFact CHIENG_BAN = new CommuneFact("04120", "Xã Chiềng Ban", "submitted 17/17");
    static final FundedGap MUONG_SANG = new FundedGap("04027", "Xã Mường Sang", 1_250 * M, 1_300 * M);
    static final FundedGap CHIENG_CO = new FundedGap("03658", "Xã Chiềng Cọ", 900 * M, 400 * M);

    static TargetFacts three(int achieved, List<CommuneFact> appraisal, List<FundedGap> gaps) {
        return new TargetFacts("plan-111/1", "Ít nhất 3 xã đạt chuẩn nâng cao", "At least 3 advanced communes", 3, achieved, DEADLINE, true,
                appraisal, gaps);
    }

    @Test
    void onTrackWhenAppraisalAndFundedGapsMakeUpTheDifference() {
        Forecast.Outcome o = Forecast.forecast(three(1, List.of(CHIENG_BAN), List.of(MUONG_SANG)), LocalDate.of(2020, 1, 15),
                Assumptions.defaults());

        assertThat(o.outlook()).isEqualTo(Outlook.ON_TRACK);
        assertThat(o.likely()).isEqualTo(3);
        assertThat(o.fromAppraisal()).isEqualTo(1);
        assertThat(o.fromFunding()).isEqualTo(1);
        assertThat(o.counted()).extracting(CommuneFact::unitCode).containsExactly("04120", "04027");
        assertThat(o.reasonVi()).isEqualTo("\"Ít nhất 3 xã đạt chuẩn nâng cao\": đạt 1/3, dự kiến 3 đến 31/12/2020 (1 xã đang thẩm định, "
                + "1 xã đã được bố trí đủ vốn cho phần còn thiếu): đúng tiến độ.");
    }

    @Test
    void atRiskWhenAGapIsOnlyPartlyFundedAndTheReasonNamesTheMoney() {
        Forecast.Outcome o = Forecast.forecast(three(1, List.of(CHIENG_BAN), List.of(CHIENG_CO)), LocalDate.of(2020, 1, 15), Assumptions.defaults());

        assertThat(o.outlook()).isEqualTo(Outlook.AT_RISK);
        assertThat(o.likely()).isEqualTo(2);
        assertThat(o.notFunded()).containsExactly(CHIENG_CO);
        assertThat(o.reasonVi()).endsWith(": có nguy cơ không đạt, còn thiếu 1 xã; các xã gần nhất (Xã Chiềng Cọ) còn thiếu vốn 500 triệu đồng.");
        assertThat(o.reasonEn()).contains("at risk, 1 short").contains("lack 500 million VND");
    }

    @Test
    void fundedWorksThatCannotFinishInTimeDoNotCount() {
        Forecast.Outcome o = Forecast.forecast(three(1, List.of(CHIENG_BAN), List.of(MUONG_SANG)), LocalDate.of(2020, 9, 1),
                Assumptions.defaults());

        assertThat(o.outlook()).isEqualTo(Outlook.AT_RISK);
        assertThat(o.likely()).isEqualTo(2);
        assertThat(o.reasonVi()).contains("không kịp: thi công cần khoảng 270 ngày");
    }

    @Test
    void metMissedAndNotEvaluableSayWhy() {
        assertThat(Forecast.forecast(three(3, List.of(), List.of()), LocalDate.of(2020, 6, 1), Assumptions.defaults()).outlook())
                .isEqualTo(Outlook.MET);
        Forecast.Outcome missed = Forecast.forecast(three(2, List.of(CHIENG_BAN), List.of()), LocalDate.of(2021, 1, 2), Assumptions.defaults());
        assertThat(missed.outlook()).isEqualTo(Outlook.MISSED);
        assertThat(missed.reasonVi()).contains("hạn 31/12/2020 đã qua với 2/3");
        TargetFacts none = new TargetFacts("t", "5/17 tiêu chí", "5 of 17", 10, 0, DEADLINE, false, List.of(), List.of());
        assertThat(Forecast.forecast(none, LocalDate.of(2020, 1, 1), Assumptions.defaults()).outlook()).isEqualTo(Outlook.NOT_EVALUABLE);
    }
}
