package org.openhall.casefile;

import java.time.Clock;
import java.util.List;
import org.openhall.calendar.CalendarYearChanged;
import org.openhall.calendar.WorkingDays;
import org.openhall.catalogue.Catalogue;
import org.openhall.identity.AccountDirectory;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.notification.Inbox;
import org.springframework.context.MessageSource;
import org.openhall.identity.Role;
import org.openhall.kernel.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The clock's administration: special procedures (§45), extensions (§42: requested by the handler,
 * decided by a head of the lead department), and recounting every open case's figures when a year of
 * the calendar is imported.
 */
@Service
public class ClockAdministration {

  private static final Logger log = LoggerFactory.getLogger(ClockAdministration.class);

  private final Cases cases;
  private final Catalogue catalogue;
  private final WorkingDays workingDays;
  private final Clock clock;
  private final TransactionTemplate eachCase;
  private final AccountDirectory accounts;
  private final Inbox inbox;
  private final MessageSource messages;

  ClockAdministration(Cases cases, Catalogue catalogue, WorkingDays workingDays, Clock clock,
      PlatformTransactionManager transactions, AccountDirectory accounts, Inbox inbox, MessageSource messages) {
    this.accounts = accounts;
    this.inbox = inbox;
    this.messages = messages;
    this.cases = cases;
    this.catalogue = catalogue;
    this.workingDays = workingDays;
    this.clock = clock;
    this.eachCase = new TransactionTemplate(transactions);
  }

  /** 特别程序 starts: a reviewer or approver of the lead department; the clock stops. */
  @Transactional
  public Case startSpecialProcedure(String caseNumber, Member staff, SpecialProcedureKind kind,
      Integer expectedWorkingDays, String reason) {
    Case c = handledBy(caseNumber, staff, Role.REVIEWER, Role.APPROVER);
    c.startSpecialProcedure(actor(staff, Role.REVIEWER, Role.APPROVER), clock.instant(), workingDays.today(),
        kind, expectedWorkingDays, reason, workingDays.calendar());
    return cases.save(c);
  }

  /** The special procedure ends: the clock runs again, both due dates move by the stop. */
  @Transactional
  public Case endSpecialProcedure(String caseNumber, Member staff, String note) {
    Case c = handledBy(caseNumber, staff, Role.REVIEWER, Role.APPROVER);
    c.endSpecialProcedure(actor(staff, Role.REVIEWER, Role.APPROVER), clock.instant(), workingDays.today(),
        workingDays.calendar(), note);
    return cases.save(c);
  }

  /** 延期 requested by the case's handler (a reviewer or approver of the lead department). */
  @Transactional
  public Extension requestExtension(String caseNumber, Member staff, int workingDaysAsked, String reason) {
    Case c = handledBy(caseNumber, staff, Role.REVIEWER, Role.APPROVER);
    int max = catalogue.version(c.itemVersionId()).maxExtensionDays();
    Extension e = c.requestExtension(actor(staff, Role.APPROVER, Role.REVIEWER), clock.instant(),
        workingDays.today(), workingDaysAsked, reason, max);
    cases.save(c);
    return e;
  }

  /** A head (负责人) of the lead department grants or refuses; a grant moves both due dates. */
  @Transactional
  public Case decideExtension(String caseNumber, String extensionId, Member head, boolean granted, String note) {
    Case c = cases.findByCaseNumber(caseNumber)
        .filter(x -> CaseAccessPolicy.canView(head, x))
        .orElseThrow(() -> DomainException.notFound("CASE_NOT_FOUND", caseNumber));
    if (!decidesExtensions(head, c)) {
      throw new DomainException(DomainException.Kind.FORBIDDEN, "HEAD_OF_LEAD_DEPARTMENT_REQUIRED", caseNumber);
    }
    c.decideExtension(new Actor(head.id(), Role.HEAD.name()), clock.instant(), workingDays.today(),
        workingDays.calendar(), extensionId, granted, note);
    return cases.save(c);
  }

  /** Tells the heads of the lead department that an extension request awaits their decision (站内消息). */
  @org.springframework.modulith.events.ApplicationModuleListener
  public void on(ExtensionRequested requested) {
    List<String> heads = accounts.staffWith(Role.HEAD, requested.departmentCode());
    if (heads.isEmpty()) {
      return;
    }
    String itemName = cases.findByCaseNumber(requested.caseNumber()).map(Case::itemName).orElse("");
    Object[] args = {requested.caseNumber(), itemName, String.valueOf(requested.workingDays())};
    inbox.send(heads, messages.getMessage("timepage.extension.notify.subject", args, java.util.Locale.SIMPLIFIED_CHINESE),
        messages.getMessage("timepage.extension.notify.body", args, java.util.Locale.SIMPLIFIED_CHINESE),
        requested.caseNumber());
  }

  /**
   * A year of the calendar changed: every open case with a figure counted through a year not loaded
   * is counted again, each in its own transaction; changes are ledger rows, moved dates tell the
   * applicant (through {@link CaseDueDateMoved}).
   */
  @EventListener
  public void on(CalendarYearChanged changed) {
    int recalculated = recalculate(java.time.LocalDate.of(changed.year(), 1, 1), "calendar " + changed.year());
    log.info("Calendar {} changed: {} open case(s) recounted", changed.year(), recalculated);
  }

  /** Counts figures never counted by this version (cases filed before it) once at start. */
  @EventListener(ApplicationReadyEvent.class)
  public void onStart() {
    recalculate(java.time.LocalDate.MAX, "start");
  }

  /**
   * Recounts the open cases whose figures may reach {@code from} or a year not loaded.
   *
   * @return how many cases had a figure change
   */
  public int recalculate(java.time.LocalDate from, String why) {
    List<String> numbers = cases.findOpenTouching(from);
    int changed = 0;
    for (String number : numbers) {
      Boolean moved = eachCase.execute(status -> {
        Case c = cases.findByCaseNumber(number).orElseThrow();
        boolean any = c.recalculate(clock.instant(), workingDays.today(), workingDays.calendar(),
            clock.getZone(), why);
        if (any) {
          cases.save(c);
          tellApplicant(c);
        }
        return any;
      });
      if (Boolean.TRUE.equals(moved)) {
        changed++;
      }
    }
    return changed;
  }

  /** Tells the applicant (and the agent who filed) that a calendar import moved the case's dates. */
  private void tellApplicant(Case c) {
    var last = c.timeline().get(c.timeline().size() - 1);
    if (last.action() != CaseAction.DATES_RECALCULATED) {
      return;
    }
    java.util.Set<String> to = new java.util.LinkedHashSet<>();
    accounts.usernameOf(c.applicant().accountId()).ifPresent(to::add);
    accounts.usernameOf(c.filedByAccountId()).ifPresent(to::add);
    Object[] args = {c.caseNumber(), c.itemName(), c.dueDate().map(Object::toString)
        .or(() -> c.clock().acceptanceDue().map(Object::toString)).orElse("—")};
    inbox.send(to, messages.getMessage("clock.recalculated.subject", args, java.util.Locale.SIMPLIFIED_CHINESE),
        messages.getMessage("clock.recalculated.body", args, java.util.Locale.SIMPLIFIED_CHINESE), c.caseNumber());
  }

  /**
   * Whether {@code staff} handles the case's clock (special procedures, extension requests): a reviewer or
   * approver of the lead department (or an administrator), as the {@link CaseAccessPolicy} says.
   */
  public static boolean handlesClock(Member staff, Case c) {
    return CaseAccessPolicy.canHandle(staff, c, Role.REVIEWER) || CaseAccessPolicy.canHandle(staff, c, Role.APPROVER);
  }

  /** Whether {@code staff} decides the case's extension requests: a head (负责人) of the lead department. */
  public static boolean decidesExtensions(Member staff, Case c) {
    return CaseAccessPolicy.canView(staff, c) && staff.has(Role.HEAD, c.departmentCode());
  }

  /** The case if the member handles its clock; else 404, or 403 if visible. */
  private Case handledBy(String caseNumber, Member staff, Role... roles) {
    Case c = cases.findByCaseNumber(caseNumber)
        .filter(x -> CaseAccessPolicy.canView(staff, x))
        .orElseThrow(() -> DomainException.notFound("CASE_NOT_FOUND", caseNumber));
    if (handlesClock(staff, c)) {
      return c;
    }
    throw new DomainException(DomainException.Kind.FORBIDDEN, "NOT_CASE_HANDLER", caseNumber);
  }

  private static Actor actor(Member staff, Role... preferred) {
    for (Role r : preferred) {
      if (staff.has(r)) {
        return new Actor(staff.id(), r.name());
      }
    }
    return new Actor(staff.id(), "STAFF");
  }
}
