package vn.sonla.ntm.criteria.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import vn.sonla.ntm.rules.Comparator;
import vn.sonla.ntm.rules.document.CriteriaSetDocument;
import vn.sonla.ntm.rules.document.CriterionDocument;
import vn.sonla.ntm.rules.document.GroupDocument;
import vn.sonla.ntm.rules.document.IndicatorDocument;
import vn.sonla.ntm.rules.document.LegalBasis;
import vn.sonla.ntm.rules.document.Provenance;
import vn.sonla.ntm.rules.document.ThresholdDocument;

/**
 * Whether a criteria-set document can be stored at all, as a draft: codes present and well-formed, texts within their
 * columns, kinds and comparators known. (Whether it can be <em>published</em> is {@link PublicationCheck}'s question.)
 */
public final class DocumentShape {

    /** Set codes: lower-case words joined by hyphens, e.g. {@code sonla-ntm-nang-cao-xa-2018-2020}. */
    public static final Pattern SET_CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** Group, criterion and indicator codes: {@code II}, {@code 17}, {@code 2.1}, {@code 17.1a}. */
    public static final Pattern ITEM_CODE = Pattern.compile("[A-Za-z0-9]+([._-][A-Za-z0-9]+)*");
    public static final int SET_CODE_MAX = 64;
    public static final int ITEM_CODE_MAX = 16;
    /** Paths under a set that a set code would shadow. */
    public static final List<String> RESERVED_SET_CODES = List.of("diff", "import");

    private DocumentShape() {
    }

    public static List<Defect> setCodeDefects(String path, String code) {
        List<Defect> defects = new ArrayList<>();
        if (code == null || code.isBlank()) {
            defects.add(new Defect(path, "must not be blank"));
        } else if (code.length() > SET_CODE_MAX) {
            defects.add(new Defect(path, "must be at most " + SET_CODE_MAX + " characters"));
        } else if (!SET_CODE.matcher(code).matches()) {
            defects.add(new Defect(path, "must be lower-case letters and digits joined by hyphens, e.g. ntm-xa-2016-2020"));
        } else if (RESERVED_SET_CODES.contains(code)) {
            defects.add(new Defect(path, "'" + code + "' is reserved"));
        }
        return defects;
    }

    /**
     * How large a criteria set may be: 1980/QĐ-TTg has 5 groups, 19 criteria and about 50 indicators, 2290/QĐ-UBND 17
     * criteria; these bounds are ten times any real one. Past them the document is refused whole (the safety suite sent
     * 10 000 groups, and they were stored).
     */
    public static final int MAX_GROUPS = 50;
    public static final int MAX_CRITERIA = 200;
    public static final int MAX_INDICATORS = 100;
    public static final int MAX_THRESHOLDS = 50;

    private static boolean tooMany(List<Defect> defects, String path, int size, int max) {
        if (size > max) {
            defects.add(new Defect(path, "must have at most " + max + " items"));
            return true;
        }
        return false;
    }

    /** Every defect that keeps the document from being stored, with its JSON path. */
    public static List<Defect> defectsOf(CriteriaSetDocument d) {
        List<Defect> defects = new ArrayList<>();
        required(defects, "nameVi", d.nameVi(), 500);
        max(defects, "nameEn", d.nameEn(), 500);
        if (d.level() != null && SetLevel.parse(d.level()).isEmpty()) {
            defects.add(new Defect("level", "must be one of BASIC, ADVANCED, MODEL"));
        }
        max(defects, "period", d.period(), 32);
        max(defects, "region", d.region(), 200);
        LegalBasis legal = d.legalBasis();
        if (legal != null) {
            max(defects, "legalBasis.number", legal.number(), 100);
            max(defects, "legalBasis.issuer", legal.issuer(), 200);
            if (legal.effectiveFrom() != null && legal.effectiveTo() != null && legal.effectiveTo().isBefore(legal.effectiveFrom())) {
                defects.add(new Defect("legalBasis.effectiveTo", "must not be before effectiveFrom"));
            }
        }
        if (d.recognitionRule() != null && d.recognitionRule().minimum() != null && d.recognitionRule().minimum() < 0) {
            defects.add(new Defect("recognitionRule.minimum", "must be 0 or more"));
        }
        provenance(defects, "provenance", d.provenance());
        if (tooMany(defects, "groups", d.groups().size(), MAX_GROUPS)) {
            return defects;
        }
        for (int g = 0; g < d.groups().size(); g++) {
            group(defects, "groups[" + g + "]", d.groups().get(g));
        }
        return defects;
    }

    private static void group(List<Defect> defects, String path, GroupDocument group) {
        if (group == null) {
            defects.add(new Defect(path, "must not be null"));
            return;
        }
        code(defects, path + ".code", group.code());
        max(defects, path + ".nameVi", group.nameVi(), 500);
        max(defects, path + ".nameEn", group.nameEn(), 500);
        if (tooMany(defects, path + ".criteria", group.criteria().size(), MAX_CRITERIA)) {
            return;
        }
        for (int c = 0; c < group.criteria().size(); c++) {
            criterion(defects, path + ".criteria[" + c + "]", group.criteria().get(c));
        }
    }

    public static void criterion(List<Defect> defects, String path, CriterionDocument criterion) {
        if (criterion == null) {
            defects.add(new Defect(path, "must not be null"));
            return;
        }
        code(defects, path + ".code", criterion.code());
        criterionHeader(defects, path, criterion.nameVi(), criterion.nameEn(), criterion.departmentCode(), criterion.provenance());
        if (tooMany(defects, path + ".indicators", criterion.indicators().size(), MAX_INDICATORS)) {
            return;
        }
        for (int i = 0; i < criterion.indicators().size(); i++) {
            indicator(defects, path + ".indicators[" + i + "]", criterion.indicators().get(i), true);
        }
    }

    /** The parts of a criterion that {@code PUT .../criteria/{code}} changes. */
    public static void criterionHeader(List<Defect> defects, String path, String nameVi, String nameEn, String departmentCode,
                                       Provenance provenance) {
        String prefix = path.isEmpty() ? "" : path + ".";
        max(defects, prefix + "nameVi", nameVi, 500);
        max(defects, prefix + "nameEn", nameEn, 500);
        max(defects, prefix + "departmentCode", departmentCode, 16);
        provenance(defects, prefix + "provenance", provenance);
    }

    /** @param withCode false when the code comes from the request path, not the body */
    public static void indicator(List<Defect> defects, String path, IndicatorDocument indicator, boolean withCode) {
        String prefix = path.isEmpty() ? "" : path + ".";
        if (indicator == null) {
            defects.add(new Defect(path.isEmpty() ? "body" : path, "must not be null"));
            return;
        }
        if (withCode) {
            code(defects, prefix + "code", indicator.code());
        }
        if (indicator.kind() == null) {
            defects.add(new Defect(prefix + "kind", "must be one of BOOLEAN, PERCENT, NUMBER, LEVEL"));
        }
        max(defects, prefix + "unit", indicator.unit(), 64);
        provenance(defects, prefix + "provenance", indicator.provenance());
        if (tooMany(defects, prefix + "thresholds", indicator.thresholds().size(), MAX_THRESHOLDS)) {
            return;
        }
        for (int t = 0; t < indicator.thresholds().size(); t++) {
            threshold(defects, prefix + "thresholds[" + t + "]", indicator.thresholds().get(t));
        }
    }

    private static void threshold(List<Defect> defects, String path, ThresholdDocument threshold) {
        if (threshold == null) {
            defects.add(new Defect(path, "must not be null"));
            return;
        }
        if (threshold.comparator() != null && Comparator.fromSymbol(threshold.comparator()).isEmpty()) {
            defects.add(new Defect(path + ".comparator", "must be one of >=, <=, =, between, achieved, none (or null while unknown)"));
        }
        max(defects, path + ".communeClass", threshold.communeClass(), 32);
        max(defects, path + ".unit", threshold.unit(), 64);
        provenance(defects, path + ".provenance", threshold.provenance());
    }

    private static void provenance(List<Defect> defects, String path, Provenance provenance) {
        if (provenance == null) {
            return;
        }
        max(defects, path + ".verifiedBy", provenance.verifiedBy(), 200);
        if (provenance.status() == vn.sonla.ntm.rules.document.ProvenanceStatus.VERIFIED
                && (provenance.verifiedBy() == null || provenance.verifiedOn() == null || provenance.verifiedAgainst() == null)) {
            defects.add(new Defect(path, "a VERIFIED value says who verified it (verifiedBy), when (verifiedOn) and against which document (verifiedAgainst)"));
        }
    }

    private static void code(List<Defect> defects, String path, String code) {
        if (code == null || code.isBlank()) {
            defects.add(new Defect(path, "must not be blank"));
        } else if (code.length() > ITEM_CODE_MAX) {
            defects.add(new Defect(path, "must be at most " + ITEM_CODE_MAX + " characters"));
        } else if (!ITEM_CODE.matcher(code).matches()) {
            defects.add(new Defect(path, "must be letters and digits separated by '.', '-' or '_', e.g. 2.1"));
        }
    }

    private static void required(List<Defect> defects, String path, String value, int max) {
        if (value == null || value.isBlank()) {
            defects.add(new Defect(path, "must not be blank"));
        } else {
            max(defects, path, value, max);
        }
    }

    private static void max(List<Defect> defects, String path, String value, int max) {
        if (value != null && value.length() > max) {
            defects.add(new Defect(path, "must be at most " + max + " characters"));
        }
    }
}
