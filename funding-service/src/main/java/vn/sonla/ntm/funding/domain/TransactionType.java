package vn.sonla.ntm.funding.domain;

/** What a ledger transaction records against an allocation: cam kết, giải ngân, chi. */
public enum TransactionType {
    COMMITMENT,
    DISBURSEMENT,
    EXPENDITURE
}
