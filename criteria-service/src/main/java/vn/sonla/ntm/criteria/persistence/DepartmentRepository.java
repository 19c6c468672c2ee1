package vn.sonla.ntm.criteria.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

import vn.sonla.ntm.criteria.domain.Department;

@ApplicationScoped
public class DepartmentRepository implements PanacheRepository<Department> {

    public Optional<Department> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public Optional<Department> findByCodeForUpdate(String code) {
        return find("code", code).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public Map<String, Department> allByCode() {
        return listAll().stream().collect(Collectors.toMap(Department::code, Function.identity()));
    }

    /** Departments valid on that day, or all of them (open and closed) when {@code day} is null. */
    public List<Department> validOn(LocalDate day) {
        if (day == null) {
            return listAll(Sort.by("code"));
        }
        return list("validFrom <= ?1 and (validTo is null or validTo >= ?1)", Sort.by("code"), day);
    }
}
