package vn.sonla.ntm.funding.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.sonla.ntm.funding.domain.SpendingField;

/** The fields of spending. */
@ApplicationScoped
public class SpendingFields implements PanacheRepositoryBase<SpendingField, String> {

    public List<SpendingField> inOrder() {
        return list("order by sortOrder, code");
    }
}
