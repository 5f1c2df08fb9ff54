package org.openhall.workflow;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openhall.casefile.CaseStage;
import org.openhall.identity.Role;

/** Which stage each user task is, who works on it, and which outcomes end it. */
final class StageMap {

  private static final Map<String, CaseStage> STAGES = Map.of(
      PromisedApprovalProcess.TASK_ACCEPT, CaseStage.ACCEPT,
      PromisedApprovalProcess.TASK_REVIEW, CaseStage.REVIEW,
      PromisedApprovalProcess.TASK_DECIDE, CaseStage.DECIDE,
      JointApprovalProcess.TASK_CO_DEPARTMENT_REVIEW, CaseStage.REVIEW);

  private static final Map<CaseStage, Role> ROLES = Map.of(
      CaseStage.ACCEPT, Role.CLERK,
      CaseStage.REVIEW, Role.REVIEWER,
      CaseStage.DECIDE, Role.APPROVER,
      CaseStage.ISSUE, Role.CLERK);

  private static final Map<CaseStage, Set<String>> OUTCOMES = Map.of(
      CaseStage.ACCEPT, Set.of("ACCEPTED", "NOT_ACCEPTED", "CORRECTION_REQUIRED"),
      CaseStage.REVIEW, Set.of("PASSED", "FAILED"),
      CaseStage.DECIDE, Set.of("APPROVED", "DENIED"),
      CaseStage.ISSUE, Set.of("ISSUED"));

  private StageMap() {
  }

  static Optional<CaseStage> stageOf(String taskDefinitionKey) {
    return Optional.ofNullable(STAGES.get(taskDefinitionKey));
  }

  static Role roleFor(CaseStage stage) {
    return ROLES.get(stage);
  }

  static Set<String> outcomesOf(CaseStage stage) {
    return OUTCOMES.getOrDefault(stage, Set.of());
  }
}
