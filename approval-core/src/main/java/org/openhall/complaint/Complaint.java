package org.openhall.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * 效能投诉: one complaint of an applicant about one of their cases or a department, with its number,
 * category and text. Only the complainant (and, later, supervision) reads it: the complainant is
 * protected (篇6 第二十六条).
 */
@Entity
@Table(name = "complaint")
public class Complaint extends AbstractAggregateRoot<Complaint> {

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "complaint_number", nullable = false, length = 20, unique = true)
  private String complaintNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ComplaintStatus status;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private ComplaintCategory category;

  @Column(name = "case_number", length = 32)
  private String caseNumber;

  @Column(name = "department_code", nullable = false, length = 32)
  private String departmentCode;

  @Column(nullable = false, length = 1000)
  private String content;

  @Column(name = "complainant_account_id", nullable = false, length = 36)
  private String complainantAccountId;

  @Column(name = "complainant_name", nullable = false, length = 100)
  private String complainantName;

  @Column(name = "filed_at", nullable = false)
  private Instant filedAt;

  protected Complaint() {
  }

  Complaint(String complaintNumber, ComplaintCategory category, String caseNumber, String departmentCode,
      String content, String complainantAccountId, String complainantName, Instant filedAt) {
    this.id = UUID.randomUUID().toString();
    this.complaintNumber = complaintNumber;
    this.status = ComplaintStatus.RECEIVED;
    this.category = category;
    this.caseNumber = caseNumber;
    this.departmentCode = departmentCode;
    this.content = content;
    this.complainantAccountId = complainantAccountId;
    this.complainantName = complainantName;
    this.filedAt = filedAt;
    registerEvent(new ComplaintFiled(complaintNumber, category, caseNumber, departmentCode));
  }

  public String id() {
    return id;
  }

  public String complaintNumber() {
    return complaintNumber;
  }

  public ComplaintStatus status() {
    return status;
  }

  public ComplaintCategory category() {
    return category;
  }

  /** The case complained about, if the complaint names one. */
  public Optional<String> caseNumber() {
    return Optional.ofNullable(caseNumber);
  }

  /** The department complained about: the one named, or the case's lead department. */
  public String departmentCode() {
    return departmentCode;
  }

  public String content() {
    return content;
  }

  public String complainantAccountId() {
    return complainantAccountId;
  }

  public String complainantName() {
    return complainantName;
  }

  public Instant filedAt() {
    return filedAt;
  }
}
