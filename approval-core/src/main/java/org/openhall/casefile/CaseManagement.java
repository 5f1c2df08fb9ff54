package org.openhall.casefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openhall.calendar.DueDate;
import org.openhall.calendar.WorkingDays;
import org.openhall.catalogue.Catalogue;
import org.openhall.catalogue.ItemVersion;
import org.openhall.catalogue.ServiceGuide.RequiredMaterial;
import org.openhall.catalogue.form.FieldError;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.identity.Role;
import org.openhall.kernel.Counters;
import org.openhall.kernel.DomainException;
import org.openhall.kernel.DomainException.Violation;
import org.openhall.material.Material;
import org.openhall.material.MaterialVault;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The case's application service: filing, the steps of handling, and the applicant's views. */
@Service
public class CaseManagement {

  /** Working days after receipt within which an acceptance decision must be made (§32). */
  public static final int DEEMED_ACCEPTANCE_WORKING_DAYS = 5;

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private final Cases cases;
  private final Catalogue catalogue;
  private final MaterialVault vault;
  private final WorkingDays workingDays;
  private final Counters counters;
  private final ApplicationEventPublisher events;
  private final ObjectMapper json;
  private final Clock clock;

  CaseManagement(Cases cases, Catalogue catalogue, MaterialVault vault, WorkingDays workingDays,
      Counters counters, ApplicationEventPublisher events, ObjectMapper json, Clock clock) {
    this.cases = cases;
    this.catalogue = catalogue;
    this.vault = vault;
    this.workingDays = workingDays;
    this.counters = counters;
    this.events = events;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Files a case for the current published version of the item. The same idempotency key from
   * the same filer returns the case filed first and files nothing new.
   */
  @Transactional
  public Filed submit(Submission s) {
    if (s.idempotencyKey() != null) {
      var earlier = cases.findByFiledByAccountIdAndIdempotencyKey(s.filer().id(), s.idempotencyKey());
      if (earlier.isPresent()) {
        return new Filed(earlier.get(), false);
      }
    }
    ItemVersion item = catalogue.published(s.itemCode());
    Map<String, String> form = validForm(item, s.formData());
    Set<MaterialRef> materials = validMaterials(item, s.filer(), s.materials());
    LocalDate today = workingDays.today();
    String number = today.format(DAY) + String.format("%05d", counters.next("case-" + today.format(DAY)));
    Applicant applicant = new Applicant(s.filer().id(), s.filer().displayName(), s.filer().kind(),
        s.filer().partyId(), s.filer().phone());
    Case c = new Case(number, item, applicant, s.filer().id(), s.channel(), write(form), materials,
        s.idempotencyKey(), clock.instant(), new Actor(s.filer().id(), s.actingRole()));
    cases.save(c);
    events.publishEvent(new CaseSubmitted(number, item.processKey(), item.code(), item.leadDepartment()));
    return new Filed(c, true);
  }

  @Transactional
  public Case accept(String caseNumber, Actor clerk, String opinion) {
    Case c = byNumber(caseNumber);
    LocalDate start = workingDays.today();
    c.accept(clerk, clock.instant(), start, dueDates(c, start), opinion, outstandingDeferrables(c));
    publishAccepted(c);
    return c;
  }

  /**
   * 视为受理 (行政许可法 §32): no acceptance decision was made within
   * {@value #DEEMED_ACCEPTANCE_WORKING_DAYS} working days of receipt, so the case counts as
   * accepted as of its receipt and its clock runs from the day of receipt.
   */
  @Transactional
  public Case deemAccepted(String caseNumber) {
    Case c = byNumber(caseNumber);
    Instant received = c.receivedAt();
    LocalDate receivedOn = received.atZone(clock.getZone()).toLocalDate();
    c.deemAccepted(clock.instant(), received, receivedOn, dueDates(c, receivedOn),
        outstandingDeferrables(c));
    publishAccepted(c);
    return c;
  }

  /**
   * The instant at which a case not yet decided on counts as accepted: the start of the day
   * after the {@value #DEEMED_ACCEPTANCE_WORKING_DAYS}th working day after its receipt.
   */
  @Transactional(readOnly = true)
  public OffsetDateTime deemedAcceptanceAt(String caseNumber) {
    Case c = byNumber(caseNumber);
    LocalDate receivedOn = c.receivedAt().atZone(clock.getZone()).toLocalDate();
    LocalDate last = workingDays.dueDate(receivedOn, DEEMED_ACCEPTANCE_WORKING_DAYS).date();
    return last.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
  }

  /** 即办: the instant item accepted at the window is decided at once. */
  @Transactional
  public Case approveAtWindow(String caseNumber) {
    Case c = byNumber(caseNumber);
    c.approveAtWindow(Actor.SYSTEM, clock.instant());
    return c;
  }

  /** Whether the case's item issues a licence (its guide names a licence title). */
  @Transactional(readOnly = true)
  public boolean issuesLicence(String caseNumber) {
    String title = catalogue.version(byNumber(caseNumber).itemVersionId()).guide().licenceTitle();
    return title != null && !title.isBlank();
  }

  /** The co-departments that review a joint case in parallel, as department codes. */
  @Transactional(readOnly = true)
  public List<String> coDepartments(String caseNumber) {
    return catalogue.version(byNumber(caseNumber).itemVersionId()).guide().coDepartments();
  }

  /** 备案: recorded at once, status FILED. */
  @Transactional
  public Case file(String caseNumber) {
    Case c = byNumber(caseNumber);
    c.file(Actor.SYSTEM, clock.instant());
    return completed(c);
  }

  /** 特别程序 starts: staff of the case's departments (reviewer or approver); the clock stops. */
  @Transactional
  public Case startSpecialProcedure(String caseNumber, Member staff, SpecialProcedureKind kind,
      String reason) {
    Case c = handledBy(caseNumber, staff, Role.REVIEWER, Role.APPROVER);
    if (kind == null) {
      throw DomainException.invalid("SPECIAL_PROCEDURE_KIND_REQUIRED", caseNumber);
    }
    c.startSpecialProcedure(staffActor(staff, Role.REVIEWER, Role.APPROVER), clock.instant(),
        workingDays.today(), kind, reason);
    publishMoved(c, 0);
    return c;
  }

  /** The special procedure ends: the clock runs again, both due dates move by the stop. */
  @Transactional
  public Case endSpecialProcedure(String caseNumber, Member staff, String note) {
    Case c = handledBy(caseNumber, staff, Role.REVIEWER, Role.APPROVER);
    int stopped = c.endSpecialProcedure(staffActor(staff, Role.REVIEWER, Role.APPROVER),
        clock.instant(), workingDays.today(), workingDays.calendar(), note);
    publishMoved(c, stopped);
    return c;
  }

  /** 延期: an approver of the case's department grants more working days with a reason. */
  @Transactional
  public Case extend(String caseNumber, Member approver, int days, String reason) {
    Case c = handledBy(caseNumber, approver, Role.APPROVER);
    c.extend(new Actor(approver.id(), Role.APPROVER.name()), clock.instant(), workingDays.today(),
        workingDays.calendar(), days, reason);
    publishMoved(c, days);
    return c;
  }

  /**
   * 预警: publishes a {@link DeadlineWarning} for the case at this stage, unless the case is
   * completed or its clock stands still (nothing is late while the clock is stopped).
   */
  @Transactional
  public boolean warn(String caseNumber, CaseStage stage, DeadlineWarning.Level level,
      DeadlineWarning.Reason reason, String handler) {
    Case c = byNumber(caseNumber);
    if (c.status().completed() || c.openStop().isPresent() || c.dueDate().isEmpty()) {
      return false;
    }
    events.publishEvent(new DeadlineWarning(caseNumber, c.departmentCode(), stage, level, reason, handler,
        c.dueDate().get()));
    return true;
  }

  /**
   * The clock of a case as the applicant sees it, read from its ledger. Call it inside the
   * transaction that loaded the case (the ledger rows load lazily).
   */
  public ClockReading clockOf(Case c) {
    var calendar = workingDays.calendar();
    LocalDate today = workingDays.today();
    LocalDate end = c.completedAt().map(i -> i.atZone(clock.getZone()).toLocalDate()).orElse(today);
    int stopped = 0;
    int stoppedAfterStart = 0;
    int extended = 0;
    LocalDate started = null;
    for (ClockEntry e : c.clockEntries()) {
      switch (e.kind()) {
        case START -> started = e.effectiveOn();
        case RESUME -> {
          stopped += e.workingDays();
          if (started != null) {
            stoppedAfterStart += e.workingDays();
          }
        }
        case EXTENSION -> extended += e.workingDays();
        default -> { }
      }
    }
    var open = c.openStop();
    if (open.isPresent()) {
      int running = calendar.workingDaysBetween(open.get().effectiveOn(), end);
      stopped += running;
      if (started != null) {
        stoppedAfterStart += running;
      }
    }
    int used = started == null ? 0
        : Math.max(0, calendar.workingDaysBetween(started, end) - stoppedAfterStart);
    return new ClockReading(used, stopped, extended, started != null && open.isEmpty()
        && !c.status().completed());
  }

  private Case.DueDates dueDates(Case c, LocalDate start) {
    DueDate promised = workingDays.dueDate(start, c.promisedDays());
    DueDate legal = workingDays.dueDate(start, c.legalDays());
    return new Case.DueDates(promised.date(), legal.date(), promised.provisional() || legal.provisional());
  }

  private Set<String> outstandingDeferrables(Case c) {
    ItemVersion item = catalogue.version(c.itemVersionId());
    Set<String> outstanding = new LinkedHashSet<>();
    for (RequiredMaterial r : item.guide().materials()) {
      boolean present = c.materials().stream().anyMatch(m -> m.requirementId().equals(r.id()));
      if (r.deferrable() && r.required() && !present) {
        outstanding.add(r.id());
      }
    }
    return outstanding;
  }

  private void publishAccepted(Case c) {
    events.publishEvent(new CaseAccepted(c.caseNumber(), c.departmentCode(), c.dueDate().orElseThrow(),
        c.legalDueDate().orElseThrow(), c.dueDateProvisional()));
  }

  private void publishMoved(Case c, int moved) {
    if (c.clockStarted()) {
      events.publishEvent(new CaseDueDateMoved(c.caseNumber(), c.dueDate().orElseThrow(),
          c.legalDueDate().orElseThrow(), moved, c.openStop().isEmpty()));
    }
  }

  /** The case if the staff member holds one of the roles in one of its departments, else 404. */
  private Case handledBy(String caseNumber, Member staff, Role... roles) {
    Case c = byNumber(caseNumber);
    boolean role = java.util.Arrays.stream(roles).anyMatch(staff::has);
    boolean department = staff.departments().contains(c.departmentCode())
        || coDepartments(caseNumber).stream().anyMatch(staff.departments()::contains);
    if (!role || !department) {
      throw DomainException.notFound("CASE_NOT_FOUND", caseNumber);
    }
    return c;
  }

  private static Actor staffActor(Member staff, Role... preferred) {
    for (Role r : preferred) {
      if (staff.has(r)) {
        return new Actor(staff.id(), r.name());
      }
    }
    return new Actor(staff.id(), "STAFF");
  }

  @Transactional
  public Case refuse(String caseNumber, Actor clerk, String reason) {
    Case c = byNumber(caseNumber);
    c.refuse(clerk, clock.instant(), reason);
    return completed(c);
  }

  @Transactional
  public Case requireCorrection(String caseNumber, Actor clerk, List<CorrectionItem> items,
      String opinion) {
    Case c = byNumber(caseNumber);
    ItemVersion item = catalogue.version(c.itemVersionId());
    List<Violation> unknown = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (item.requirement(items.get(i).requirementId()).isEmpty()) {
        unknown.add(new Violation("missing[" + i + "].requirementId", "REQUIREMENT_UNKNOWN",
            List.of(String.valueOf(items.get(i).requirementId()))));
      }
    }
    if (!unknown.isEmpty()) {
      throw new DomainException(DomainException.Kind.INVALID, "VALIDATION_FAILED", unknown);
    }
    c.requireCorrection(clerk, clock.instant(), workingDays.today(), items, opinion);
    return c;
  }

  @Transactional
  public Case review(String caseNumber, Actor reviewer, boolean passed, String opinion) {
    Case c = byNumber(caseNumber);
    c.review(reviewer, clock.instant(), passed, opinion);
    return c;
  }

  @Transactional
  public Case decide(String caseNumber, Actor approver, boolean approved, String opinion) {
    Case c = byNumber(caseNumber);
    if (approved && !c.outstandingDeferrables().isEmpty()) {
      ItemVersion item = catalogue.version(c.itemVersionId());
      throw DomainException.conflict("DEFERRABLE_MATERIALS_OUTSTANDING", caseNumber,
          String.join("、", c.outstandingDeferrables().stream()
              .map(id -> item.requirement(id).map(RequiredMaterial::name).orElse(id)).toList()));
    }
    c.decide(approver, clock.instant(), approved, opinion);
    return completed(c);
  }

  @Transactional
  public Case issued(String caseNumber, String licenceNumber) {
    Case c = byNumber(caseNumber);
    c.issued(Actor.SYSTEM, clock.instant(), licenceNumber);
    return completed(c);
  }

  /**
   * 补正: the applicant's answer to the correction notice (the clock runs again); after
   * acceptance, the deferrable (容缺) materials still outstanding.
   */
  @Transactional
  public Case supplement(String caseNumber, Member applicant, List<MaterialRef> added) {
    Case c = ownedCase(caseNumber, applicant.id());
    ItemVersion item = catalogue.version(c.itemVersionId());
    Set<MaterialRef> refs = checkedRefs(item, applicant, added);
    Actor actor = new Actor(applicant.id(), "APPLICANT");
    if (c.status() != CaseStatus.CORRECTION_REQUIRED && !c.outstandingDeferrables().isEmpty()) {
      c.supplyDeferred(actor, clock.instant(), refs);
      return c;
    }
    int stopped = c.supplement(actor, clock.instant(), workingDays.today(), workingDays.calendar(), refs);
    publishMoved(c, stopped);
    events.publishEvent(new CaseSupplemented(caseNumber));
    return c;
  }

  @Transactional
  public Case withdraw(String caseNumber, Member applicant) {
    Case c = ownedCase(caseNumber, applicant.id());
    c.withdraw(new Actor(applicant.id(), "APPLICANT"), clock.instant(), null);
    events.publishEvent(new CaseWithdrawn(caseNumber));
    return completed(c);
  }

  /** Announces 办结 when the step just taken finished the case. */
  private Case completed(Case c) {
    if (c.status().completed()) {
      events.publishEvent(new CaseCompleted(c.caseNumber(), c.status()));
    }
    return c;
  }

  /** A case of this account, or 404 — also when it exists but belongs to someone else. */
  @Transactional(readOnly = true)
  public Case ownedCase(String caseNumber, String accountId) {
    return cases.findByCaseNumber(caseNumber)
        .filter(c -> c.belongsTo(accountId))
        .orElseThrow(() -> DomainException.notFound("CASE_NOT_FOUND", caseNumber));
  }

  @Transactional(readOnly = true)
  public List<Case> casesOf(String accountId) {
    return cases.findOwnedBy(accountId);
  }

  @Transactional(readOnly = true)
  public Case byNumber(String caseNumber) {
    return cases.findByCaseNumber(caseNumber)
        .orElseThrow(() -> DomainException.notFound("CASE_NOT_FOUND", caseNumber));
  }

  public Map<String, String> formData(Case c) {
    try {
      return json.readValue(c.formDataJson(), new TypeReference<LinkedHashMap<String, String>>() { });
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored form data of case " + c.caseNumber() + " is unreadable", e);
    }
  }

  private Map<String, String> validForm(ItemVersion item, Map<String, String> values) {
    Map<String, String> given = values == null ? Map.of() : values;
    var validator = item.form().validator(clock);
    List<FieldError> errors = validator.validate(given);
    if (!errors.isEmpty()) {
      throw new DomainException(DomainException.Kind.INVALID, "VALIDATION_FAILED",
          errors.stream().map(e -> new Violation("formData." + e.field(), e.code(),
              List.<Object>copyOf(e.args()))).toList());
    }
    return validator.normalized(given);
  }

  private Set<MaterialRef> validMaterials(ItemVersion item, Member filer, List<MaterialRef> given) {
    Set<MaterialRef> refs = checkedRefs(item, filer, given);
    List<Violation> missing = new ArrayList<>();
    for (RequiredMaterial r : item.guide().materials()) {
      boolean present = refs.stream().anyMatch(m -> m.requirementId().equals(r.id()));
      if (r.required() && !r.deferrable() && !present) {
        missing.add(new Violation("materials", "MATERIAL_MISSING", List.of(r.name())));
      }
    }
    if (!missing.isEmpty()) {
      throw new DomainException(DomainException.Kind.INVALID, "MATERIAL_MISSING", missing,
          missing.get(0).args().get(0));
    }
    return refs;
  }

  private Set<MaterialRef> checkedRefs(ItemVersion item, Member filer, List<MaterialRef> given) {
    Set<MaterialRef> refs = new LinkedHashSet<>();
    List<Violation> problems = new ArrayList<>();
    List<MaterialRef> list = given == null ? List.of() : given;
    for (int i = 0; i < list.size(); i++) {
      MaterialRef ref = list.get(i);
      if (ref == null || ref.requirementId() == null || item.requirement(ref.requirementId()).isEmpty()) {
        problems.add(new Violation("materials[" + i + "].requirementId", "REQUIREMENT_UNKNOWN",
            List.of(ref == null ? "" : String.valueOf(ref.requirementId()))));
        continue;
      }
      try {
        Material m = vault.ownedBy(filer.id(), ref.materialId());
        refs.add(new MaterialRef(ref.requirementId(), m.id()));
      } catch (DomainException notTheirs) {
        problems.add(new Violation("materials[" + i + "].materialId", "MATERIAL_NOT_FOUND",
            List.of(String.valueOf(ref.materialId()))));
      }
    }
    if (!problems.isEmpty()) {
      throw new DomainException(DomainException.Kind.INVALID, "VALIDATION_FAILED", problems);
    }
    return refs;
  }

  private String write(Map<String, String> form) {
    try {
      return json.writeValueAsString(form);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("form data cannot be written", e);
    }
  }

  /**
   * The clock read from the ledger: working days used (from the start, minus stops), working
   * days stopped (corrections and special procedures), working days granted by extensions.
   */
  public record ClockReading(int workingDaysUsed, int stoppedWorkingDays, int extendedWorkingDays,
      boolean running) {
  }

  /** What an applicant, agent or clerk files. */
  public record Submission(Member filer, String actingRole, Channel channel, String itemCode,
      Map<String, String> formData, List<MaterialRef> materials, String idempotencyKey) {
  }

  /** The filed case and whether this call created it (false: idempotent repeat). */
  public record Filed(Case filedCase, boolean created) {
  }
}
