package org.openhall.workflow;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.openhall.calendar.WorkingDayCalendar;
import org.openhall.calendar.WorkingDays;
import org.openhall.casefile.Case;
import org.openhall.casefile.CaseDueDateMoved;
import org.openhall.casefile.CaseFiles;
import org.openhall.casefile.CaseStage;
import org.openhall.casefile.ClockEntry;
import org.openhall.casefile.WarningPolicy;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the work item index in step with the engine's user tasks and the case's clock, inside the
 * transaction that changed them (Camunda's Spring eventing publishes task events synchronously).
 *
 * <p>A work item's due date is the §32 acceptance date at ACCEPT and the promised due date later. Its
 * stage budget (环节时限) is a share of the promised working days, rounded up, at least one: review
 * {@value #REVIEW_SHARE_PERCENT}%, decision {@value #DECIDE_SHARE_PERCENT}%; it moves with the clock.
 */
@Component
class WorkItemRecorder {

  static final int REVIEW_SHARE_PERCENT = 50;
  static final int DECIDE_SHARE_PERCENT = 30;

  private final WorkItems workItems;
  private final CaseFiles cases;
  private final WorkingDays workingDays;
  private final Clock clock;
  private final WarningPolicy warnings;

  WorkItemRecorder(WorkItems workItems, CaseFiles cases, WorkingDays workingDays, Clock clock,
      WarningPolicy warnings) {
    this.warnings = warnings;
    this.workItems = workItems;
    this.cases = cases;
    this.workingDays = workingDays;
    this.clock = clock;
  }

  @EventListener(condition = "#task.eventName == 'create'")
  public void created(DelegateTask task) {
    StageMap.Step step = StageMap.stepOf(task.getTaskDefinitionKey())
        .orElseThrow(() -> new IllegalStateException("user task " + task.getTaskDefinitionKey()
            + " has no stage in StageMap"));
    String caseNumber = (String) task.getVariable(ProcessVariables.CASE_NUMBER);
    Case c = cases.byNumber(caseNumber);
    // A joint case's parallel review belongs to its co-department, everything else to the lead.
    Object coDepartment = task.getVariable(JointApprovalProcess.VAR_CO_DEPARTMENT);
    String department = coDepartment instanceof String code ? code : c.departmentCode();
    LocalDate today = workingDays.today();
    WorkingDayCalendar calendar = workingDays.calendar();
    LocalDate stageDue = stageDue(c, step.stage(), today, calendar);
    workItems.save(new WorkItem(task.getId(), task.getProcessInstanceId(), caseNumber,
        c.itemCode(), c.itemName(), step.stage(), step.role(), department, dueDateOf(c, step.stage()),
        stageDue, clock.instant(), today, warnings.colour(c, step.stage(), stageDue, today, calendar)));
  }

  @EventListener(condition = "#task.eventName == 'delete'")
  public void deleted(DelegateTask task) {
    workItems.findById(task.getId()).filter(WorkItem::open).ifPresent(w -> w.cancel(clock.instant()));
  }

  /**
   * The case's clock moved (or was recounted on a new calendar): its open items follow, counted again
   * from the day each stage began, and the sweep looks at them again today.
   */
  @EventListener
  public void on(CaseDueDateMoved moved) {
    var calendar = workingDays.calendar();
    LocalDate today = workingDays.today();
    Case c = cases.byNumber(moved.caseNumber());
    for (WorkItem w : workItems.findByCaseNumberAndCompletedAtIsNull(moved.caseNumber())) {
      LocalDate began = w.createdAt().atZone(clock.getZone()).toLocalDate();
      LocalDate stageDue = stageDue(c, w.stage(), began, calendar);
      w.moveDates(dueDateOf(c, w.stage()), stageDue, today,
          warnings.colour(c, w.stage(), stageDue, today, calendar));
    }
  }

  private static LocalDate dueDateOf(Case c, CaseStage stage) {
    return stage == CaseStage.ACCEPT ? c.clock().acceptanceDue().orElse(null) : c.dueDate().orElse(null);
  }

  /**
   * The last day of a stage's budget: its share of the promised days from the day it began, plus the
   * working days the clock stood still since then (counted on the calendar as it is now).
   */
  private static LocalDate stageDue(Case c, CaseStage stage, LocalDate began, WorkingDayCalendar calendar) {
    int share = switch (stage) {
      case REVIEW -> REVIEW_SHARE_PERCENT;
      case DECIDE -> DECIDE_SHARE_PERCENT;
      default -> 0;
    };
    if (share == 0) {
      return null;
    }
    int stopped = 0;
    LocalDate stopOn = null;
    for (ClockEntry e : c.clockEntries()) {
      if (e.kind() == ClockEntry.Kind.STOP) {
        stopOn = e.effectiveOn();
      } else if (e.kind() == ClockEntry.Kind.RESUME && stopOn != null && !stopOn.isBefore(began)) {
        stopped += calendar.workingDaysBetween(stopOn, e.effectiveOn());
      }
    }
    return calendar.addWorkingDays(began, budgetDays(c.promisedDays(), share) + stopped).date();
  }

  /** The working days a stage may take: its share of the promised days, rounded up, at least 1. */
  static int budgetDays(int promisedDays, int sharePercent) {
    return Math.max(1, (promisedDays * sharePercent + 99) / 100);
  }
}
