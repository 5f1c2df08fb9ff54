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
import org.openhall.casefile.DeadlineWarning;
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
 * Turns deadline warnings and provisional due dates into alerts and notifications. Each alert is raised once
 * per case, stage and kind, also when two server nodes handle the same warning: the database's unique key
 * decides, and the loser stays quiet. Warnings reach the handler, the department head(s) and the
 * supervisors; provisional due dates reach the supervisors.
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

  DeadlineSupervision(Alerts alerts, AccountDirectory accounts, Inbox inbox, MessageSource messages, Clock clock,
      PlatformTransactionManager transactions, JdbcTemplate jdbc) {
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

  @Async
  @TransactionalEventListener
  void on(DeadlineWarning warning) {
    record(warning);
  }

  /**
   * Records a warning and notifies its handler, the department head(s) and the supervisors.
   *
   * @return {@code false} when this warning was recorded before (here or on another node): nothing happens
   */
  public boolean record(DeadlineWarning warning) {
    AlertKind kind = switch (warning.reason()) {
      case OVERDUE -> AlertKind.DEADLINE_RED;
      case STAGE_OVERRUN -> AlertKind.STAGE_OVERRUN;
      case NEAR_DUE -> warning.level() == DeadlineWarning.Level.RED ? AlertKind.DEADLINE_RED : AlertKind.DEADLINE_YELLOW;
    };
    String stage = warning.stage() == null ? Alert.WHOLE_CASE : warning.stage().name();
    return raise(kind, warning.caseNumber(), stage, warning.departmentCode(), warning.handler(), warning.dueDate());
  }

  /**
   * Tells the supervisors that an accepted case's due date is provisional (it reaches a year not loaded).
   *
   * @return {@code false} when this case already had such an alert
   */
  public boolean raiseProvisionalDueDate(CaseAccepted accepted) {
    return raise(AlertKind.PROVISIONAL_DUE_DATE, accepted.caseNumber(), Alert.WHOLE_CASE,
        accepted.departmentCode(), null, accepted.dueDate());
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
    if (!member.has(Role.SUPERVISOR) || member.departments().isEmpty()) {
      return List.of();
    }
    return alerts.findTop200ByResolvedAtIsNullAndDepartmentCodeInOrderByRaisedAtDesc(member.departments());
  }

  /** Every alert of one case, oldest first. */
  @Transactional(readOnly = true)
  public List<Alert> alertsOf(String caseNumber) {
    return alerts.findByCaseNumberOrderByRaisedAtAsc(caseNumber);
  }

  private boolean raise(AlertKind kind, String caseNumber, String stage, String department, String handler,
      LocalDate dueDate) {
    if (alerts.existsByCaseNumberAndStageAndKind(caseNumber, stage, kind)) {
      log.debug("alert {} for {} / {} already raised", kind, caseNumber, stage);
      return false;
    }
    List<String> recipients = recipientsOf(kind, department, handler);
    Alert alert = new Alert(kind, caseNumber, stage, department, handler, dueDate, clock.instant(), recipients);
    try {
      ownTransaction.executeWithoutResult(status -> {
        insert(alert);
        Object[] args = {caseNumber, department, stageName(stage), dueDate == null ? "—" : dueDate.toString()};
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

  private List<String> recipientsOf(AlertKind kind, String department, String handler) {
    Set<String> recipients = new LinkedHashSet<>();
    if (kind != AlertKind.PROVISIONAL_DUE_DATE) {
      if (handler != null && !handler.isBlank()) {
        recipients.add(handler);
      }
      recipients.addAll(accounts.staffWith(Role.HEAD, department));
    }
    List<String> supervisors = accounts.staffWith(Role.SUPERVISOR, department);
    // A department without its own supervisor is watched by every supervisor of the centre.
    recipients.addAll(supervisors.isEmpty() ? accounts.staffWith(Role.SUPERVISOR) : supervisors);
    return new ArrayList<>(recipients);
  }

  private String stageName(String stage) {
    return messages.getMessage("alert.stage." + stage, null, stage, CENTRE);
  }
}
