package vn.sonla.ntm.criteria.application;

import java.time.LocalDate;

import vn.sonla.ntm.criteria.domain.Department;

/** A department as the API shows it; {@code revision} is its ETag. */
public record DepartmentView(String code, String nameVi, String nameEn, LocalDate validFrom, LocalDate validTo, long revision) {

    static DepartmentView of(Department d) {
        return new DepartmentView(d.code(), d.nameVi(), d.nameEn(), d.validFrom(), d.validTo(), d.revision());
    }
}
