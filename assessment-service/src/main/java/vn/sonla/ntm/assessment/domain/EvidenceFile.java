package vn.sonla.ntm.assessment.domain;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A file proving an indicator value (its bytes are stored apart, in evidence_content). */
@Entity
@Table(name = "evidence_file")
public class EvidenceFile {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_file_seq")
    @SequenceGenerator(name = "evidence_file_seq", sequenceName = "evidence_file_seq", allocationSize = 50)
    private Long id;

    @Column(name = "assessment_id", nullable = false)
    private Long assessmentId;

    @Column(name = "indicator_code", nullable = false)
    private String indicatorCode;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private OffsetDateTime uploadedAt;

    protected EvidenceFile() {
        // for Hibernate
    }

    public EvidenceFile(Long assessmentId, String indicatorCode, String fileName, String mediaType, long sizeBytes, String sha256,
                        String uploadedBy, OffsetDateTime uploadedAt) {
        this.assessmentId = assessmentId;
        this.indicatorCode = indicatorCode;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long id() { return id; }
    public Long assessmentId() { return assessmentId; }
    public String indicatorCode() { return indicatorCode; }
    public String fileName() { return fileName; }
    public String mediaType() { return mediaType; }
    public long sizeBytes() { return sizeBytes; }
    public String sha256() { return sha256; }
    public String uploadedBy() { return uploadedBy; }
    public OffsetDateTime uploadedAt() { return uploadedAt; }
}
