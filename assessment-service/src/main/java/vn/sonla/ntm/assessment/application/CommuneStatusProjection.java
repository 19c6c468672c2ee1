package vn.sonla.ntm.assessment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.sonla.ntm.assessment.persistence.CommuneStatusTable;

/** Keeps the published commune status in step with recognitions, pilots and appraised assessments, in their transaction. */
@ApplicationScoped
public class CommuneStatusProjection {

    @Inject
    CommuneStatusTable table;

    @Transactional(Transactional.TxType.MANDATORY)
    public void unitChanged(long unitId) {
        table.refresh(unitId);
    }

    @Transactional
    public int rebuild() {
        return table.refreshAll();
    }
}
