package vn.sonla.ntm.funding.domain;

/** Whether money comes from a state budget (ngân sách) or is mobilised from others (huy động). */
public enum SourceKind {
    BUDGET,
    MOBILISED
}
