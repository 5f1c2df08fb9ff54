package org.openhall.workflow;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.openhall.casefile.Case;
import org.openhall.casefile.CaseManagement;
import org.openhall.casefile.CaseStage;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the work item index in step with the engine's user tasks, inside the engine's own
 * transaction (Camunda's Spring eventing publishes task events synchronously).
 */
@Component
class WorkItemRecorder {

  private final WorkItems workItems;
  private final CaseManagement cases;
  private final Clock clock;

  WorkItemRecorder(WorkItems workItems, CaseManagement cases, Clock clock) {
    this.workItems = workItems;
    this.cases = cases;
    this.clock = clock;
  }

  @EventListener(condition = "#task.eventName == 'create'")
  public void created(DelegateTask task) {
    CaseStage stage = StageMap.stageOf(task.getTaskDefinitionKey())
        .orElseThrow(() -> new IllegalStateException("user task " + task.getTaskDefinitionKey()
            + " has no stage in StageMap"));
    String caseNumber = (String) task.getVariable(ProcessVariables.CASE_NUMBER);
    Case c = cases.byNumber(caseNumber);
    // A joint case's parallel review belongs to its co-department, everything else to the lead.
    Object coDepartment = task.getVariable(JointApprovalProcess.VAR_CO_DEPARTMENT);
    String department = coDepartment instanceof String code ? code : c.departmentCode();
    workItems.save(new WorkItem(task.getId(), task.getProcessInstanceId(), caseNumber,
        c.itemCode(), c.itemName(), stage, StageMap.roleFor(stage), department,
        c.dueDate().orElse(null), clock.instant()));
  }

  @EventListener(condition = "#task.eventName == 'delete'")
  public void deleted(DelegateTask task) {
    workItems.findById(task.getId()).filter(WorkItem::open).ifPresent(w -> w.cancel(clock.instant()));
  }

}
