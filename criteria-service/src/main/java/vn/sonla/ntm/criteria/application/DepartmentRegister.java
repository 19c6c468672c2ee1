package vn.sonla.ntm.criteria.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.sonla.ntm.common.ProblemException;
import vn.sonla.ntm.common.Versions;
import vn.sonla.ntm.criteria.domain.Department;
import vn.sonla.ntm.criteria.persistence.DepartmentRepository;

/** The effective-dated list of departments that may own criteria; the coordinator adds, renames and closes them. */
@ApplicationScoped
@Transactional
public class DepartmentRegister {

    @Inject
    DepartmentRepository departments;

    @Inject
    CatalogueAccess access;

    @Inject
    CatalogueAudit audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DepartmentView> validOn(LocalDate day) {
        access.requireReader();
        return departments.validOn(day).stream().map(DepartmentView::of).toList();
    }

    public DepartmentView add(DepartmentChange change) {
        access.requireCoordinator();
        if (change.code() == null || change.code().isBlank()) {
            throw ProblemException.invalidField("code", "must not be blank");
        }
        period(change);
        if (departments.findByCode(change.code()).isPresent()) {
            throw ProblemException.conflict("Department " + change.code() + " exists; change it with PUT /api/v1/departments/" + change.code());
        }
        Department department = new Department(change.code(), change.nameVi(), change.nameEn(), change.validFrom(), change.validTo());
        departments.persist(department);
        departments.flush();
        audit.record(access.actor(), "DEPARTMENT_ADD", CatalogueAudit.DEPARTMENT, department.code(), null, CatalogueAudit.stateOf(department), null);
        return DepartmentView.of(department);
    }

    public DepartmentView amend(String code, String ifMatch, DepartmentChange change) {
        access.requireCoordinator();
        if (change.code() != null && !change.code().equals(code)) {
            throw ProblemException.invalidField("code", "must be " + code + " (the department in the path) or absent");
        }
        period(change);
        Department department = departments.findByCodeForUpdate(code)
                .orElseThrow(() -> ProblemException.notFound("No department " + code));
        Versions.requireMatch(ifMatch, department.revision());
        Map<String, Object> before = CatalogueAudit.stateOf(department);
        department.amend(change.nameVi(), change.nameEn(), change.validFrom(), change.validTo());
        departments.flush();
        audit.record(access.actor(), "DEPARTMENT_AMEND", CatalogueAudit.DEPARTMENT, code, before, CatalogueAudit.stateOf(department), null);
        return DepartmentView.of(department);
    }

    private static void period(DepartmentChange change) {
        if (change.validTo() != null && change.validFrom() != null && change.validTo().isBefore(change.validFrom())) {
            throw ProblemException.invalidField("validTo", "must not be before validFrom");
        }
    }
}
