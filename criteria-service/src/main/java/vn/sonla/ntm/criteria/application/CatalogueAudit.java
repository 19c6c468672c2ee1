package vn.sonla.ntm.criteria.application;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.sonla.ntm.common.Page;
import vn.sonla.ntm.common.PageRequest;
import vn.sonla.ntm.common.audit.AuditEntryView;
import vn.sonla.ntm.common.audit.AuditRecord;
import vn.sonla.ntm.common.audit.AuditTrail;
import vn.sonla.ntm.common.audit.ChainVerification;
import vn.sonla.ntm.criteria.domain.CriteriaSetVersion;
import vn.sonla.ntm.criteria.domain.Department;
import vn.sonla.ntm.criteria.persistence.AuditLogRepository;

/**
 * The catalogue's entries in the service's append-only, hash-chained audit log (service-commons {@link AuditTrail}).
 * Recording joins the caller's transaction (MANDATORY): an entry commits with its change or not at all.
 */
@ApplicationScoped
public class CatalogueAudit {

    public static final String SET_VERSION = "criteria-set-version";
    public static final String DEPARTMENT = "department";

    @Inject
    EntityManager em;

    @Inject
    AuditLogRepository log;

    @Transactional(Transactional.TxType.MANDATORY)
    public long record(String actor, String action, String entityType, String entityId, Object before, Object after, String reason) {
        return AuditTrail.append(em, new AuditRecord(actor, action, entityType, entityId, null, before, after, reason));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public long recordVersion(String actor, String action, Map<String, Object> before, CriteriaSetVersion after, String reason) {
        return record(actor, action, SET_VERSION, keyOf(after), before, stateOf(after), reason);
    }

    public static String keyOf(CriteriaSetVersion v) {
        return v.code() + "/" + v.number();
    }

    /** What an entry keeps of a version: enough to tell what happened, not the whole content. */
    public static Map<String, Object> stateOf(CriteriaSetVersion v) {
        var doc = v.toDocument();
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", v.status().name());
        state.put("revision", v.revision());
        state.put("nameVi", v.nameVi());
        state.put("groups", doc.groups().size());
        state.put("criteria", doc.criteria().count());
        state.put("indicators", doc.indicators().count());
        if (doc.derivedFrom() != null) {
            state.put("derivedFrom", doc.derivedFrom().toString());
        }
        return state;
    }

    public static Map<String, Object> stateOf(Department d) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", d.code());
        state.put("nameVi", d.nameVi());
        state.put("nameEn", d.nameEn());
        state.put("validFrom", d.validFrom());
        state.put("validTo", d.validTo());
        state.put("revision", d.revision());
        return state;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditEntryView> list(String entityType, String entityId, PageRequest page) {
        return log.page(entityType, entityId, page);
    }

    /** Recomputes every hash from the stored rows, in order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ChainVerification verify() {
        return AuditTrail.verify(em);
    }
}
