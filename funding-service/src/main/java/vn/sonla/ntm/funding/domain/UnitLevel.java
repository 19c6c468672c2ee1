package vn.sonla.ntm.funding.domain;

/** Tier of an administrative unit as assessment-service reports it. */
public enum UnitLevel {
    PROVINCE,
    DISTRICT,
    COMMUNE
}
