package org.openhall.workflow;

import org.openhall.organisation.DepartmentDirectory;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import java.util.TreeMap;
import java.util.HashSet;
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
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.openhall.casefile.WarningColour;
import org.openhall.identity.AccountDirectory;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.identity.Role;
import org.openhall.kernel.PublicNames;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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
  private final AccountDirectory accounts;
  private final DepartmentDirectory departments;

  Worklist(WorkItems workItems, TaskService tasks, CaseFiles cases, CaseAcceptance acceptance,
      CaseDecisions decisions, WarningPolicy warnings, DeadlineSupervision supervision,
      WorkingDays workingDays, Clock clock, AccountDirectory accounts, DepartmentDirectory departments) {
    this.accounts = accounts;
    this.departments = departments;
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

  /** The first {@value #MAX_PAGE_SIZE} tasks at a stage (or all stages), soonest due first. */
  @Transactional(readOnly = true)
  public List<WorkTask> tasksFor(Member staff, CaseStage stage) {
    return page(staff, new WorklistFilter(null, null, stage, null, null), 0, MAX_PAGE_SIZE).tasks();
  }

  /**
   * One page of the tasks the staff member may work on (their departments and roles; a head sees every
   * task of their departments), soonest due first, with the total. A department filter outside the caller's departments gives an empty page.
   * One query for the page, one for the total, one for the page's cases: never all open tasks.
   */
  @Transactional(readOnly = true)
  public WorklistPage page(Member staff, WorklistFilter filter, int page, int size) {
    int p = Math.max(0, page);
    int n = Math.min(MAX_PAGE_SIZE, Math.max(1, size));
    Set<String> departments = filter.department() == null || filter.department().isBlank()
        ? staff.departments()
        : staff.departments().contains(filter.department()) ? Set.of(filter.department()) : Set.of();
    // Roles are held per department (a reviewer here, a head there); a head oversees every task of
    // the department, to release or reassign it.
    Map<String, Set<Role>> rolesByDepartment = new TreeMap<>();
    for (String department : departments) {
      Set<Role> roles = staff.has(Role.HEAD, department) ? ALL_TASK_ROLES
          : ALL_TASK_ROLES.stream().filter(r -> staff.has(r, department)).collect(Collectors.toSet());
      if (!roles.isEmpty()) {
        rolesByDepartment.put(department, roles);
      }
    }
    if (rolesByDepartment.isEmpty()) {
      return new WorklistPage(List.of(), p, n, 0);
    }
    Set<Set<Role>> shapes = new HashSet<>(rolesByDepartment.values());
    Set<String> withRoles = rolesByDepartment.keySet();
    Set<Role> roles = shapes.iterator().next();
    PageRequest request = PageRequest.of(p, n);
    Page<WorkItem> items;
    if (shapes.size() > 1) {
      List<String> grants = rolesByDepartment.entrySet().stream()
          .flatMap(e -> e.getValue().stream().map(r -> e.getKey() + "/" + r.name())).toList();
      items = workItems.pageOfGrants(withRoles, grants, filter.stage(), blankToNull(filter.itemCode()),
          filter.warning(), blankToNull(filter.caseNumber()), request);
    } else if (withRoles.size() == 1 && roles.size() == 1) {
      items = workItems.pageOfOne(withRoles.iterator().next(), roles.iterator().next(), filter.stage(),
          blankToNull(filter.itemCode()), filter.warning(), blankToNull(filter.caseNumber()), request);
    } else {
      items = workItems.page(withRoles, roles, filter.stage(), blankToNull(filter.itemCode()),
          filter.warning(), blankToNull(filter.caseNumber()), request);
    }
    LocalDate today = workingDays.today();
    WorkingDayCalendar calendar = workingDays.calendar();
    Map<String, Case> byNumber = cases.byNumbers(items.stream().map(WorkItem::caseNumber).toList());
    return new WorklistPage(items.stream().map(w -> view(w, byNumber.get(w.caseNumber()), today, calendar))
        .toList(), p, n, items.getTotalElements());
  }

  /**
   * Gives a claimed task back to the pool: its holder, or a head (HEAD) of the task's department.
   * 409 TASK_CLAIMED_BY_OTHER for anyone else, 409 TASK_ALREADY_COMPLETED once done.
   */
  @Transactional
  public WorkTask release(String taskId, Member staff) {
    WorkItem item = workItems.findById(taskId)
        .filter(w -> mayWorkOn(w, staff) || headOf(w, staff))
        .orElseThrow(() -> DomainException.notFound("TASK_NOT_FOUND", taskId));
    if (!item.open()) {
      throw DomainException.conflict("TASK_ALREADY_COMPLETED", taskId);
    }
    if (item.assignee() != null && !item.assignee().equals(staff.username()) && !headOf(item, staff)) {
      throw DomainException.conflict("TASK_CLAIMED_BY_OTHER", taskId, item.assignee());
    }
    if (item.assignee() != null) {
      tasks.setAssignee(taskId, null);
      item.release();
    }
    return view(item, workingDays.today(), workingDays.calendar());
  }

  /**
   * A head (HEAD) of the task's department gives it to a staff member holding the stage's role in that
   * department. 403 HEAD_OF_TASK_DEPARTMENT_REQUIRED for other staff who see the task, 404 for the rest;
   * 400 ASSIGNEE_NOT_FIT for someone who may not work on it.
   */
  @Transactional
  public WorkTask reassign(String taskId, Member head, String username) {
    WorkItem item = workItems.findById(taskId)
        .filter(w -> mayWorkOn(w, head) || head.departments().contains(w.departmentCode()))
        .orElseThrow(() -> DomainException.notFound("TASK_NOT_FOUND", taskId));
    if (!headOf(item, head)) {
      throw new DomainException(DomainException.Kind.FORBIDDEN, "HEAD_OF_TASK_DEPARTMENT_REQUIRED", taskId);
    }
    if (!item.open()) {
      throw DomainException.conflict("TASK_ALREADY_COMPLETED", taskId);
    }
    String who = username == null ? "" : username.strip();
    Member assignee = accounts.find(who).filter(Member::enabled).filter(m -> mayWorkOn(item, m))
        .orElseThrow(() -> DomainException.invalid("ASSIGNEE_NOT_FIT", who,
            departments.nameOf(item.departmentCode()),
            // the role in the reader's words, resolved by the message source with the message itself
            new DefaultMessageSourceResolvable(new String[] {"role." + item.role().name()},
                item.role().name())));
    tasks.setAssignee(taskId, assignee.username());
    item.claim(assignee.username());
    return view(item, workingDays.today(), workingDays.calendar());
  }

  private static boolean headOf(WorkItem w, Member staff) {
    return staff.has(Role.HEAD, w.departmentCode());
  }

  /** The roles whose tasks a worklist shows. */
  private static final Set<Role> ALL_TASK_ROLES =
      Set.copyOf(EnumSet.of(Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.HEAD));

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** The largest page a worklist answers. */
  public static final int MAX_PAGE_SIZE = 200;

  /** What a worklist is narrowed to; each null or blank means any. */
  public record WorklistFilter(String department, String itemCode, CaseStage stage, WarningColour warning,
      String caseNumber) {
  }

  /** One page of a worklist and how many tasks the whole list holds. */
  public record WorklistPage(List<WorkTask> tasks, int page, int size, long total) {
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

  /**
   * Where a case is being handled now: the stage and department of each of its open tasks (several for
   * a joint case's parallel reviews), for the applicant's progress bar. Empty between tasks.
   */
  @Transactional(readOnly = true)
  public List<OpenStage> openStagesOf(String caseNumber) {
    return workItems.findByCaseNumberAndCompletedAtIsNull(caseNumber).stream()
        .map(w -> new OpenStage(w.stage(), w.departmentCode())).distinct().toList();
  }

  /** A stage a case is open at, in one department. */
  public record OpenStage(CaseStage stage, String departmentCode) {
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
        w.assignee(), StageMap.outcomesOf(w.stage(), w.role()),
        PublicNames.masked(c.applicant() == null ? null : c.applicant().name()),
        !w.departmentCode().equals(c.departmentCode()), w.role());
  }
}
