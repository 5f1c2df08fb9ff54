package org.openhall.workflow;

import java.util.Collection;
import java.util.List;
import org.openhall.casefile.CaseStage;
import org.openhall.casefile.WarningColour;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.openhall.identity.Role;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The work item index. */
interface WorkItems extends JpaRepository<WorkItem, String> {

  /**
   * One page of a worklist, soonest due first. Served by ix_work_item_worklist (open, department, role,
   * due date, age): the filters narrow an index range, the order is the index's own.
   */
  @Query(value = "select w from WorkItem w" + WORKLIST + """
       order by w.dueDate asc, w.createdAt asc, w.taskId asc""",
      countQuery = "select count(w) from WorkItem w" + WORKLIST)
  Page<WorkItem> page(Collection<String> departments, Collection<Role> roles, CaseStage stage,
      String itemCode, WarningColour warning, String caseNumber, Pageable page);

  /**
   * The same page for one department and one role (most staff): ordered by the whole index prefix, which
   * is the same order as {@link #page} here, so the database reads the page straight off the index
   * (H2 sorts by an index only when the ORDER BY names its leading columns).
   */
  @Query(value = "select w from WorkItem w" + ONE + """
       order by w.completedAt, w.departmentCode, w.role, w.dueDate, w.createdAt, w.taskId""",
      countQuery = "select count(w) from WorkItem w" + ONE)
  Page<WorkItem> pageOfOne(String department, Role role, CaseStage stage, String itemCode,
      WarningColour warning, String caseNumber, Pageable page);

  /**
   * The same page for staff whose roles differ between their departments (a reviewer here, a head
   * there): each {@code grants} entry is {@code DEPARTMENT/ROLE}. Rarer, so the database sorts.
   */
  @Query(value = "select w from WorkItem w" + GRANTS + """
       order by w.dueDate asc, w.createdAt asc, w.taskId asc""",
      countQuery = "select count(w) from WorkItem w" + GRANTS)
  Page<WorkItem> pageOfGrants(Collection<String> departments, Collection<String> grants, CaseStage stage,
      String itemCode, WarningColour warning, String caseNumber, Pageable page);

  String GRANTS = """
       where w.completedAt is null
        and w.departmentCode in :departments
        and concat(w.departmentCode, '/', cast(w.role as String)) in :grants
        and (:stage is null or w.stage = :stage)
        and (:itemCode is null or w.itemCode = :itemCode)
        and (:warning is null or w.warning = :warning)
        and (:caseNumber is null or w.caseNumber = :caseNumber)
      """;

  String ONE = """
       where w.completedAt is null
        and w.departmentCode = :department and w.role = :role
        and (:stage is null or w.stage = :stage)
        and (:itemCode is null or w.itemCode = :itemCode)
        and (:warning is null or w.warning = :warning)
        and (:caseNumber is null or w.caseNumber = :caseNumber)
      """;

  String WORKLIST = """
       where w.completedAt is null
        and w.departmentCode in :departments and w.role in :roles
        and (:stage is null or w.stage = :stage)
        and (:itemCode is null or w.itemCode = :itemCode)
        and (:warning is null or w.warning = :warning)
        and (:caseNumber is null or w.caseNumber = :caseNumber)
      """;

  List<WorkItem> findByCaseNumberAndCompletedAtIsNull(String caseNumber);

  /** Open items the deadline sweep must look at on {@code today} (one index range scan). */
  @Query("""
      select w from WorkItem w
      where w.completedAt is null and w.nextCheckOn <= :today
      order by w.nextCheckOn asc""")
  List<WorkItem> dueForCheck(java.time.LocalDate today, org.springframework.data.domain.Pageable page);

  /** Open items claimed by one of {@code assignees} in one of {@code departments}, by due date. */
  List<WorkItem> findByCompletedAtIsNullAndAssigneeInAndDepartmentCodeInOrderByDueDateAsc(
      Collection<String> assignees, Collection<String> departments);
}
