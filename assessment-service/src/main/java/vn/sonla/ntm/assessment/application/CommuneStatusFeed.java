package vn.sonla.ntm.assessment.application;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.sonla.ntm.assessment.persistence.CommuneStatusTable;
import vn.sonla.ntm.common.Page;
import vn.sonla.ntm.common.PageRequest;
import vn.sonla.ntm.common.ProblemException;

/** Reads the published commune status (public to every staff role and external systems). */
@ApplicationScoped
public class CommuneStatusFeed {

    @Inject
    CommuneStatusTable table;

    @Transactional
    public Page<CommuneStatusTable.Row> page(OffsetDateTime since, PageRequest request) {
        return Page.of(table.page(since, request.offset(), request.size()), request, table.count(since));
    }

    @Transactional
    public CommuneStatusTable.Row current(String code) {
        return table.current(code).orElseThrow(() -> ProblemException.notFound("No commune-level unit " + code));
    }
}
