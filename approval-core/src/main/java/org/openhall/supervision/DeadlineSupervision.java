package org.openhall.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.openhall.casefile.CaseAccepted;
import org.openhall.casefile.CaseCompleted;
import org.openhall.casefile.CaseDeemedAccepted;
import org.openhall.casefile.CaseStage;
import org.openhall.casefile.WarningPolicy;
import org.openhall.organisation.DepartmentDirectory;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.identity.AccountDirectory;
import org.openhall.identity.Role;
import org.openhall.notification.Inbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns the deadline warnings of the {@link WarningPolicy} (found by the deadline sweep), deemed acceptances
 * and provisional due dates into alerts and notifications. Each alert is raised once per case, stage,
 * department, kind and due date, also when two server nodes handle the same warning: the database's unique
 * key decides, and the loser stays quiet. Warnings reach people by username (see {@link #recipientsOf}).
 */
@Service
public class DeadlineSupervision {

  /** Notifications are written in the service centre's language. */
  static final Locale CENTRE = Locale.SIMPLIFIED_CHINESE;

  private static final Logger log = LoggerFactory.getLogger(DeadlineSupervision.class);

  private final Alerts alerts;
  private final AccountDirectory accounts;
  private final Inbox inbox;
  private final MessageSource messages;
  private final Clock clock;
  private final TransactionTemplate ownTransaction;
  private final JdbcTemplate jdbc;
  private final DepartmentDirectory departments;

  DeadlineSupervision(Alerts alerts, AccountDirectory accounts, Inbox inbox, MessageSource messages, Clock clock,
      PlatformTransactionManager transactions, JdbcTemplate jdbc, DepartmentDirectory departments) {
    this.departments = departments;
    this.jdbc = jdbc;
    this.alerts = alerts;
    this.accounts = accounts;
    this.inbox = inbox;
    this.messages = messages;
    this.clock = clock;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  // Async after commit, tracked by the event publication registry like @ApplicationModuleListener, but
  // without a surrounding transaction: each alert commits in its own, and a duplicate leaves nothing behind.
  @Async
  @TransactionalEventListener
  void on(CaseAccepted accepted) {
    if (accepted.dueDateProvisional()) {
      raiseProvisionalDueDate(accepted);
    }
  }

  /**
   * 视为受理: each deemed acceptance is recorded for the department's heads and supervisors; the acceptance
   * stage is over, so its warnings (near due, overdue) are resolved like those of a decided acceptance.
   */
  @Async
  @TransactionalEventListener
  void on(CaseDeemedAccepted deemed) {
    resolveStage(deemed.caseNumber(), CaseStage.ACCEPT, deemed.departmentCode());
    raise(AlertKind.DEEMED_ACCEPTANCE, deemed.caseNumber(), CaseStage.ACCEPT.name(), deemed.departmentCode(),
        null, deemed.lastDay(), oversight(deemed.departmentCode()));
  }

  /**
   * Brings the alerts of one case's stage in one department in line with the warnings in force: raises
   * each new one (once, also across nodes) and resolves the open ones no longer in force (a moved due
   * date resolves the stale alert; the next one is raised when the new date nears).
   *
   * @return the alerts raised now
   */
  public List<AlertKind> refresh(WarningTarget target, List<WarningPolicy.Active> active) {
    String stage = target.stage().name();
    Set<String> inForce = new LinkedHashSet<>();
    List<AlertKind> raised = new ArrayList<>();
    for (WarningPolicy.Active a : active) {
      AlertKind kind = AlertKind.of(a.kind());
      inForce.add(kind + "@" + a.dueDate());
      if (!openAlert(target.caseNumber(), stage, target.departmentCode(), kind, a.dueDate())
          && raise(kind, target.caseNumber(), stage, target.departmentCode(), target.assignee(), a.dueDate(),
              recipientsOf(target))) {
        raised.add(kind);
      }
    }
    ownTransaction.executeWithoutResult(status -> alerts
        .findByCaseNumberAndStageAndDepartmentCodeAndResolvedAtIsNull(target.caseNumber(), stage,
            target.departmentCode())
        .stream().filter(x -> x.kind() != AlertKind.DEEMED_ACCEPTANCE)
        .filter(x -> !inForce.contains(x.kind() + "@" + x.dueDate()))
        .forEach(x -> x.resolve(clock.instant())));
    return raised;
  }

  /** The stage's task was completed: its alerts are resolved (the next stage gets its own). */
  public void resolveStage(String caseNumber, CaseStage stage, String departmentCode) {
    ownTransaction.executeWithoutResult(status -> alerts
        .findByCaseNumberAndStageAndDepartmentCodeAndResolvedAtIsNull(caseNumber, stage.name(), departmentCode)
        .forEach(x -> x.resolve(clock.instant())));
  }

  /**
   * Tells the supervisors that an accepted case's due date is provisional (it reaches a year not loaded).
   *
   * @return {@code false} when this case already had such an alert
   */
  public boolean raiseProvisionalDueDate(CaseAccepted accepted) {
    return raise(AlertKind.PROVISIONAL_DUE_DATE, accepted.caseNumber(), Alert.WHOLE_CASE,
        accepted.departmentCode(), null, accepted.dueDate(),
        accounts.staffWith(Role.SUPERVISOR, accepted.departmentCode()));
  }

  @Async
  @TransactionalEventListener
  void on(CaseCompleted completed) {
    resolveAlertsOf(completed.caseNumber());
  }

  /**
   * 办结: a finished case is late no more; its open alerts are resolved (they stay on record).
   *
   * @return how many alerts were open
   */
  public int resolveAlertsOf(String caseNumber) {
    Integer resolved = ownTransaction.execute(status -> {
      List<Alert> open = alerts.findByCaseNumberAndResolvedAtIsNull(caseNumber);
      open.forEach(a -> a.resolve(clock.instant()));
      return open.size();
    });
    return resolved == null ? 0 : resolved;
  }

  /** Open alerts the member may see, newest first: all for admins, their departments' for supervisors. */
  @Transactional(readOnly = true)
  public List<Alert> openAlertsFor(Member member) {
    if (member.has(Role.ADMIN)) {
      return alerts.findTop200ByResolvedAtIsNullOrderByRaisedAtDesc();
    }
    // Only the departments where the member supervises: a supervisor here may be a clerk elsewhere.
    List<String> supervised = member.grants().stream().filter(g -> g.role() == Role.SUPERVISOR)
        .map(org.openhall.identity.RoleGrant::departmentCode).toList();
    if (supervised.isEmpty()) {
      return List.of();
    }
    return alerts.findTop200ByResolvedAtIsNullAndDepartmentCodeInOrderByRaisedAtDesc(supervised);
  }

  /** Every alert of one case, oldest first. */
  @Transactional(readOnly = true)
  public List<Alert> alertsOf(String caseNumber) {
    return alerts.findByCaseNumberOrderByRaisedAtAsc(caseNumber);
  }

  private boolean openAlert(String caseNumber, String stage, String department, AlertKind kind,
      java.time.LocalDate dueDate) {
    return alerts.findByCaseNumberAndStageAndDepartmentCodeAndResolvedAtIsNull(caseNumber, stage, department)
        .stream().anyMatch(x -> x.kind() == kind && java.util.Objects.equals(x.dueDate(), dueDate));
  }

  private boolean raise(AlertKind kind, String caseNumber, String stage, String department, String handler,
      LocalDate dueDate, List<String> recipients) {
    Alert alert = new Alert(kind, caseNumber, stage, department, handler, dueDate, clock.instant(), recipients);
    try {
      ownTransaction.executeWithoutResult(status -> {
        insert(alert);
        Object[] args = {caseNumber, departments.nameOf(department), stageName(stage),
            dueDate == null ? "—" : dueDate.toString()};
        inbox.send(recipients, messages.getMessage("alert.subject." + kind, args, CENTRE),
            messages.getMessage("alert.body." + kind, args, CENTRE), caseNumber);
      });
    } catch (DuplicateKeyException raisedMeanwhile) {
      // uk_alert_once: the same warning was recorded a moment ago, here or on another node.
      log.debug("alert {} for {} / {} raised concurrently elsewhere", kind, caseNumber, stage);
      return false;
    }
    log.info("alert {} for case {} ({}) sent to {}", kind, caseNumber, stage, recipients);
    return true;
  }

  /**
   * Inserts by JDBC, first thing in its transaction: a duplicate then fails on uk_alert_once at once, with a
   * {@link DuplicateKeyException} and no Hibernate session to poison or error to log.
   */
  private void insert(Alert alert) {
    jdbc.update("insert into alert (id, kind, case_number, stage, department_code, handler, due_date, raised_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?)",
        alert.id(), alert.kind().name(), alert.caseNumber(), alert.stage(), alert.departmentCode(),
        alert.handler(), alert.dueDate(), java.sql.Timestamp.from(alert.raisedAt()));
    jdbc.batchUpdate("insert into alert_recipient (alert_id, username) values (?, ?)",
        alert.recipients().stream().map(r -> new Object[] {alert.id(), r}).toList());
  }

  /**
   * 预警 reaches people, by username, resolved now: the task's assignee, else everyone holding the
   * task's role in the task's department; and the heads and supervisors of that department.
   */
  List<String> recipientsOf(WarningTarget target) {
    Set<String> recipients = new LinkedHashSet<>();
    if (target.assignee() != null && !target.assignee().isBlank()) {
      recipients.add(target.assignee());
    } else if (target.role() != null) {
      recipients.addAll(accounts.staffWith(target.role(), target.departmentCode()));
    }
    recipients.addAll(oversight(target.departmentCode()));
    return new ArrayList<>(recipients);
  }

  private List<String> oversight(String department) {
    Set<String> recipients = new LinkedHashSet<>(accounts.staffWith(Role.HEAD, department));
    recipients.addAll(accounts.staffWith(Role.SUPERVISOR, department));
    return new ArrayList<>(recipients);
  }

  /** Whose warnings: one case's task, at a stage, in a department, held by an assignee or a role. */
  public record WarningTarget(String caseNumber, CaseStage stage, String departmentCode, String assignee,
      Role role) {
  }

  private String stageName(String stage) {
    return messages.getMessage("alert.stage." + stage, null, stage, CENTRE);
  }
}
