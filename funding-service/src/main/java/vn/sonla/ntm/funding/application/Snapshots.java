package vn.sonla.ntm.funding.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.sonla.ntm.funding.domain.Allocation;
import vn.sonla.ntm.funding.domain.CapitalPlan;
import vn.sonla.ntm.funding.domain.FundingSource;
import vn.sonla.ntm.funding.domain.InfrastructureGuidance;
import vn.sonla.ntm.funding.domain.LedgerTransaction;
import vn.sonla.ntm.funding.domain.PlanLine;
import vn.sonla.ntm.funding.domain.Valuation;

/** The before/after states written to the audit log. */
final class Snapshots {

    private Snapshots() {
    }

    static Map<String, Object> of(CapitalPlan p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("year", p.year());
        m.put("unitCode", p.unit().code());
        m.put("unitName", p.unit().name());
        m.put("unitDate", p.unit().date());
        m.put("revisionNo", p.revisionNo());
        m.put("revisionOf", p.revisionOfId());
        m.put("status", p.status());
        m.put("title", p.title());
        m.put("note", p.note());
        if (p.decision() != null) {
            m.put("decision", Map.of("number", p.decision().number(), "date", p.decision().date(), "issuer",
                    p.decision().issuer()));
        }
        m.put("supersededBy", p.supersededById());
        m.put("version", p.version());
        List<Map<String, Object>> lines = new ArrayList<>();
        for (PlanLine l : p.lines()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("lineNo", l.lineNo());
            line.put("sourceCode", l.sourceCode());
            line.put("fieldCode", l.fieldCode());
            line.put("criterionCode", l.criterionCode());
            line.put("amount", l.amount());
            line.put("valuation", of(l.valuation()));
            line.put("note", l.note());
            lines.add(line);
        }
        m.put("lines", lines);
        m.put("total", p.total());
        return m;
    }

    static Map<String, Object> of(Allocation a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("planLineId", a.planLineId());
        m.put("reverses", a.reversesId());
        m.put("year", a.year());
        m.put("sourceCode", a.sourceCode());
        m.put("fieldCode", a.fieldCode());
        m.put("recipientCode", a.recipientCode());
        m.put("recipientName", a.recipientName());
        m.put("amount", a.amount());
        m.put("date", a.entryDate());
        m.put("documentRef", a.documentRef());
        m.put("note", a.note());
        return m;
    }

    static Map<String, Object> of(LedgerTransaction t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("allocationId", t.allocationId());
        m.put("type", t.type());
        m.put("reverses", t.reversesId());
        m.put("amount", t.amount());
        m.put("date", t.entryDate());
        m.put("documentRef", t.documentRef());
        m.put("overDisbursement", t.overDisbursement());
        m.put("justification", t.justification());
        m.put("valuation", of(t.valuation()));
        m.put("note", t.note());
        return m;
    }

    static Map<String, Object> of(FundingSource s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", s.code());
        m.put("nameVi", s.nameVi());
        m.put("nameEn", s.nameEn());
        m.put("kind", s.kind());
        m.put("valuation", s.valuation());
        m.put("validFrom", s.validFrom());
        m.put("validTo", s.validTo());
        m.put("version", s.version());
        return m;
    }

    static Map<String, Object> of(InfrastructureGuidance g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("maxSharePercent", g.maxSharePercent());
        m.put("decisionRef", g.decisionRef());
        m.put("version", g.version());
        return m;
    }

    private static Map<String, Object> of(Valuation v) {
        if (v == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("quantity", v.quantity());
        m.put("unit", v.unit());
        m.put("unitValue", v.unitValue());
        m.put("basis", v.basis());
        return m;
    }
}
