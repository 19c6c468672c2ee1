package vn.sonla.ntm.assessment.domain;

/** Tier of an administrative unit: tỉnh, huyện/thành phố/thị xã, xã/phường/thị trấn. */
public enum UnitLevel {
    PROVINCE,
    DISTRICT,
    COMMUNE
}
