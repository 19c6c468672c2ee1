package vn.sonla.ntm.common.audit;

import java.time.OffsetDateTime;

/** An audit entry as read back: what {@code GET .../audit} answers. Before/after are canonical JSON text. */
public record AuditEntryView(long seq, OffsetDateTime at, String actor, String action, String entityType,
                             String entityId, String unitCode, String before, String after, String reason,
                             String previousHash, String hash) {
}
