package vn.sonla.ntm.common.audit;

/**
 * One state change to be audited: who did what to which thing, optionally the unit it concerns (for per-unit audit
 * views), the state before and after (any JSON-serialisable value) and the reason given.
 */
public record AuditRecord(String actor, String action, String entityType, String entityId, String unitCode,
                          Object before, Object after, String reason) {

    public static AuditRecord of(String actor, String action, String entityType, Object entityId) {
        return new AuditRecord(actor, action, entityType, String.valueOf(entityId), null, null, null, null);
    }

    public AuditRecord unit(String unitCode) {
        return new AuditRecord(actor, action, entityType, entityId, unitCode, before, after, reason);
    }

    public AuditRecord change(Object before, Object after) {
        return new AuditRecord(actor, action, entityType, entityId, unitCode, before, after, reason);
    }

    public AuditRecord reason(String reason) {
        return new AuditRecord(actor, action, entityType, entityId, unitCode, before, after, reason);
    }
}
