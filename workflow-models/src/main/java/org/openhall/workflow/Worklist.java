package org.openhall.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.openhall.calendar.WorkingDayCalendar;
import org.openhall.calendar.WorkingDays;
import org.openhall.casefile.Actor;
import org.openhall.casefile.Case;
import org.openhall.casefile.CaseAcceptance;
import org.openhall.casefile.CaseDecisions;
import org.openhall.casefile.CaseFiles;
import org.openhall.casefile.CaseStage;
import org.openhall.casefile.WarningPolicy;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.kernel.DomainException;
import org.openhall.supervision.DeadlineSupervision;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The worklist facade: what staff may work on, claiming, and completing with an outcome. The UIs
 * use this, never Camunda's TaskService. A task outside the caller's departments or roles is
 * reported as not found. Colours come from the {@link WarningPolicy}, like every other deadline view.
 */
@Service
public class Worklist {

  private final WorkItems workItems;
  private final TaskService tasks;
  private final CaseFiles cases;
  private final CaseAcceptance acceptance;
  private final CaseDecisions decisions;
  private final WarningPolicy warnings;
  private final DeadlineSupervision supervision;
  private final WorkingDays workingDays;
  private final Clock clock;

  Worklist(WorkItems workItems, TaskService tasks, CaseFiles cases, CaseAcceptance acceptance,
      CaseDecisions decisions, WarningPolicy warnings, DeadlineSupervision supervision,
      WorkingDays workingDays, Clock clock) {
    this.workItems = workItems;
    this.tasks = tasks;
    this.cases = cases;
    this.acceptance = acceptance;
    this.decisions = decisions;
    this.warnings = warnings;
    this.supervision = supervision;
    this.workingDays = workingDays;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<WorkTask> tasksFor(Member staff, CaseStage stage) {
    if (staff.departments().isEmpty() || staff.roles().isEmpty()) {
      return List.of();
    }
    LocalDate today = workingDays.today();
    WorkingDayCalendar calendar = workingDays.calendar();
    // Roles are held per department: a reviewer here and head elsewhere reviews only here.
    List<WorkItem> items = workItems.openFor(staff.departments(), staff.roles(), stage).stream()
        .filter(w -> mayWorkOn(w, staff)).toList();
    // One query for the cases of the whole list, not one per task.
    Map<String, Case> byNumber = cases.byNumbers(items.stream().map(WorkItem::caseNumber).toList());
    return items.stream().map(w -> view(w, byNumber.get(w.caseNumber()), today, calendar)).toList();
  }

  @Transactional
  public WorkTask claim(String taskId, Member staff) {
    WorkItem item = visible(taskId, staff);
    if (!item.open()) {
      throw DomainException.conflict("TASK_ALREADY_COMPLETED", taskId);
    }
    if (item.assignee() != null && !item.assignee().equals(staff.username())) {
      throw DomainException.conflict("TASK_CLAIMED_BY_OTHER", taskId, item.assignee());
    }
    if (item.assignee() == null) {
      tasks.claim(taskId, staff.username());
      item.claim(staff.username());
    }
    return view(item, workingDays.today(), workingDays.calendar());
  }

  @Transactional
  public void complete(String taskId, Member staff, Completion completion) {
    WorkItem item = visible(taskId, staff);
    if (!item.open()) {
      throw DomainException.conflict("TASK_ALREADY_COMPLETED", taskId);
    }
    if (item.assignee() != null && !item.assignee().equals(staff.username())) {
      throw DomainException.conflict("TASK_CLAIMED_BY_OTHER", taskId, item.assignee());
    }
    String outcome = completion.outcome() == null ? "" : completion.outcome().strip();
    if (!StageMap.outcomesOf(item.stage(), item.role()).contains(outcome)) {
      throw DomainException.invalid("OUTCOME_INVALID", outcome, item.stage().name(),
          String.join(", ", StageMap.outcomesOf(item.stage(), item.role()).stream().sorted().toList()));
    }
    Actor actor = new Actor(staff.id(), item.role().name());
    String caseNumber = item.caseNumber();
    boolean instant = InstantApprovalProcess.KEY.equals(cases.byNumber(caseNumber).processKey());
    switch (item.stage()) {
      case ACCEPT -> {
        switch (outcome) {
          case "ACCEPTED" -> {
            if (instant) {
              acceptance.acceptAndDecideAtWindow(caseNumber, actor, completion.opinion());
            } else {
              acceptance.accept(caseNumber, actor, completion.opinion());
            }
          }
          case "NOT_ACCEPTED" -> acceptance.refuse(caseNumber, actor, completion.opinion());
          default -> acceptance.requireCorrection(caseNumber, actor, completion.missing(), completion.opinion());
        }
      }
      case REVIEW -> decisions.review(caseNumber, actor, "PASSED".equals(outcome), completion.opinion(),
          item.departmentCode());
      case DECIDE -> {
        if ("RETURNED".equals(outcome)) {
          decisions.returnToReview(caseNumber, actor, completion.opinion());
        } else {
          decisions.decide(caseNumber, actor, "APPROVED".equals(outcome), completion.opinion());
        }
      }
      default -> throw DomainException.invalid("OUTCOME_INVALID", outcome, item.stage().name(), "");
    }
    item.complete(staff.username(), outcome, clock.instant());
    try {
      tasks.complete(taskId, Map.of(ProcessVariables.OUTCOME, outcome));
    } catch (NullValueException gone) {
      throw DomainException.conflict("TASK_ALREADY_COMPLETED", taskId);
    }
    supervision.resolveStage(caseNumber, item.stage(), item.departmentCode());
  }

  /** One open task the staff member may work on, or 404. */
  @Transactional(readOnly = true)
  public WorkTask task(String taskId, Member staff) {
    WorkItem item = visible(taskId, staff);
    if (!item.open()) {
      throw DomainException.notFound("TASK_NOT_FOUND", taskId);
    }
    return view(item, workingDays.today(), workingDays.calendar());
  }

  private WorkItem visible(String taskId, Member staff) {
    return workItems.findById(taskId)
        .filter(w -> mayWorkOn(w, staff))
        .orElseThrow(() -> DomainException.notFound("TASK_NOT_FOUND", taskId));
  }

  private static boolean mayWorkOn(WorkItem w, Member staff) {
    return staff.has(w.role(), w.departmentCode());
  }

  private WorkTask view(WorkItem w, LocalDate today, WorkingDayCalendar calendar) {
    return view(w, cases.byNumber(w.caseNumber()), today, calendar);
  }

  private WorkTask view(WorkItem w, Case c, LocalDate today, WorkingDayCalendar calendar) {
    return new WorkTask(w.taskId(), w.caseNumber(), w.itemCode(), w.itemName(), w.stage(),
        w.departmentCode(), w.dueDate(), warnings.colour(c, w.stage(), w.stageDueDate(), today, calendar),
        w.assignee(), StageMap.outcomesOf(w.stage(), w.role()));
  }
}
