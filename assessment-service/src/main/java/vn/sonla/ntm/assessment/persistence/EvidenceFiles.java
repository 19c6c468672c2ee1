package vn.sonla.ntm.assessment.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import vn.sonla.ntm.assessment.domain.EvidenceFile;

/** Evidence metadata, and its bytes in a separate table so that listing never loads them. */
@ApplicationScoped
public class EvidenceFiles implements PanacheRepository<EvidenceFile> {

    public List<EvidenceFile> ofAssessment(long assessmentId) {
        return list("assessmentId = ?1 order by indicatorCode, id", assessmentId);
    }

    public void storeContent(long evidenceId, byte[] content) {
        getEntityManager().createNativeQuery("insert into evidence_content (evidence_id, content) values (?1, ?2)")
                .setParameter(1, evidenceId).setParameter(2, content).executeUpdate();
    }

    public Optional<byte[]> content(long evidenceId) {
        List<?> rows = getEntityManager().createNativeQuery("select content from evidence_content where evidence_id = ?1")
                .setParameter(1, evidenceId).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of((byte[]) rows.get(0));
    }

    public void deleteWithContent(EvidenceFile file) {
        getEntityManager().createNativeQuery("delete from evidence_content where evidence_id = ?1")
                .setParameter(1, file.id()).executeUpdate();
        delete(file);
    }
}
