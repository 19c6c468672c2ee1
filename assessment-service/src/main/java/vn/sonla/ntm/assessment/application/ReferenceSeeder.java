package vn.sonla.ntm.assessment.application;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import vn.sonla.ntm.assessment.domain.AdministrativeUnit;
import vn.sonla.ntm.assessment.domain.PilotDesignation;
import vn.sonla.ntm.assessment.domain.ProgrammePlan;
import vn.sonla.ntm.assessment.domain.Recognition;
import vn.sonla.ntm.assessment.domain.RecognitionLevel;
import vn.sonla.ntm.assessment.domain.TargetKind;
import vn.sonla.ntm.assessment.persistence.PilotDesignations;
import vn.sonla.ntm.assessment.persistence.ProgrammePlans;
import vn.sonla.ntm.common.audit.AuditRecord;

/**
 * Seeds, once, the facts of data/SOURCES.md §3 that carry a source (never an invented decision number), the three
 * pilot communes of plan 111's appendix, and plan 111/KH-UBND with its two targets; then builds the commune status.
 */
@ApplicationScoped
public class ReferenceSeeder {

    private static final Logger LOG = Logger.getLogger(ReferenceSeeder.class);

    static final String DANVIET_2015 = "https://danviet.vn/chieng-xom-xa-dau-tien-dat-nong-thon-moi-cua-son-la-7777620626.htm";
    static final String BAOMOI_2016 = "https://www.baomoi.com/son-la-5-11-xa-da-can-dich-ntm-nam-2016/c/20953197.epi";
    static final String CUNGCAP_2019 = "https://web.cungcap.net/vi/n/61880-thanh-pho-son-la-dat-chuan-xay-dung-nong-thon-moi";
    static final String BAOVEMOITRUONG_2020 = "https://baovemoitruong.org.vn/son-la-co-them-tam-xa-dat-chuan-nong-thon-moi/";
    static final String TRANGTRAIVIET_2021 = "https://trangtraiviet.vn/huy-thuong-dat-chuan-nong-thon-moi-nam-2021.html";
    static final String BASOLA_CHIENG_BAN = "https://beta.baosonla.org.vn/xa-hoi/trang-10.html";
    static final String PLAN_111 = "Kế hoạch 111/KH-UBND ngày 24/4/2019 của UBND tỉnh Sơn La (data/reference/ke-hoach-111-KH-UBND-2019-son-la.md)";
    public static final String ADVANCED_SET_2018 = "sonla-ntm-nang-cao-xa-2018-2020";

    @Inject
    UnitSeeder unitSeeder;

    @Inject
    UnitDirectory directory;

    @Inject
    vn.sonla.ntm.assessment.persistence.Recognitions recognitions;

    @Inject
    PilotDesignations pilots;

    @Inject
    ProgrammePlans plans;

    @Inject
    AuditLog audit;

    @Inject
    CommuneStatusProjection status;

    void onStart(@Observes @Priority(3000) StartupEvent event) {
        unitSeeder.seedIfEmpty();
        seedIfEmpty();
    }

    @Transactional
    public void seedIfEmpty() {
        if (plans.byCode("111/KH-UBND").isPresent()) {
            return;
        }
        LocalDate y2019 = LocalDate.of(2019, 12, 31);
        // Chiềng Xôm: first NTM commune of the province, announced August 2015 (03664 in the 2019 list; the code names
        // Phường Chiềng An from 1/7/2025, so the unit is looked up on a 2019 date).
        basic("03664", LocalDate.of(2015, 8, 31), DANVIET_2015,
                "First NTM commune of Sơn La, announced in August 2015 (decision number not in the source).");
        for (String code : new String[] {"04027", "04072", "03706", "03682", "03658"}) {
            basic(code, LocalDate.of(2016, 11, 30), BAOMOI_2016,
                    "Appraised as meeting the NTM standard (39/39 indicators of 19 criteria) by November 2016; decision number not in the source.");
        }
        for (String code : new String[] {"03661", "03673", "03676"}) {
            basic(code, LocalDate.of(2019, 7, 31), CUNGCAP_2019,
                    "By 07/2019 all 5 communes of TP Sơn La met the NTM standard; the exact date of this commune's recognition is not in the source.");
        }
        basic("04120", LocalDate.of(2020, 12, 31), BASOLA_CHIENG_BAN,
                "The province's 3rd NTM commune (ceremony on 26/11, the year is not in the source excerpt); recognised ADVANCED by 2020,"
                        + " which requires the basic standard first, so held no later than 2020.");
        for (String code : new String[] {"03664", "04120", "04027"}) {
            seed(code, RecognitionLevel.ADVANCED, null, LocalDate.of(2020, 12, 31), ADVANCED_SET_2018, BAOVEMOITRUONG_2020,
                    "One of the 3 advanced NTM communes of Sơn La in 2020 (decision number not in the source).");
        }
        seed("03916", RecognitionLevel.BASIC, LocalDate.of(2021, 12, 28), LocalDate.of(2021, 12, 28), null, TRANGTRAIVIET_2021,
                "The province's 52nd NTM commune, 28/12/2021 (decision number not in the source).");

        for (String code : new String[] {"04120", "04027", "03658"}) {
            AdministrativeUnit unit = directory.unitAt(code, y2019).orElseThrow();
            PilotDesignation p = PilotDesignation.designate(unit, PilotDesignation.PLAN_111_APPENDIX, LocalDate.of(2019, 4, 24), "seed");
            pilots.persist(p);
            pilots.flush();
            audit.record(new AuditRecord("seed", "pilot.designate", "pilot", String.valueOf(p.id()), code, null,
                    Map.of("unit", code, "basis", p.basis()), "plan 111 appendix"));
        }

        ProgrammePlan plan = ProgrammePlan.of("111/KH-UBND",
                "Kế hoạch xây dựng xã đạt chuẩn nông thôn mới nâng cao trên địa bàn tỉnh Sơn La, giai đoạn 2019 – 2020",
                UnitSeeder.PROVINCE_CODE, 2019, 2020, ADVANCED_SET_2018, LocalDate.of(2019, 4, 24), PLAN_111, "seed", Clock.now());
        plan.addTarget("advanced-communes-2020", TargetKind.RECOGNISED_COUNT,
                "Phấn đấu đến 2020, có ít nhất 03 xã trở lên xã đạt chuẩn nông thôn mới nâng cao",
                RecognitionLevel.ADVANCED, null, null, 3, LocalDate.of(2020, 12, 31), PLAN_111 + ", mục II.2");
        plan.addTarget("basic-communes-5-of-17", TargetKind.MIN_CRITERIA_MET,
                "Các xã đã đạt chuẩn nông thôn mới còn lại đạt tối thiểu 05/17 tiêu chí trở lên của Bộ tiêu chí xã nông thôn mới nâng cao",
                null, RecognitionLevel.BASIC, ADVANCED_SET_2018, 5, LocalDate.of(2020, 12, 31), PLAN_111 + ", mục II.2");
        plans.persist(plan);
        plans.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("code", plan.code());
        after.put("targets", plan.targets().stream().map(t -> t.code()).toList());
        audit.record(new AuditRecord("seed", "plan.create", "plan", plan.code(), null, null, after, "plan 111/KH-UBND"));
        int rows = status.rebuild();
        LOG.infof("Seeded recognitions from data/SOURCES.md, 3 pilot communes, plan 111/KH-UBND; commune status rows: %d", rows);
    }

    /** A basic-standard recognition known only to hold by a date (the source gives neither decision nor exact day). */
    private void basic(String code, LocalDate heldBy, String source, String note) {
        seed(code, RecognitionLevel.BASIC, null, heldBy, null, source, note);
    }

    private void seed(String code, RecognitionLevel level, LocalDate on, LocalDate heldBy, String setCode, String source, String note) {
        AdministrativeUnit unit = directory.unitAt(code, LocalDate.of(2019, 12, 31)).orElseThrow();
        Recognition r = Recognition.fromSource(unit, level, on, heldBy, setCode, source, note, Clock.now());
        recognitions.persist(r);
        recognitions.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("level", level.name());
        after.put("heldBy", heldBy.toString());
        after.put("source", source);
        audit.record(new AuditRecord("seed", "recognition.seed", "recognition", String.valueOf(r.id()), code, null, after, note));
    }
}
