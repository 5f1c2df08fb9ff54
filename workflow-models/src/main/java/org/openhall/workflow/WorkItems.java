package org.openhall.workflow;

import java.util.Collection;
import java.util.List;
import org.openhall.casefile.CaseStage;
import org.openhall.identity.Role;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The work item index. */
interface WorkItems extends JpaRepository<WorkItem, String> {

  @Query("""
      select w from WorkItem w
      where w.completedAt is null
        and w.departmentCode in :departments and w.role in :roles
        and (:stage is null or w.stage = :stage)
      order by w.dueDate asc nulls last, w.createdAt asc""")
  List<WorkItem> openFor(Collection<String> departments, Collection<Role> roles, CaseStage stage);

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
