package org.openhall.casefile;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openhall.catalogue.ItemVersion;

/**
 * 办件: one application of one applicant for one item version. Every state change is a method
 * that refuses an illegal move and appends a timeline row; the rows are the status history.
 */
@Entity(name = "CaseFile")
@Table(name = "case_file")
public class Case {

  @Id
  @Column(length = 36)
  private String id;

  @Version
  @Column(name = "row_version")
  private Long rowVersion;

  @Column(name = "case_number", nullable = false, length = 32)
  private String caseNumber;

  @Column(name = "item_version_id", nullable = false, length = 36)
  private String itemVersionId;

  @Column(name = "item_code", nullable = false, length = 32)
  private String itemCode;

  @Column(name = "item_name", nullable = false, length = 200)
  private String itemName;

  @Column(name = "department_code", nullable = false, length = 32)
  private String departmentCode;

  @Column(name = "process_key", nullable = false, length = 64)
  private String processKey;

  @Column(name = "promised_days", nullable = false)
  private int promisedDays;

  @Column(name = "legal_days", nullable = false)
  private int legalDays;

  @Embedded
  private Applicant applicant;

  @Column(name = "filed_by_account_id", nullable = false, length = 36)
  private String filedByAccountId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Channel channel;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private CaseStatus status;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Column(name = "due_date")
  private LocalDate dueDate;

  @Column(name = "due_date_provisional", nullable = false)
  private boolean dueDateProvisional;

  @Column(name = "legal_due_date")
  private LocalDate legalDueDate;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "correction_issued_at")
  private Instant correctionIssuedAt;

  @Column(name = "idempotency_key", length = 100)
  private String idempotencyKey;

  @Column(name = "form_data", nullable = false)
  private String formData;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "case_material", joinColumns = @JoinColumn(name = "case_id"))
  private Set<MaterialRef> materials = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(name = "case_correction_item", joinColumns = @JoinColumn(name = "case_id"))
  @OrderColumn(name = "position")
  private List<CorrectionItem> correctionItems = new ArrayList<>();

  @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = false)
  @OrderBy("sequence")
  private List<CaseEvent> timeline = new ArrayList<>();

  protected Case() {
  }

  Case(String caseNumber, ItemVersion item, Applicant applicant, String filedByAccountId,
      Channel channel, String formDataJson, Set<MaterialRef> materials, String idempotencyKey,
      Instant at, Actor actor) {
    this.id = UUID.randomUUID().toString();
    this.caseNumber = caseNumber;
    this.itemVersionId = item.id();
    this.itemCode = item.code();
    this.itemName = item.name();
    this.departmentCode = item.leadDepartment();
    this.processKey = item.processKey();
    this.promisedDays = item.promisedDays();
    this.legalDays = item.legalDays();
    this.applicant = applicant;
    this.filedByAccountId = filedByAccountId;
    this.channel = channel;
    this.formData = formDataJson;
    this.materials = new LinkedHashSet<>(materials);
    this.idempotencyKey = idempotencyKey;
    this.submittedAt = at;
    this.status = CaseStatus.SUBMITTED;
    record(at, CaseStage.SUBMIT, CaseAction.SUBMITTED, actor, null);
  }

  /** 受理: the clerk accepts; the clock starts and both due dates are fixed. */
  void accept(Actor clerk, Instant at, DueDates due, String opinion) {
    require(CaseAction.ACCEPTED, CaseStatus.SUBMITTED);
    this.acceptedAt = at;
    this.dueDate = due.promised();
    this.legalDueDate = due.legal();
    this.dueDateProvisional = due.provisional();
    this.status = CaseStatus.ACCEPTED;
    record(at, CaseStage.ACCEPT, CaseAction.ACCEPTED, clerk, opinion);
  }

  /** 不予受理: refused at acceptance, with the written reason. */
  void refuse(Actor clerk, Instant at, String reason) {
    require(CaseAction.NOT_ACCEPTED, CaseStatus.SUBMITTED);
    requireReason(reason, CaseAction.NOT_ACCEPTED);
    this.status = CaseStatus.NOT_ACCEPTED;
    this.completedAt = at;
    record(at, CaseStage.ACCEPT, CaseAction.NOT_ACCEPTED, clerk, reason);
  }

  /** 一次性告知: everything missing or faulty, in one notice; the applicant must supplement. */
  void requireCorrection(Actor clerk, Instant at, List<CorrectionItem> items, String opinion) {
    require(CaseAction.CORRECTION_REQUIRED, CaseStatus.SUBMITTED);
    if (items.isEmpty()) {
      throw org.openhall.kernel.DomainException.invalid("CORRECTION_ITEMS_MISSING", caseNumber);
    }
    this.correctionItems = new ArrayList<>(items);
    this.correctionIssuedAt = at;
    this.status = CaseStatus.CORRECTION_REQUIRED;
    record(at, CaseStage.ACCEPT, CaseAction.CORRECTION_REQUIRED, clerk, opinion);
  }

  /** 补正: the applicant supplies what the notice asked for; the case is back at acceptance. */
  void supplement(Actor applicantActor, Instant at, Set<MaterialRef> added) {
    require(CaseAction.SUPPLEMENTED, CaseStatus.CORRECTION_REQUIRED);
    this.materials.addAll(added);
    this.status = CaseStatus.SUBMITTED;
    record(at, CaseStage.ACCEPT, CaseAction.SUPPLEMENTED, applicantActor, null);
  }

  /** 审查: the department's review opinion. */
  void review(Actor reviewer, Instant at, boolean passed, String opinion) {
    CaseAction action = passed ? CaseAction.REVIEW_PASSED : CaseAction.REVIEW_FAILED;
    require(action, CaseStatus.ACCEPTED);
    this.status = CaseStatus.UNDER_REVIEW;
    record(at, CaseStage.REVIEW, action, reviewer, opinion);
  }

  /** 决定: approve or deny with written reasons. */
  void decide(Actor approver, Instant at, boolean approved, String opinion) {
    CaseAction action = approved ? CaseAction.APPROVED : CaseAction.DENIED;
    require(action, CaseStatus.UNDER_REVIEW);
    if (!approved) {
      requireReason(opinion, action);
      this.completedAt = at;
    }
    this.status = approved ? CaseStatus.APPROVED : CaseStatus.DENIED;
    record(at, CaseStage.DECIDE, action, approver, opinion);
  }

  /** 制证: the licence is issued; the case is completed. */
  void issued(Actor actor, Instant at, String licenceNumber) {
    require(CaseAction.ISSUED, CaseStatus.APPROVED);
    this.status = CaseStatus.ISSUED;
    this.completedAt = at;
    record(at, CaseStage.ISSUE, CaseAction.ISSUED, actor, licenceNumber);
  }

  /** 撤回: the applicant withdraws before any decision. */
  void withdraw(Actor applicantActor, Instant at, String reason) {
    require(CaseAction.WITHDRAWN, CaseStatus.SUBMITTED, CaseStatus.CORRECTION_REQUIRED,
        CaseStatus.ACCEPTED, CaseStatus.UNDER_REVIEW, CaseStatus.SPECIAL_PROCEDURE);
    this.status = CaseStatus.WITHDRAWN;
    this.completedAt = at;
    record(at, CaseStage.CLOSE, CaseAction.WITHDRAWN, applicantActor, reason);
  }

  private void require(CaseAction attempted, CaseStatus first, CaseStatus... rest) {
    if (!EnumSet.of(first, rest).contains(status)) {
      throw new IllegalCaseTransition(caseNumber, status, attempted);
    }
  }

  private void requireReason(String reason, CaseAction action) {
    if (reason == null || reason.isBlank()) {
      throw org.openhall.kernel.DomainException.invalid("REASON_REQUIRED", action.name());
    }
  }

  private void record(Instant at, CaseStage stage, CaseAction action, Actor actor, String note) {
    timeline.add(new CaseEvent(this, timeline.size() + 1, at, stage, action, status, actor, note));
  }

  public String id() {
    return id;
  }

  public String caseNumber() {
    return caseNumber;
  }

  public String itemVersionId() {
    return itemVersionId;
  }

  public String itemCode() {
    return itemCode;
  }

  public String itemName() {
    return itemName;
  }

  public String departmentCode() {
    return departmentCode;
  }

  public String processKey() {
    return processKey;
  }

  public int promisedDays() {
    return promisedDays;
  }

  public int legalDays() {
    return legalDays;
  }

  public Applicant applicant() {
    return applicant;
  }

  public String filedByAccountId() {
    return filedByAccountId;
  }

  public Channel channel() {
    return channel;
  }

  public CaseStatus status() {
    return status;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public Optional<Instant> acceptedAt() {
    return Optional.ofNullable(acceptedAt);
  }

  public Optional<LocalDate> dueDate() {
    return Optional.ofNullable(dueDate);
  }

  public boolean dueDateProvisional() {
    return dueDateProvisional;
  }

  public Optional<LocalDate> legalDueDate() {
    return Optional.ofNullable(legalDueDate);
  }

  public Optional<Instant> completedAt() {
    return Optional.ofNullable(completedAt);
  }

  public Optional<Instant> correctionIssuedAt() {
    return Optional.ofNullable(correctionIssuedAt);
  }

  public List<CorrectionItem> correctionItems() {
    return List.copyOf(correctionItems);
  }

  public String formDataJson() {
    return formData;
  }

  public Set<MaterialRef> materials() {
    return Set.copyOf(materials);
  }

  public List<CaseEvent> timeline() {
    return List.copyOf(timeline);
  }

  /** Whether the account filed this case or is its applicant. */
  public boolean belongsTo(String accountId) {
    return accountId.equals(applicant.accountId()) || accountId.equals(filedByAccountId);
  }

  /** The promised and legal due dates fixed at acceptance. */
  public record DueDates(LocalDate promised, LocalDate legal, boolean provisional) {
  }
}
