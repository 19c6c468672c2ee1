package vn.sonla.ntm.criteria.application;

import java.util.List;

/** A criteria set as lists show it: names and level of its latest visible version, and every visible version. */
public record SetSummary(String code, String nameVi, String nameEn, String level, List<VersionSummary> versions,
                         Integer latestPublishedVersion) {

    public record VersionSummary(int version, String status, String period, String legalBasisNumber) {
    }
}
