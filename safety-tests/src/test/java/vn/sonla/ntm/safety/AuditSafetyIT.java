package vn.sonla.ntm.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;

import vn.sonla.ntm.safety.Fixtures.Fixture;
import vn.sonla.ntm.safety.Stack.Service;

/**
 * The audit trail after a scripted day of work through the gateway, as the officials would do it: the coordination
 * office publishes a criteria set and adds a department; Mai Sơn enters and submits Chiềng Ban's assessment with its
 * evidence, two departments appraise it, the office recognises it; the commune reports an obstacle that the office
 * answers and closes; the district drafts a capital plan, finance approves it, allocates and disburses, a voucher is
 * reversed; refused requests (stale ETags, wrong roles, bad input) are mixed in. Every accepted change adds exactly one
 * entry to its service's chain, naming the record it changed; every refused one adds none; each chain verifies. Then an
 * entry written that day is altered in the database (the append-only trigger switched off, as someone with database
 * access could): verification must name that entry; restored, the chain verifies again.
 */
@Order(4)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditSafetyIT {

    private static final Map<Service, Long> DAY_START = new java.util.EnumMap<>(Service.class);
    private static final Map<Service, Long> DAY_ENTRIES = new java.util.EnumMap<>(Service.class);

    /** One step of the day. */
    private record Step(String what, Service service, String user, String method, String path, Object body, String ifMatch,
                        int expected, String entity) {
    }

    private final List<String> failures = new ArrayList<>();

    @Test
    @Order(1)
    void aDayOfWorkLeavesExactlyOneEntryPerChangeAndChainsThatVerify() {
        for (Service s : List.of(Service.CRITERIA, Service.ASSESSMENT, Service.FUNDING)) {
            DAY_START.put(s, Db.auditHead(s));
        }
        // the coordination office: a criteria set for the year, a department
        Fixture set = Fixtures.newSetCode();
        String code = set.str("code");
        String version = "/api/v1/criteria-sets/" + code + "/versions/1";
        Http.Reply imported = step(new Step("import a criteria set", Service.CRITERIA, "coordinator", "POST", "/api/v1/criteria-sets/import",
                set.get("document"), null, 201, code));
        String etag = imported.etag();
        step(new Step("a stale edit of an indicator is refused", Service.CRITERIA, "coordinator", "PUT", version + "/indicators/2.1",
                indicator(60), "\"999\"", 412, null));
        etag = step(new Step("edit an indicator", Service.CRITERIA, "coordinator", "PUT", version + "/indicators/2.1", indicator(60), etag, 200,
                code)).etag();
        step(new Step("an observer cannot publish", Service.CRITERIA, "observer", "POST", version + "/publish", null, etag, 403, null));
        step(new Step("publish the set", Service.CRITERIA, "coordinator", "POST", version + "/publish", null, etag, 200, code));
        String dept = "kt" + Fixtures.unique();
        step(new Step("add a department", Service.CRITERIA, "coordinator", "POST", "/api/v1/departments",
                Map.of("code", dept, "nameVi", "Sở kiểm thử nhật ký", "validFrom", "2020-01-01"), null, 201, dept));

        // Mai Sơn enters Chiềng Ban's assessment
        int year = 2020;
        Http.Reply opened = step(new Step("open an assessment", Service.ASSESSMENT, "district-125", "POST", "/api/v1/assessments",
                Map.of("unitCode", Fixtures.COMMUNE, "year", year, "criteriaSetCode", code, "criteriaSetVersion", 1), null, 201, null));
        String id = opened.json().path("id").asText();
        String a = "/api/v1/assessments/" + id;
        step(new Step("another district cannot edit it", Service.ASSESSMENT, "district-116", "PUT", a, Fixtures.valuesMeetingEveryThreshold(),
                opened.etag(), 403, null));
        etag = step(new Step("enter the values", Service.ASSESSMENT, "commune-04120", "PUT", a, Fixtures.valuesMeetingEveryThreshold(),
                opened.etag(), 200, id)).etag();
        step(new Step("a value of the wrong type is refused", Service.ASSESSMENT, "commune-04120", "PUT", a + "/values/2.1",
                Map.of("value", "tám mươi"), etag, 400, null));
        long beforeEvidence = Db.auditHead(Service.ASSESSMENT);
        Http.Reply evidence = Fixtures.as("district-125", Service.GATEWAY, "POST", a + "/values/1.1/evidence?fileName=bien-ban.pdf")
                .header("If-Match", etag).body(Fixtures.PDF, "application/pdf").send();
        record(new Step("attach evidence", Service.ASSESSMENT, "district-125", "POST", a + "/values/1.1/evidence", null, etag, 201, id),
                evidence, beforeEvidence);
        etag = Fixtures.send("coordinator", Service.ASSESSMENT, "GET", a, null, null).expect(200).etag();
        etag = step(new Step("submit", Service.ASSESSMENT, "district-125", "POST", a + "/submit", null, etag, 200, id)).etag();
        step(new Step("the other department cannot judge criterion 1", Service.ASSESSMENT, "appraiser-syt", "POST", a + "/appraisals",
                Map.of("criterionCode", "1", "verdict", "AGREE"), null, 403, null));
        step(new Step("appraise criterion 1", Service.ASSESSMENT, "appraiser-sgtvt", "POST", a + "/appraisals",
                Map.of("criterionCode", "1", "verdict", "AGREE"), null, 200, id));
        etag = step(new Step("appraise criterion 2", Service.ASSESSMENT, "appraiser-syt", "POST", a + "/appraisals",
                Map.of("criterionCode", "2", "verdict", "AGREE"), null, 200, id)).etag();
        step(new Step("recognise", Service.ASSESSMENT, "coordinator", "POST", a + "/recognise", Map.of("decisionNumber",
                "NK-" + Fixtures.unique() + "/QĐ-UBND", "decisionDate", year + "-12-20", "issuingBody", "UBND tỉnh Sơn La"), etag, 200, id));
        Http.Reply obstacle = step(new Step("report an obstacle", Service.ASSESSMENT, "commune-04120", "POST", "/api/v1/obstacles",
                Map.of("unitCode", Fixtures.COMMUNE, "title", "Thiếu vốn đối ứng " + Fixtures.unique(), "description", "Nhật ký kiểm thử"), null,
                201, null));
        String o = "/api/v1/obstacles/" + obstacle.json().path("id").asText();
        etag = step(new Step("answer it", Service.ASSESSMENT, "coordinator", "POST", o + "/answer", Map.of("answer", "Đã bố trí vốn"),
                obstacle.etag(), 200, obstacle.json().path("id").asText())).etag();
        step(new Step("close it", Service.ASSESSMENT, "coordinator", "POST", o + "/close", null, etag, 200, obstacle.json().path("id").asText()));

        // the district's capital plan, approved, allocated, disbursed
        Fixture slot = Fixtures.capitalPlanSlot(false);
        Http.Reply plan = step(new Step("draft a capital plan", Service.FUNDING, "district-125", "POST", "/api/v1/capital-plans",
                Map.of("year", slot.get("year"), "unitCode", slot.str("unitCode"), "title", "Kế hoạch vốn nhật ký " + Fixtures.unique(),
                        "lines", List.of(Map.of("sourceCode", "NS_TINH", "fieldCode", "SAN_XUAT", "amount", 2_000_000_000L))), null, 201, null));
        String pid = plan.json().path("id").asText();
        String p = "/api/v1/capital-plans/" + pid;
        etag = step(new Step("revise the draft", Service.FUNDING, "district-125", "PUT", p, Map.of("title", "Kế hoạch vốn nhật ký (sửa)",
                "lines", List.of(Map.of("sourceCode", "NS_TINH", "fieldCode", "SAN_XUAT", "amount", 2_500_000_000L))), plan.etag(), 200, pid)).etag();
        step(new Step("a district cannot approve", Service.FUNDING, "district-125", "POST", p + "/approve", approval(slot), etag, 403, null));
        Http.Reply approved = step(new Step("approve", Service.FUNDING, "finance", "POST", p + "/approve", approval(slot), etag, 200, pid));
        String line = approved.json().path("lines").path(0).path("id").asText();
        Http.Reply allocation = step(new Step("allocate", Service.FUNDING, "finance", "POST", p + "/lines/" + line + "/allocations",
                Map.of("recipientCode", slot.str("unitCode"), "amount", 800_000_000L, "date", slot.get("year") + "-04-01", "documentRef",
                        "PB-" + Fixtures.unique()), null, 201, null));
        String al = "/api/v1/allocations/" + allocation.json().path("id").asText();
        step(new Step("a negative disbursement is refused", Service.FUNDING, "finance", "POST", al + "/transactions",
                Map.of("type", "DISBURSEMENT", "amount", -5, "date", slot.get("year") + "-05-01", "documentRef", "GN-x"), null, 400, null));
        Http.Reply tx = step(new Step("disburse", Service.FUNDING, "district-125", "POST", al + "/transactions",
                Map.of("type", "DISBURSEMENT", "amount", 300_000_000L, "date", slot.get("year") + "-05-01", "documentRef", "GN-" + Fixtures.unique()),
                null, 201, null));
        // the reversal's entry is about the voucher it reverses
        step(new Step("reverse the voucher", Service.FUNDING, "finance", "POST", "/api/v1/transactions/" + tx.json().path("id").asText()
                + "/reversal", Map.of("date", slot.get("year") + "-05-02", "reason", "Sai chứng từ"), null, 201, tx.json().path("id").asText()));

        for (Service s : List.of(Service.CRITERIA, Service.ASSESSMENT, Service.FUNDING)) {
            long entries = Db.auditHead(s) - DAY_START.get(s);
            DAY_ENTRIES.put(s, entries);
            JsonNode verified = Fixtures.send("coordinator", s, "GET", "/api/v1/audit/verify", null, null).expect(200).json();
            if (!verified.path("intact").asBoolean()) {
                failures.add(s.component() + ": the chain does not verify after the day: " + verified);
            }
            if (verified.path("entriesChecked").asLong() != Db.auditHead(s)) {
                failures.add(s.component() + ": verification checked " + verified.path("entriesChecked") + " entries of " + Db.auditHead(s));
            }
            Report.add("audit: entries written by the scripted day (" + s.component() + ")", entries);
        }
        assertThat(failures).as("the day's audit").isEmpty();
    }

    private static Map<String, Object> indicator(int threshold) {
        return Map.of("code", "2.1", "nameVi", "Tỷ lệ bảo hiểm y tế (sửa)", "kind", "PERCENT", "unit", "%",
                "thresholds", List.of(Map.of("comparator", ">=", "value", threshold)));
    }

    private static Map<String, Object> approval(Fixture slot) {
        return Map.of("decisionNumber", "KHV-" + Fixtures.unique() + "/QĐ-UBND", "decisionDate", slot.get("year") + "-02-01",
                "issuer", "UBND tỉnh Sơn La");
    }

    /** A step through the gateway, the service's audit head compared before and after. */
    private Http.Reply step(Step s) {
        long before = Db.auditHead(s.service());
        Http.Call call = Fixtures.as(s.user(), Service.GATEWAY, s.method(), s.path());
        if (s.body() != null) {
            call.json(s.body());
        } else if (!s.method().equals("GET")) {
            call.body(new byte[0], "application/json");
        }
        call.header("If-Match", s.ifMatch());
        return record(s, call.send(), before);
    }

    private Http.Reply record(Step s, Http.Reply r, long before) {
        long after = Db.auditHead(s.service());
        Report.inc("audit: requests of the scripted day");
        if (r.status() != s.expected()) {
            throw new AssertionError(s.what() + ": expected " + s.expected() + ", got " + r);
        }
        long added = after - before;
        if (r.is2xx()) {
            Report.inc("audit: state changes of the scripted day");
            if (added != 1) {
                failures.add(s.what() + ": " + added + " audit entries (expected exactly one)");
            } else {
                String[] entry = entry(s.service(), after);
                String expectedEntity = s.entity() != null ? s.entity() : r.json().path("id").asText();
                if (!entry[1].contains(expectedEntity)) {
                    failures.add(s.what() + ": the entry " + after + " names " + entry[0] + " " + entry[1] + ", not " + expectedEntity);
                }
                if (!entry[2].equals(actorOf(s.user()))) {
                    Report.line("audit: " + s.what() + " recorded actor " + entry[2] + " for " + s.user());
                }
            }
        } else if (added != 0) {
            failures.add(s.what() + ": refused with " + r.status() + " but " + added + " audit entries were written");
        } else {
            Report.inc("audit: refused requests of the scripted day that wrote no entry");
        }
        return r;
    }

    private static String actorOf(String user) {
        return user;
    }

    /** entity type, entity id, actor of an entry. */
    private static String[] entry(Service s, long seq) {
        try (PreparedStatement st = Db.connection(s).prepareStatement("select entity_type, entity_id, actor from audit_entry where seq = ?")) {
            st.setLong(1, seq);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return new String[] {"?", "?", "?"};
                }
                return new String[] {rs.getString(1), rs.getString(2), rs.getString(3)};
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    @Order(2)
    void anEntryAlteredInTheDatabaseIsFoundByVerificationAndTheRestoredChainVerifies() throws SQLException {
        List<String> problems = new ArrayList<>();
        for (Service s : List.of(Service.CRITERIA, Service.ASSESSMENT, Service.FUNDING)) {
            long head = Db.auditHead(s);
            long seq = DAY_START.getOrDefault(s, head - 1) + Math.max(1, DAY_ENTRIES.getOrDefault(s, 1L) / 2);
            Connection c = Db.connection(s);
            String original;
            try (PreparedStatement st = c.prepareStatement("select reason from audit_entry where seq = ?")) {
                st.setLong(1, seq);
                try (ResultSet rs = st.executeQuery()) {
                    assertThat(rs.next()).as("entry %d of %s", seq, s.component()).isTrue();
                    original = rs.getString(1);
                }
            }
            try {
                alter(c, seq, (original == null ? "" : original) + " (sửa lén)");
                JsonNode broken = Fixtures.send("coordinator", s, "GET", "/api/v1/audit/verify", null, null).expect(200).json();
                Report.inc("audit: tampered entries injected");
                if (broken.path("intact").asBoolean() || broken.path("firstBrokenSeq").asLong() != seq) {
                    problems.add(s.component() + ": entry " + seq + " altered, verification said " + broken);
                } else {
                    Report.inc("audit: tampered entries detected");
                }
            } finally {
                alter(c, seq, original);
            }
            JsonNode restored = Fixtures.send("coordinator", s, "GET", "/api/v1/audit/verify", null, null).expect(200).json();
            if (!restored.path("intact").asBoolean()) {
                problems.add(s.component() + ": restored, the chain still does not verify: " + restored);
            }
        }
        assertThat(problems).isEmpty();
    }

    /** What someone with the service's database password could do: switch the append-only trigger off and rewrite. */
    private static void alter(Connection c, long seq, String reason) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement(); PreparedStatement up = c.prepareStatement("update audit_entry set reason = ? where seq = ?")) {
            st.execute("alter table audit_entry disable trigger audit_entry_append_only");
            up.setString(1, reason);
            up.setLong(2, seq);
            assertThat(up.executeUpdate()).isEqualTo(1);
            st.execute("alter table audit_entry enable trigger audit_entry_append_only");
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }
}
