package vn.sonla.ntm.criteria.domain;

/** Life of a criteria-set version: edited as a draft, published once (then immutable), retired when superseded. */
public enum SetStatus {
    DRAFT,
    PUBLISHED,
    RETIRED
}
