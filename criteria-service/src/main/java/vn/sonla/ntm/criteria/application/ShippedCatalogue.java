package vn.sonla.ntm.criteria.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import vn.sonla.ntm.rules.Comparator;
import vn.sonla.ntm.rules.IndicatorKind;
import vn.sonla.ntm.rules.document.CriteriaSetDocument;
import vn.sonla.ntm.rules.document.CriterionDocument;
import vn.sonla.ntm.rules.document.GroupDocument;
import vn.sonla.ntm.rules.document.IndicatorDocument;
import vn.sonla.ntm.rules.document.LegalBasis;
import vn.sonla.ntm.rules.document.Provenance;
import vn.sonla.ntm.rules.document.ProvenanceStatus;
import vn.sonla.ntm.rules.document.RecognitionRuleDocument;
import vn.sonla.ntm.rules.document.ThresholdDocument;

/**
 * Reads the project's copy of {@code data/criteria/criteria-catalogue.yaml} (packaged as
 * {@code seed/criteria/criteria-catalogue.yaml}) into exchange documents, keeping every provenance flag:
 * a source starting with {@code http} (or naming a document) is SOURCED, {@code reconstructed} RECONSTRUCTED and
 * {@code not found} NOT_FOUND. Values the file does not have stay null; nothing is invented.
 */
public final class ShippedCatalogue {

    public static final String RESOURCE = "seed/criteria/criteria-catalogue.yaml";

    /** The set published on seeding; the others are drafts the coordination office completes. */
    public static final String PUBLISHED_ON_SEED = "ntm-xa-2016-2020";

    static final String PLAN_111 = "Kế hoạch 111/KH-UBND ngày 24/4/2019 của UBND tỉnh Sơn La (data/reference/ke-hoach-111-KH-UBND-2019-son-la.md)";

    private final JsonNode root;

    private ShippedCatalogue(JsonNode root) {
        this.root = root;
    }

    public static ShippedCatalogue fromClasspath() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath: the build packages it from data/criteria");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ShippedCatalogue read(InputStream yaml) throws IOException {
        return new ShippedCatalogue(new ObjectMapper(new YAMLFactory()).readTree(yaml));
    }

    /** Every set of the file, in file order. */
    public List<CriteriaSetDocument> sets() {
        List<CriteriaSetDocument> sets = new ArrayList<>();
        root.path("criteria_sets").forEach(s -> sets.add(set(s)));
        return sets;
    }

    public Optional<CriteriaSetDocument> set(String code) {
        return sets().stream().filter(s -> s.code().equals(code)).findFirst();
    }

    private CriteriaSetDocument set(JsonNode s) {
        String code = text(s, "id");
        String level = text(s, "level") == null ? null : text(s, "level").toUpperCase(Locale.ROOT);
        List<CriterionSource> criteria = new ArrayList<>();
        s.path("criteria").forEach(c -> criteria.add(new CriterionSource(text(c, "group"), criterion(c))));
        List<GroupDocument> groups = groups(s, criteria);
        boolean sonLaAdvanced = code.startsWith("sonla-");
        return new CriteriaSetDocument(code, 1, null, text(s, "name_vi"), text(s, "name_en"), level, text(s, "period"),
                text(s, "region"), legalBasis(s.path("legal_basis")), null, recognitionRule(s, sonLaAdvanced), groups,
                setProvenance(s, sonLaAdvanced), notes(s, groups.size() == 1 && "ALL".equals(groups.get(0).code())));
    }

    private record CriterionSource(String group, CriterionDocument criterion) {
    }

    private static List<GroupDocument> groups(JsonNode s, List<CriterionSource> criteria) {
        List<GroupDocument> groups = new ArrayList<>();
        s.path("groups").forEach(g -> {
            String code = text(g, "code");
            groups.add(new GroupDocument(code, text(g, "name_vi"), text(g, "name_en"),
                    criteria.stream().filter(c -> code.equals(c.group())).map(CriterionSource::criterion).toList()));
        });
        List<CriterionDocument> ungrouped = criteria.stream().filter(c -> groups.stream().noneMatch(g -> g.code().equals(c.group())))
                .map(CriterionSource::criterion).toList();
        if (!ungrouped.isEmpty()) {
            // The file lists these criteria without groups: they are kept together rather than sorted into invented groups.
            groups.add(new GroupDocument("ALL", "Các tiêu chí (nguồn chưa phân nhóm)", "Criteria (not grouped in the source)", ungrouped));
        }
        return groups;
    }

    private static CriterionDocument criterion(JsonNode c) {
        String code = text(c, "number");
        JsonNode dept = c.path("responsible_department");
        DepartmentMatch match = dept.isMissingNode() ? null : DepartmentMatch.of(text(dept, "name_vi"));
        Provenance name = provenance(text(c, "source"), null);
        List<String> notes = new ArrayList<>();
        if (name != null && name.status() == ProvenanceStatus.SOURCED) {
            notes.add("Number and names from the source.");
        }
        if (match != null) {
            Provenance deptSource = provenance(text(dept, "source"), text(dept, "note"));
            notes.add("Responsible department (" + text(dept, "name_vi") + " → " + match.code() + ") "
                    + (deptSource == null ? "" : deptSource.status().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                    + (deptSource == null || deptSource.note() == null ? "" : ": " + deptSource.note()) + "."
                    + (match.note() == null ? "" : " " + match.note()));
        }
        add(notes, "confidence", text(c, "confidence"));
        add(notes, null, text(c, "note"));
        ProvenanceStatus status = weakest(name == null ? null : name.status(),
                match == null ? null : Optional.ofNullable(provenance(text(dept, "source"), null)).map(Provenance::status).orElse(null));
        Provenance provenance = new Provenance(status, name == null ? null : name.source(), join(notes), null, null, null);

        List<IndicatorDocument> indicators = new ArrayList<>();
        c.path("indicators").forEach(i -> indicators.add(indicator(i)));
        return new CriterionDocument(code, text(c, "name_vi"), text(c, "name_en"), match == null ? null : match.code(), provenance,
                indicators);
    }

    private static IndicatorDocument indicator(JsonNode i) {
        String unit = text(i, "unit");
        IndicatorKind declared = IndicatorKind.valueOf(text(i, "kind").toUpperCase(Locale.ROOT));
        JsonNode t = i.path("threshold_tdmnpb");
        List<ThresholdDocument> thresholds = t.isMissingNode() || t.isNull() ? List.of() : List.of(threshold(t, unit));
        List<String> notes = new ArrayList<>();
        IndicatorKind kind = declared;
        Optional<Comparator> comparator = thresholds.isEmpty() ? Optional.empty() : Comparator.fromSymbol(thresholds.get(0).comparator());
        if (declared == IndicatorKind.BOOLEAN && comparator.map(Comparator::isNumeric).orElse(false)) {
            kind = "%".equals(unit) ? IndicatorKind.PERCENT : IndicatorKind.NUMBER;
            notes.add("Kind corrected from BOOLEAN to " + kind + ": the catalogue file says 'kind: boolean' but its threshold is "
                    + ThresholdDocumentText.of(thresholds.get(0)) + ", which judges a number.");
        }
        add(notes, "confidence", text(i, "confidence"));
        add(notes, "responsible department", text(i, "responsible_department_note"));
        Provenance source = provenance(text(i, "source"), null);
        Provenance provenance = source == null ? null
                : new Provenance(source.status(), source.source(), join(Stream.concat(Stream.ofNullable(source.note()), notes.stream()).toList()),
                        null, null, null);
        return new IndicatorDocument(text(i, "code"), text(i, "name_vi"), text(i, "name_en"), unit, kind, provenance, thresholds);
    }

    private static ThresholdDocument threshold(JsonNode t, String indicatorUnit) {
        Optional<Comparator> comparator = Comparator.fromSymbol(text(t, "comparator"));
        BigDecimal value = null;
        BigDecimal upper = null;
        JsonNode v = t.path("value");
        if (comparator.map(Comparator::isNumeric).orElse(false)) {
            if (v.isArray() && v.size() == 2) {
                value = new BigDecimal(v.get(0).asText());
                upper = new BigDecimal(v.get(1).asText());
            } else if (v.isNumber()) {
                value = new BigDecimal(v.asText());
            }
        }
        // achieved (value: true) and none (value: 0) need no number: the comparator says it all.
        String unit = text(t, "unit");
        if (unit == null && comparator.map(Comparator::isNumeric).orElse(false)) {
            unit = indicatorUnit;
        }
        List<String> notes = new ArrayList<>();
        add(notes, null, text(t, "note"));
        JsonNode sub = t.path("sub_threshold");
        if (!sub.isMissingNode()) {
            notes.add("Sub-threshold recorded but not evaluated: " + text(sub, "name_vi") + " " + text(sub, "comparator") + " "
                    + sub.path("value").asText() + Objects.toString(text(sub, "unit"), "") + " (source: " + text(sub, "source") + ")"
                    + (text(sub, "note") == null ? "" : "; " + text(sub, "note")));
        }
        Provenance source = provenance(text(t, "source"), null);
        Provenance provenance = source == null ? null
                : new Provenance(source.status(), source.source(), join(Stream.concat(Stream.ofNullable(source.note()), notes.stream()).toList()),
                        null, null, null);
        return new ThresholdDocument(null, comparator.map(Comparator::symbol).orElse(null), value, upper, unit, provenance);
    }

    private static LegalBasis legalBasis(JsonNode l) {
        if (l.isMissingNode()) {
            return null;
        }
        String number = text(l, "number");
        String issuer = text(l, "issuer");
        if (issuer == null && number != null && number.contains("/QĐ-TTg")) {
            // The "QĐ-TTg" suffix is, by the numbering rules of legal documents, a decision of the Prime Minister.
            issuer = "Thủ tướng Chính phủ";
        }
        return new LegalBasis(number, date(text(l, "date")), issuer, date(text(l, "effective")), null, text(l, "source"));
    }

    private static RecognitionRuleDocument recognitionRule(JsonNode s, boolean sonLaAdvanced) {
        JsonNode rule = s.path("recognition_rule");
        if (!rule.isMissingNode()) {
            return new RecognitionRuleDocument(RecognitionRuleDocument.Kind.ALL_CRITERIA, null, text(rule, "text_vi"));
        }
        if (sonLaAdvanced) {
            return new RecognitionRuleDocument(RecognitionRuleDocument.Kind.ALL_CRITERIA, null,
                    "Xã đạt chuẩn nông thôn mới nâng cao phải là xã đã được công nhận đạt chuẩn nông thôn mới và đạt đầy đủ các nội dung"
                            + " theo quy định được ban hành tại Quyết định số 2290/QĐ-UBND ngày 19/9/2018");
        }
        return null;
    }

    /** The provenance of the set-level values that have none of their own: the recognition rule and the structure. */
    private static Provenance setProvenance(JsonNode s, boolean sonLaAdvanced) {
        JsonNode rule = s.path("recognition_rule");
        if (!rule.isMissingNode()) {
            Provenance p = provenance(text(rule, "source"), null);
            return new Provenance(p.status(), p.source(), join(List.of("Recognition rule: " + text(rule, "text_vi")
                    + (text(rule, "note") == null ? "" : ". " + text(rule, "note")))), null, null, null);
        }
        if (sonLaAdvanced) {
            return new Provenance(ProvenanceStatus.SOURCED, PLAN_111,
                    "Recognition rule from plan 111, section II ('đạt đầy đủ các nội dung' of 2290/QĐ-UBND). Plan 111 also sets the"
                            + " target that the remaining NTM communes reach at least 05/17 criteria: a plan target, not the recognition"
                            + " rule. The 17 criteria must be entered from the signed decision (its text was not found).",
                    null, null, null);
        }
        Provenance p = provenance(text(s, "source"), null);
        return p;
    }

    private static String notes(JsonNode s, boolean ungrouped) {
        List<String> notes = new ArrayList<>();
        JsonNode legal = s.path("legal_basis");
        if (legal.path("replaces").isArray()) {
            List<String> replaced = new ArrayList<>();
            legal.path("replaces").forEach(r -> replaced.add(r.asText()));
            notes.add("Replaces " + String.join(", ", replaced) + ".");
        }
        add(notes, "Status of the source", text(s, "status"));
        add(notes, "Summary", text(s, "summary_vi"));
        JsonNode counts = s.path("counts");
        if (!counts.isMissingNode()) {
            notes.add("Counts stated by the source: " + counts.path("criteria").asText() + " criteria"
                    + (counts.has("indicators") ? ", " + counts.path("indicators").asText() + " indicators" : "")
                    + " (" + text(counts, "source") + ").");
        }
        JsonNode targets = s.path("plan_111_targets");
        if (!targets.isMissingNode()) {
            notes.add("Plan 111 target: " + text(targets, "text_vi") + " (" + text(targets, "source") + ").");
        }
        JsonNode prerequisite = s.path("prerequisite");
        if (!prerequisite.isMissingNode()) {
            notes.add("Prerequisite: " + text(prerequisite, "text_vi") + " (" + text(prerequisite, "source") + ").");
        }
        JsonNode regionRule = s.path("region_rule");
        if (!regionRule.isMissingNode()) {
            notes.add("Region rule: " + text(regionRule, "text_vi") + " (" + text(regionRule, "source") + ").");
        }
        add(notes, "Region", text(s, "region_source"));
        s.path("guidance").forEach(g -> notes.add("Guidance " + text(g, "number") + " (" + text(g, "date") + "): "
                + Objects.toString(text(g, "title_vi"), "") + (text(g, "note") == null ? "" : " — " + text(g, "note"))
                + " (" + text(g, "source") + ")."));
        JsonNode framework = s.path("framework");
        if (!framework.isMissingNode()) {
            notes.add("Framework " + text(framework, "number") + " (" + text(framework, "date") + "): " + text(framework, "summary_vi")
                    + " (" + text(framework, "source") + ").");
        }
        JsonNode successor = s.path("successor");
        if (!successor.isMissingNode()) {
            notes.add("Successor: " + text(successor, "number") + " (" + text(successor, "date") + ") " + text(successor, "title_vi")
                    + " (" + text(successor, "source") + ").");
        }
        s.path("groups").forEach(g -> {
            String source = text(g, "source");
            if (text(g, "note") != null || (source != null && source.contains("reconstructed"))) {
                notes.add("Group " + text(g, "code") + ": " + (text(g, "note") == null ? "" : text(g, "note") + " ") + "Source: " + source + ".");
            }
        });
        if (ungrouped) {
            notes.add("The source lists the criteria without groups; they are kept in one group ALL until the official table is entered.");
        }
        add(notes, "Modelling advice", text(s, "modelling_advice"));
        add(notes, null, text(s, "note"));
        return join(notes);
    }

    /**
     * The provenance a {@code source} text stands for. Anything after the leading keyword of {@code reconstructed} or
     * {@code not found} is kept as the note.
     */
    static Provenance provenance(String source, String note) {
        if (source == null || source.isBlank()) {
            return null;
        }
        String s = source.trim();
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("reconstructed")) {
            return new Provenance(ProvenanceStatus.RECONSTRUCTED, null, join(List.of(rest(s, "reconstructed"), Objects.toString(note, ""))),
                    null, null, null);
        }
        if (lower.startsWith("not found")) {
            return new Provenance(ProvenanceStatus.NOT_FOUND, null, join(List.of(rest(s, "not found"), Objects.toString(note, ""))),
                    null, null, null);
        }
        return new Provenance(ProvenanceStatus.SOURCED, s, note, null, null, null);
    }

    private static String rest(String source, String keyword) {
        String rest = source.substring(keyword.length()).trim();
        if (rest.startsWith("(") && rest.endsWith(")")) {
            rest = rest.substring(1, rest.length() - 1);
        }
        return rest.replaceFirst("^[:;,—-]\\s*", "");
    }

    private static ProvenanceStatus weakest(ProvenanceStatus a, ProvenanceStatus b) {
        List<ProvenanceStatus> order = List.of(ProvenanceStatus.NOT_FOUND, ProvenanceStatus.RECONSTRUCTED, ProvenanceStatus.SOURCED,
                ProvenanceStatus.VERIFIED);
        return Stream.of(a, b).filter(Objects::nonNull).min(java.util.Comparator.comparingInt(order::indexOf)).orElse(null);
    }

    private static void add(List<String> notes, String label, String text) {
        if (text != null && !text.isBlank()) {
            String line = label == null ? text.trim() : label + ": " + text.trim();
            notes.add(line.matches(".*[.!?)]$") ? line : line + ".");
        }
    }

    private static String join(List<String> parts) {
        String joined = parts.stream().filter(p -> p != null && !p.isBlank()).map(String::trim).collect(Collectors.joining(" "));
        return joined.isEmpty() ? null : joined;
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asText();
    }

    /** The department codes of DESIGN.md §7 for the department names used in the catalogue file. */
    record DepartmentMatch(String code, String note) {

        private static final Map<String, String> KEYWORDS = keywords();

        private static Map<String, String> keywords() {
            Map<String, String> k = new LinkedHashMap<>();
            k.put("xây dựng", "sxd");
            k.put("giao thông", "sgtvt");
            k.put("nông nghiệp", "snn");
            k.put("nn&ptnt", "snn");
            k.put("công thương", "sct");
            k.put("giáo dục", "sgddt");
            k.put("văn hóa", "svhttdl");
            k.put("thông tin", "stttt");
            k.put("lao động", "sldtbxh");
            k.put("y tế", "syt");
            k.put("tài nguyên", "stnmt");
            k.put("nội vụ", "snv");
            k.put("tư pháp", "stp");
            k.put("kế hoạch", "skhdt");
            k.put("tài chính", "stc");
            k.put("công an", "cat");
            k.put("quân sự", "bchqs");
            return k;
        }

        static Optional<String> codeOf(String name) {
            String n = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace("hoá", "hóa");
            return KEYWORDS.entrySet().stream().filter(e -> n.contains(e.getKey())).map(Map.Entry::getValue).findFirst();
        }

        /** One name, or a compound "A / B": the first named department that is in the list, with a note saying so. */
        static DepartmentMatch of(String name) {
            if (name == null) {
                return null;
            }
            String[] parts = name.split("\\s*/\\s*");
            if (parts.length == 1) {
                return codeOf(name).map(code -> new DepartmentMatch(code, null)).orElse(null);
            }
            List<String> named = new ArrayList<>();
            List<String> outside = new ArrayList<>();
            for (String part : parts) {
                codeOf(part).ifPresentOrElse(code -> named.add(part + " (" + code + ")"), () -> outside.add(part));
            }
            if (named.isEmpty()) {
                return null;
            }
            String chosen = named.get(0);
            String code = chosen.substring(chosen.lastIndexOf('(') + 1, chosen.length() - 1);
            StringBuilder note = new StringBuilder("The source names '" + name + "'; a criterion has one responsible department, so the"
                    + " first named that is in the department list is recorded: " + chosen + ".");
            if (named.size() > 1) {
                note.append(" Also named: ").append(String.join(", ", named.subList(1, named.size()))).append('.');
            }
            if (!outside.isEmpty()) {
                note.append(" Not in the department list: ").append(String.join(", ", outside)).append('.');
            }
            return new DepartmentMatch(code, note.toString());
        }
    }

    /** How a threshold reads in a note ("≥ 80%"). */
    static final class ThresholdDocumentText {
        private ThresholdDocumentText() {
        }

        static String of(ThresholdDocument t) {
            return t.toThreshold().map(vn.sonla.ntm.rules.Threshold::describe).orElse(String.valueOf(t.comparator()));
        }
    }
}
