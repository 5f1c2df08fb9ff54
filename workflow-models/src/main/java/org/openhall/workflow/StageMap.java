package org.openhall.workflow;

import java.util.Map;
import java.util.Optional;
import java.util.List;
import org.openhall.casefile.CaseStage;
import org.openhall.identity.Role;

/** Which stage each user task is, who works on it, and which outcomes end it. */
final class StageMap {

  /** A user task's stage and the role that works on it. */
  record Step(CaseStage stage, Role role) {
  }

  private static final Map<String, Step> STEPS = Map.of(
      PromisedApprovalProcess.TASK_ACCEPT, new Step(CaseStage.ACCEPT, Role.CLERK),
      PromisedApprovalProcess.TASK_REVIEW, new Step(CaseStage.REVIEW, Role.REVIEWER),
      PromisedApprovalProcess.TASK_DECIDE, new Step(CaseStage.DECIDE, Role.APPROVER),
      JointApprovalProcess.TASK_CO_DEPARTMENT_REVIEW, new Step(CaseStage.REVIEW, Role.REVIEWER),
      InstantApprovalProcess.TASK_DECIDE_AT_WINDOW, new Step(CaseStage.DECIDE, Role.CLERK));

  /** In the order a person reads them: the usual outcome first. */
  private static final Map<CaseStage, List<String>> OUTCOMES = Map.of(
      CaseStage.ACCEPT, List.of("ACCEPTED", "CORRECTION_REQUIRED", "NOT_ACCEPTED"),
      CaseStage.REVIEW, List.of("PASSED", "FAILED"),
      CaseStage.DECIDE, List.of("APPROVED", "DENIED", "RETURNED"),
      CaseStage.ISSUE, List.of("ISSUED"));

  private StageMap() {
  }

  static Optional<Step> stepOf(String taskDefinitionKey) {
    return Optional.ofNullable(STEPS.get(taskDefinitionKey));
  }

  /** The outcomes of a task: a decision at the window cannot be returned to a review it never had. */
  static List<String> outcomesOf(CaseStage stage, Role role) {
    if (stage == CaseStage.DECIDE && role == Role.CLERK) {
      return List.of("APPROVED", "DENIED");
    }
    return OUTCOMES.getOrDefault(stage, List.of());
  }
}
