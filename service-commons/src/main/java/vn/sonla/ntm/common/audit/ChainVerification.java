package vn.sonla.ntm.common.audit;

/**
 * Result of recomputing the audit chain: how many entries were checked and, when broken, the first entry whose
 * stored hash does not match its content and predecessor.
 */
public record ChainVerification(boolean intact, long entriesChecked, Long firstBrokenSeq, String detail) {
}
