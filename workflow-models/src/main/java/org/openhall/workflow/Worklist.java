package org.openhall.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.openhall.calendar.WorkingDays;
import org.openhall.casefile.Actor;
import org.openhall.casefile.CaseManagement;
import org.openhall.casefile.CaseStage;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.identity.Role;
import org.openhall.kernel.DomainException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The worklist facade: what staff may work on, claiming, and completing with an outcome. The UIs
 * use this, never Camunda's TaskService. A task outside the caller's departments or roles is
 * reported as not found.
 */
@Service
public class Worklist {

  private final WorkItems workItems;
  private final TaskService tasks;
  private final CaseManagement cases;
  private final WorkingDays workingDays;
  private final Clock clock;
  private final int yellowDays;

  Worklist(WorkItems workItems, TaskService tasks, CaseManagement cases, WorkingDays workingDays,
      Clock clock, @Value("${openhall.warning.yellow-working-days:2}") int yellowDays) {
    this.workItems = workItems;
    this.tasks = tasks;
    this.cases = cases;
    this.workingDays = workingDays;
    this.clock = clock;
    this.yellowDays = yellowDays;
  }

  @Transactional(readOnly = true)
  public List<WorkTask> tasksFor(Member staff, CaseStage stage) {
    if (staff.departments().isEmpty() || staff.roles().isEmpty()) {
      return List.of();
    }
    LocalDate today = workingDays.today();
    return workItems.openFor(staff.departments(), staff.roles(), stage).stream()
        .map(w -> view(w, today)).toList();
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
    return view(item, workingDays.today());
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
    if (!StageMap.outcomesOf(item.stage()).contains(outcome)) {
      throw DomainException.invalid("OUTCOME_INVALID", outcome, item.stage().name(),
          String.join(", ", StageMap.outcomesOf(item.stage()).stream().sorted().toList()));
    }
    Actor actor = new Actor(staff.id(), item.role().name());
    String caseNumber = item.caseNumber();
    switch (item.stage()) {
      case ACCEPT -> {
        switch (outcome) {
          case "ACCEPTED" -> cases.accept(caseNumber, actor, completion.opinion());
          case "NOT_ACCEPTED" -> cases.refuse(caseNumber, actor, completion.opinion());
          default -> cases.requireCorrection(caseNumber, actor, completion.missing(), completion.opinion());
        }
      }
      case REVIEW -> cases.review(caseNumber, actor, "PASSED".equals(outcome), completion.opinion());
      case DECIDE -> cases.decide(caseNumber, actor, "APPROVED".equals(outcome), completion.opinion());
      default -> throw DomainException.invalid("OUTCOME_INVALID", outcome, item.stage().name(), "");
    }
    item.complete(staff.username(), outcome, clock.instant());
    try {
      tasks.complete(taskId, Map.of(ProcessVariables.OUTCOME, outcome));
    } catch (NullValueException gone) {
      throw DomainException.conflict("TASK_ALREADY_COMPLETED", taskId);
    }
  }

  /** One open task the staff member may work on, or 404. */
  @Transactional(readOnly = true)
  public WorkTask task(String taskId, Member staff) {
    WorkItem item = visible(taskId, staff);
    if (!item.open()) {
      throw DomainException.notFound("TASK_NOT_FOUND", taskId);
    }
    return view(item, workingDays.today());
  }

  private WorkItem visible(String taskId, Member staff) {
    return workItems.findById(taskId)
        .filter(w -> staff.departments().contains(w.departmentCode()) && staff.has(w.role()))
        .orElseThrow(() -> DomainException.notFound("TASK_NOT_FOUND", taskId));
  }

  private WorkTask view(WorkItem w, LocalDate today) {
    return new WorkTask(w.taskId(), w.caseNumber(), w.itemCode(), w.itemName(), w.stage(),
        w.departmentCode(), w.dueDate(), warning(w.dueDate(), today), w.assignee());
  }

  /** Red when overdue, yellow within the configured working days of the due date. */
  Warning warning(LocalDate due, LocalDate today) {
    if (due == null) {
      return Warning.GREEN;
    }
    if (today.isAfter(due)) {
      return Warning.RED;
    }
    return workingDays.calendar().workingDaysBetween(today, due) <= yellowDays ? Warning.YELLOW : Warning.GREEN;
  }

}
