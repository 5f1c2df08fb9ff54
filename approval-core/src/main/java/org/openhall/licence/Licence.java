package org.openhall.licence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.openhall.kernel.DomainException;

/** 证照: an issued licence as registered; the signed PDF is stored under {@link #pdfSha256()}. */
@Entity
@Table(name = "licence")
public class Licence {

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "licence_number", nullable = false, length = 40)
  private String licenceNumber;

  @Column(name = "verification_code", nullable = false, length = 40)
  private String verificationCode;

  @Column(name = "case_number", nullable = false, length = 32)
  private String caseNumber;

  @Column(name = "item_code", nullable = false, length = 32)
  private String itemCode;

  @Column(name = "item_name", nullable = false, length = 200)
  private String itemName;

  @Column(name = "licence_title", nullable = false, length = 200)
  private String licenceTitle;

  @Column(name = "holder_name", nullable = false, length = 100)
  private String holderName;

  @Column(name = "holder_party_id_masked", length = 32)
  private String holderPartyIdMasked;

  @Column(name = "department_name", nullable = false, length = 100)
  private String departmentName;

  @Column(name = "issued_on", nullable = false)
  private LocalDate issuedOn;

  @Column(name = "valid_until")
  private LocalDate validUntil;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private LicenceStatus status;

  @Column(name = "pdf_sha256", nullable = false, length = 64)
  private String pdfSha256;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  protected Licence() {
  }

  /** @param holderIdMasked the holder's identifier masked for public pages (the PDF has it in full) */
  Licence(LicenceDocument document, String holderIdMasked, String caseNumber, String itemCode,
      String pdfSha256, Instant issuedAt) {
    this.id = UUID.randomUUID().toString();
    this.licenceNumber = document.licenceNumber();
    this.verificationCode = document.verificationCode();
    this.caseNumber = caseNumber;
    this.itemCode = itemCode;
    this.itemName = document.itemName();
    this.licenceTitle = document.licenceTitle();
    this.holderName = document.holderName();
    this.holderPartyIdMasked = holderIdMasked;
    this.departmentName = document.issuingDepartment();
    this.issuedOn = document.issuedOn();
    this.validUntil = document.validUntil();
    this.status = LicenceStatus.VALID;
    this.pdfSha256 = pdfSha256;
    this.issuedAt = issuedAt;
  }

  /** The status as of {@code today}: a valid licence past its end date verifies as expired. */
  public LicenceStatus statusOn(LocalDate today) {
    if (status == LicenceStatus.VALID && validUntil != null && today.isAfter(validUntil)) {
      return LicenceStatus.EXPIRED;
    }
    return status;
  }

  public String licenceNumber() {
    return licenceNumber;
  }

  public String verificationCode() {
    return verificationCode;
  }

  public String caseNumber() {
    return caseNumber;
  }

  public String itemCode() {
    return itemCode;
  }

  public String itemName() {
    return itemName;
  }

  public String licenceTitle() {
    return licenceTitle;
  }

  public String holderName() {
    return holderName;
  }

  public String holderPartyIdMasked() {
    return holderPartyIdMasked;
  }

  public String departmentName() {
    return departmentName;
  }

  public LocalDate issuedOn() {
    return issuedOn;
  }

  public LocalDate validUntil() {
    return validUntil;
  }

  public String pdfSha256() {
    return pdfSha256;
  }

  // 持证主体 (V48): whose licence this is. Appended here so the licence's lifecycle can grow above.

  @Column(name = "holder_account_id", length = 36)
  private String holderAccountId;

  @Column(name = "holder_party_id", length = 32)
  private String holderPartyId;

  /** Records whose licence this is: the account of the case's applicant and their identifier in full. */
  void heldBy(String accountId, String partyId) {
    this.holderAccountId = accountId;
    this.holderPartyId = partyId == null || partyId.isBlank() ? null : partyId;
  }

  /** Whether the account holds this licence (the holder's wallet, 免提交). */
  public boolean isHeldBy(String accountId) {
    return holderAccountId != null && holderAccountId.equals(accountId);
  }

  public String holderAccountId() {
    return holderAccountId;
  }

  /** The holder's resident ID number or credit code in full: for the holder and handling staff only. */
  public String holderPartyId() {
    return holderPartyId;
  }

  // 证照生命周期 (ADR 0013): how a licence stops being valid before its end date.

  /** The length of the revocation_reason column. */
  static final int REASON_MAX = 500;

  /** The day the licence stopped being valid by revocation, a next version or cancellation. */
  @Column(name = "ended_on")
  private LocalDate endedOn;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "revocation_kind", length = 16)
  private RevocationKind revocationKind;

  @Column(name = "revocation_reason", length = 500)
  private String revocationReason;

  /** The username of the approver who revoked it. */
  @Column(name = "revoked_by", length = 64)
  private String revokedBy;

  @Column(name = "superseded_by", length = 40)
  private String supersededBy;

  @Column(name = "supersedes", length = 40)
  private String supersedes;

  @Column(name = "cancelled_by_case", length = 32)
  private String cancelledByCase;

  /**
   * 撤销 / 吊销: revokes a licence that is valid today; refuses one that already ended (revoked,
   * replaced, cancelled or expired) and a blank reason.
   */
  void revoke(RevocationKind kind, String reason, String approver, Instant at, LocalDate today) {
    if (kind == null) {
      throw DomainException.invalid("REVOCATION_KIND_MISSING");
    }
    if (reason == null || reason.isBlank()) {
      throw DomainException.invalid("REVOCATION_REASON_MISSING");
    }
    if (reason.strip().length() > REASON_MAX) {
      throw DomainException.invalid("REVOCATION_REASON_TOO_LONG", REASON_MAX);
    }
    requireValid(today);
    this.status = LicenceStatus.REVOKED;
    this.endedOn = today;
    this.revokedAt = at;
    this.revocationKind = kind;
    this.revocationReason = reason.strip();
    this.revokedBy = approver;
  }

  /**
   * A change or renewal issued {@code next}: this licence is replaced from {@code today}. Its end date
   * may have passed since the case was approved (a renewal issued the day after), so only a revoked,
   * replaced or cancelled licence is refused here.
   */
  void supersede(String next, LocalDate today) {
    requireNotEnded();
    this.status = LicenceStatus.SUPERSEDED;
    this.supersededBy = next;
    this.endedOn = today;
  }

  /** 注销: the holder's cancellation (case {@code caseNumber}) was approved (and may be issued past its end). */
  void cancel(String caseNumber, LocalDate today) {
    requireNotEnded();
    this.status = LicenceStatus.CANCELLED;
    this.cancelledByCase = caseNumber;
    this.endedOn = today;
  }

  /** Records the licence this one replaces (a change or renewal). */
  void replaces(String previous) {
    this.supersedes = previous;
  }

  /** Refuses to act on a licence that is not valid today: LICENCE_REVOKED, _EXPIRED, _SUPERSEDED … */
  void requireValid(LocalDate today) {
    LicenceStatus now = statusOn(today);
    if (now != LicenceStatus.VALID) {
      LocalDate since = now == LicenceStatus.EXPIRED ? validUntil : endedOn;
      throw DomainException.conflict("LICENCE_" + now.name(), licenceNumber,
          since == null ? "" : since.toString(), supersededBy == null ? "" : supersededBy);
    }
  }

  private void requireNotEnded() {
    if (status != LicenceStatus.VALID) {
      throw DomainException.conflict("LICENCE_" + status.name(), licenceNumber,
          endedOn == null ? "" : endedOn.toString(), supersededBy == null ? "" : supersededBy);
    }
  }

  public Optional<LocalDate> endedOn() {
    return Optional.ofNullable(endedOn);
  }

  public Optional<Instant> revokedAt() {
    return Optional.ofNullable(revokedAt);
  }

  public Optional<RevocationKind> revocationKind() {
    return Optional.ofNullable(revocationKind);
  }

  public Optional<String> revocationReason() {
    return Optional.ofNullable(revocationReason);
  }

  public Optional<String> revokedBy() {
    return Optional.ofNullable(revokedBy);
  }

  public Optional<String> supersededBy() {
    return Optional.ofNullable(supersededBy);
  }

  public Optional<String> supersedes() {
    return Optional.ofNullable(supersedes);
  }

  public Optional<String> cancelledByCase() {
    return Optional.ofNullable(cancelledByCase);
  }
}
