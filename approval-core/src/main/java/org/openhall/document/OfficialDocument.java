package org.openhall.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** 文书: one issued notice or decision of a case; the sealed PDF is stored under {@link #pdfSha256()}. */
@Entity
@Table(name = "official_document")
public class OfficialDocument {

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "case_number", nullable = false, length = 32)
  private String caseNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private DocumentKind kind;

  /** The timeline row that caused the document; 1 for kinds a case has once. */
  @Column(name = "sequence_number", nullable = false)
  private int sequence;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "issued_on", nullable = false)
  private LocalDate issuedOn;

  @Column(name = "verification_code", nullable = false, length = 40)
  private String verificationCode;

  @Column(name = "department_code", nullable = false, length = 32)
  private String departmentCode;

  @Column(name = "department_name", nullable = false, length = 100)
  private String departmentName;

  @Column(name = "pdf_sha256", nullable = false, length = 64)
  private String pdfSha256;

  protected OfficialDocument() {
  }

  OfficialDocument(String caseNumber, DocumentKind kind, int sequence, String title, Instant issuedAt,
      LocalDate issuedOn, String verificationCode, String departmentCode, String departmentName,
      String pdfSha256) {
    this.id = UUID.randomUUID().toString();
    this.caseNumber = caseNumber;
    this.kind = kind;
    this.sequence = sequence;
    this.title = title;
    this.issuedAt = issuedAt;
    this.issuedOn = issuedOn;
    this.verificationCode = verificationCode;
    this.departmentCode = departmentCode;
    this.departmentName = departmentName;
    this.pdfSha256 = pdfSha256;
  }

  public String id() {
    return id;
  }

  public String caseNumber() {
    return caseNumber;
  }

  public DocumentKind kind() {
    return kind;
  }

  public int sequence() {
    return sequence;
  }

  public String title() {
    return title;
  }

  public Instant issuedAt() {
    return issuedAt;
  }

  public LocalDate issuedOn() {
    return issuedOn;
  }

  public String verificationCode() {
    return verificationCode;
  }

  public String departmentCode() {
    return departmentCode;
  }

  public String departmentName() {
    return departmentName;
  }

  public String pdfSha256() {
    return pdfSha256;
  }
}
