package org.openhall.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** 材料核验: a clerk's tick against one material of a walk-in case — original seen, copies taken. */
@Entity
@Table(name = "material_verification")
public class MaterialVerification {

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "case_number", nullable = false, length = 32)
  private String caseNumber;

  @Column(name = "requirement_id", nullable = false, length = 32)
  private String requirementId;

  @Column(name = "original_seen", nullable = false)
  private boolean originalSeen;

  @Column(name = "copies_taken", nullable = false)
  private boolean copiesTaken;

  @Column(name = "verified_by_account_id", nullable = false, length = 36)
  private String verifiedByAccountId;

  @Column(name = "verified_at", nullable = false)
  private Instant verifiedAt;

  protected MaterialVerification() {
  }

  MaterialVerification(String caseNumber, String requirementId, boolean originalSeen, boolean copiesTaken,
      String verifiedByAccountId, Instant verifiedAt) {
    this.id = UUID.randomUUID().toString();
    this.caseNumber = caseNumber;
    this.requirementId = requirementId;
    this.originalSeen = originalSeen;
    this.copiesTaken = copiesTaken;
    this.verifiedByAccountId = verifiedByAccountId;
    this.verifiedAt = verifiedAt;
  }

  public String caseNumber() {
    return caseNumber;
  }

  public String requirementId() {
    return requirementId;
  }

  public boolean originalSeen() {
    return originalSeen;
  }

  public boolean copiesTaken() {
    return copiesTaken;
  }

  public String verifiedByAccountId() {
    return verifiedByAccountId;
  }

  public Instant verifiedAt() {
    return verifiedAt;
  }
}
