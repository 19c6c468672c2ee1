package vn.sonla.ntm.funding.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.sonla.ntm.funding.domain.FundingSource;

/** The funding-source catalogue. */
@ApplicationScoped
public class FundingSources implements PanacheRepositoryBase<FundingSource, String> {

    public List<FundingSource> inOrder() {
        return list("order by sortOrder, code");
    }
}
