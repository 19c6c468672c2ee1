package vn.sonla.ntm.assessment.application;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.sonla.ntm.common.Caller;
import vn.sonla.ntm.common.audit.AuditEntryView;
import vn.sonla.ntm.common.audit.AuditRecord;
import vn.sonla.ntm.common.audit.AuditTrail;
import vn.sonla.ntm.common.audit.ChainVerification;

/**
 * This service's audit log: every state change calls {@link #record} inside its own transaction, so the change and
 * its entry commit together or not at all.
 */
@ApplicationScoped
public class AuditLog {

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    /** Records a change made by the current caller. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long record(String action, String entityType, Object entityId, String unitCode, Object before, Object after,
                       String reason) {
        return AuditTrail.append(em, new AuditRecord(caller.name(), action, entityType, String.valueOf(entityId), unitCode,
                before, after, reason));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public long record(AuditRecord record) {
        return AuditTrail.append(em, record);
    }

    /** Records many changes of one batch, chained in order, with one lock of the chain head (AuditTrail.appendAll). */
    @Transactional(Transactional.TxType.MANDATORY)
    public long recordAll(List<AuditRecord> records) {
        return AuditTrail.appendAll(em, records);
    }

    @Transactional
    public List<AuditEntryView> forEntity(String entityType, String entityId) {
        return AuditTrail.forEntity(em, entityType, entityId);
    }

    @Transactional
    public List<AuditEntryView> forUnit(String unitCode) {
        return AuditTrail.forUnit(em, unitCode);
    }

    @Transactional
    public ChainVerification verify() {
        return AuditTrail.verify(em);
    }
}
