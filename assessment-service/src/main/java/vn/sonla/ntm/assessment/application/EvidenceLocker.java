package vn.sonla.ntm.assessment.application;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.sonla.ntm.assessment.domain.Assessment;
import vn.sonla.ntm.assessment.domain.CriteriaSetSnapshot;
import vn.sonla.ntm.assessment.domain.EvidenceFile;
import vn.sonla.ntm.assessment.domain.EvidencePolicy;
import vn.sonla.ntm.assessment.domain.WorkflowRefusal;
import vn.sonla.ntm.assessment.persistence.Assessments;
import vn.sonla.ntm.assessment.persistence.EvidenceFiles;
import vn.sonla.ntm.common.Problem;
import vn.sonla.ntm.common.ProblemException;

/**
 * Evidence files of indicator values, stored in PostgreSQL with their SHA-256. Uploading and deleting are edits of
 * the assessment (DRAFT or RETURNED only, If-Match on the assessment, which moves its version); downloading is reading it.
 */
@ApplicationScoped
public class EvidenceLocker {

    public record Download(EvidenceFile file, byte[] content) {
    }

    @Inject
    Assessments assessments;

    @Inject
    EvidenceFiles files;

    @Inject
    Snapshots snapshots;

    @Inject
    AssessmentBook book;

    @Inject
    AuditLog audit;

    @Inject
    Access access;

    @Transactional
    public EvidenceFile upload(long assessmentId, String ifMatch, String indicatorCode, String fileName, byte[] content) {
        Assessment a = book.editable(assessmentId, ifMatch);
        CriteriaSetSnapshot snapshot = snapshots.byId(a.snapshotId());
        if (snapshot.document().indicator(indicatorCode).isEmpty()) {
            throw WorkflowRefusal.invalid("indicatorCode", "is not an indicator of " + a.setCode() + " v" + a.setVersion());
        }
        EvidencePolicy.refusalOf(content).ifPresent(why -> {
            if (content != null && content.length > EvidencePolicy.MAX_BYTES) {
                throw new ProblemException(new Problem("/problems/too-large", "File too large", 413, why, null,
                        List.of(new Problem.FieldError("file", why))));
            }
            if (content == null || content.length == 0) {
                throw WorkflowRefusal.invalid("file", why);
            }
            throw new ProblemException(new Problem("/problems/unsupported-file", "File type not accepted", 415, why, null,
                    List.of(new Problem.FieldError("file", why))));
        });
        String mediaType = EvidencePolicy.detectType(content).orElseThrow();
        EvidenceFile file = new EvidenceFile(a.id(), indicatorCode, EvidencePolicy.safeFileName(fileName, mediaType), mediaType,
                content.length, sha256(content), access.name(), Clock.now());
        files.persistAndFlush(file);
        files.storeContent(file.id(), content);
        a.markChanged(access.name(), Clock.now());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("evidenceId", file.id());
        after.put("indicator", indicatorCode);
        after.put("fileName", file.fileName());
        after.put("sha256", file.sha256());
        after.put("bytes", file.sizeBytes());
        audit.record("evidence.upload", "assessment", a.id(), a.unitCode(), null, after, null);
        assessments.flush();
        return file;
    }

    @Transactional
    public void delete(long assessmentId, long evidenceId, String ifMatch) {
        Assessment a = book.editable(assessmentId, ifMatch);
        EvidenceFile file = files.findByIdOptional(evidenceId).filter(f -> f.assessmentId().equals(a.id()))
                .orElseThrow(() -> ProblemException.notFound("No evidence " + evidenceId + " in assessment " + assessmentId));
        files.deleteWithContent(file);
        a.markChanged(access.name(), Clock.now());
        audit.record("evidence.delete", "assessment", a.id(), a.unitCode(),
                Map.of("evidenceId", file.id(), "fileName", file.fileName(), "sha256", file.sha256()), null, null);
        assessments.flush();
    }

    @Transactional
    public Download download(long assessmentId, long evidenceId) {
        Assessment a = book.read(assessmentId);
        EvidenceFile file = files.findByIdOptional(evidenceId).filter(f -> f.assessmentId().equals(a.id()))
                .orElseThrow(() -> ProblemException.notFound("No evidence " + evidenceId + " in assessment " + assessmentId));
        return new Download(file, files.content(file.id()).orElseThrow());
    }

    @Transactional
    public List<EvidenceFile> of(long assessmentId) {
        return files.ofAssessment(assessmentId);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
