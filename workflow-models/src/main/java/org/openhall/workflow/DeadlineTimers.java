package org.openhall.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.openhall.calendar.WorkingDays;
import org.openhall.casefile.Case;
import org.openhall.casefile.CaseDueDateMoved;
import org.openhall.casefile.CaseManagement;
import org.openhall.casefile.CaseStage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The dates of the BPMN timers, computed from the working-day calendar (never fixed durations),
 * and their moves: when a case's clock stops the warning timers are suspended, when it resumes or
 * is extended they are re-dated and activated again (docs/adr/0007-legal-clock.md).
 *
 * <p>Stage budgets (环节时限) as a share of the promised working days, rounded up, at least one:
 * review {@value #REVIEW_SHARE_PERCENT}%, decision {@value #DECIDE_SHARE_PERCENT}%; the rest is
 * left for issuing. A stage still open after its budget gets a yellow warning.
 */
@Component("deadlineTimers")
public class DeadlineTimers {

  static final int REVIEW_SHARE_PERCENT = 50;
  static final int DECIDE_SHARE_PERCENT = 30;
  private static final Map<CaseStage, Integer> SHARES = Map.of(
      CaseStage.REVIEW, REVIEW_SHARE_PERCENT, CaseStage.DECIDE, DECIDE_SHARE_PERCENT);
  /** A timer that must not fire (no due date yet): far beyond any case. */
  private static final LocalDate NEVER = LocalDate.of(2999, 12, 31);
  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private final CaseManagement cases;
  private final WorkingDays workingDays;
  private final RuntimeService runtime;
  private final ManagementService management;
  private final WorkItems workItems;
  private final ZoneId zone;
  private final int yellowDays;

  DeadlineTimers(CaseManagement cases, WorkingDays workingDays, RuntimeService runtime,
      ManagementService management, WorkItems workItems, Clock clock,
      @Value("${openhall.warning.yellow-working-days:2}") int yellowDays) {
    this.cases = cases;
    this.workingDays = workingDays;
    this.runtime = runtime;
    this.management = management;
    this.workItems = workItems;
    this.zone = clock.getZone();
    this.yellowDays = yellowDays;
  }

  /** {@code BoundaryEvent_DeemedAcceptance}: start of the day after the 5th working day of receipt. */
  public String deemedAcceptanceAt(String caseNumber) {
    return cases.deemedAcceptanceAt(caseNumber).format(ISO);
  }

  /** Yellow: the start of the first day within the configured working days of the due date. */
  public String yellowAt(String caseNumber) {
    return iso(yellowDay(cases.byNumber(caseNumber).dueDate().orElse(NEVER)));
  }

  /** Red: the start of the day after the due date. */
  public String redAt(String caseNumber) {
    return iso(cases.byNumber(caseNumber).dueDate().orElse(NEVER).plusDays(1));
  }

  /** A stage's overrun: the start of the day after its budget, counted from today (stage entry). */
  public String stageOverrunAt(String caseNumber, String stage) {
    Case c = cases.byNumber(caseNumber);
    int budget = budgetDays(c.promisedDays(), CaseStage.valueOf(stage));
    return iso(workingDays.dueDate(workingDays.today(), budget).date().plusDays(1));
  }

  /** The working days a stage may take: its share of the promised days, rounded up, at least 1. */
  static int budgetDays(int promisedDays, CaseStage stage) {
    int share = SHARES.getOrDefault(stage, 100);
    return Math.max(1, (promisedDays * share + 99) / 100);
  }

  /** The first day d with at most {@code yellowDays} working days in (d, due]. */
  LocalDate yellowDay(LocalDate due) {
    var calendar = workingDays.calendar();
    LocalDate day = due;
    while (calendar.workingDaysBetween(day.minusDays(1), due) <= yellowDays) {
      day = day.minusDays(1);
    }
    return day;
  }

  /**
   * Follows a clock stop, resume or extension inside the same transaction: warning timers of the
   * case's process are suspended while the clock stands still; otherwise yellow and red are
   * re-dated from the new due date and stage overruns move by the same working days.
   */
  @EventListener
  public void on(CaseDueDateMoved moved) {
    workItems.findByCaseNumberAndCompletedAtIsNull(moved.caseNumber())
        .forEach(w -> w.moveDueDate(moved.dueDate()));
    var instances = runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(moved.caseNumber()).list();
    for (var instance : instances) {
      for (String timerId : PromisedApprovalProcess.YELLOW_TIMERS) {
        reschedule(instance.getId(), timerId, moved, current -> yellowDay(moved.dueDate()));
      }
      for (String timerId : PromisedApprovalProcess.RED_TIMERS) {
        reschedule(instance.getId(), timerId, moved, current -> moved.dueDate().plusDays(1));
      }
      // A stage budget is counted on the clock too: it moves by the same working days.
      for (String timerId : PromisedApprovalProcess.OVERRUN_TIMERS) {
        reschedule(instance.getId(), timerId, moved, current -> moved.workingDaysMoved() == 0 ? current
            : workingDays.calendar().shift(current.minusDays(1), moved.workingDaysMoved()).date()
                .plusDays(1));
      }
    }
  }

  /** Suspends the timer while the clock stands still; otherwise re-dates and activates it. */
  private void reschedule(String processInstanceId, String timerId, CaseDueDateMoved moved,
      UnaryOperator<LocalDate> newDay) {
    for (Job job : management.createJobQuery().processInstanceId(processInstanceId)
        .activityId(timerId).timers().list()) {
      if (!moved.clockRunning()) {
        management.suspendJobById(job.getId());
        continue;
      }
      LocalDate current = job.getDuedate().toInstant().atZone(zone).toLocalDate();
      management.setJobDuedate(job.getId(), Date.from(startOf(newDay.apply(current))));
      if (job.isSuspended()) {
        management.activateJobById(job.getId());
      }
    }
  }

  private Instant startOf(LocalDate day) {
    return day.atStartOfDay(zone).toInstant();
  }

  private String iso(LocalDate day) {
    return OffsetDateTime.ofInstant(startOf(day), zone).format(ISO);
  }
}
