package org.openhall.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.casefile.CaseStage;
import org.openhall.casefile.CaseStatus;
import org.openhall.casefile.DeadlineWarning;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = ProcessTestApplication.class)
@org.springframework.test.context.event.RecordApplicationEvents
class JointApprovalProcessTest {

  @Autowired CaseFixture fixture;
  @Autowired ProcessEngine engine;
  @Autowired Worklist worklist;
  @Autowired org.openhall.casefile.CaseManagement cases;
  @Autowired org.springframework.test.context.event.ApplicationEvents events;

  @BeforeEach
  void monday() {
    BpmnAwareTests.init(engine);
    fixture.at("2026-02-09T10:00");
  }

  @Test
  void coDepartmentsReviewInParallelEachOnItsOwnWorklistAndTheLeadDecidesOnce() {
    String n = fixture.file("T-JOINT");
    var pi = fixture.process(n);
    fixture.complete(n, CaseStage.ACCEPT, "ACCEPTED", null);

    assertThat(pi).isWaitingAt(JointApprovalProcess.TASK_CO_DEPARTMENT_REVIEW);
    WorkTask d2 = fixture.task(n, CaseStage.REVIEW, fixture.staffOf("D2"));
    WorkTask d3 = fixture.task(n, CaseStage.REVIEW, fixture.staffOf("D3"));
    assertThat(d2.departmentCode()).isEqualTo("D2");
    assertThat(d3.departmentCode()).isEqualTo("D3");
    assertThat(fixture.tasks(n, fixture.staffOf("D1"))).isEmpty();

    worklist.complete(d2.taskId(), fixture.staffOf("D2"), new Completion("PASSED", "公安意见", null));
    assertThat(pi).isWaitingAt(JointApprovalProcess.TASK_CO_DEPARTMENT_REVIEW);
    worklist.complete(d3.taskId(), fixture.staffOf("D3"), new Completion("PASSED", "税务意见", null));
    assertThat(pi).isWaitingAt(JointApprovalProcess.TASK_DECIDE);

    WorkTask decide = fixture.task(n, CaseStage.DECIDE, fixture.staffOf("D1"));
    worklist.complete(decide.taskId(), fixture.staffOf("D1"), new Completion("APPROVED", "准予", null));
    fixture.runDueJobs(n);

    assertThat(fixture.caseOf(n).status()).isEqualTo(CaseStatus.ISSUED);
    assertThat(pi).isEnded().hasPassed(JointApprovalProcess.END_ISSUED);
  }

  @Test
  void leadDenialEndsTheJointCase() {
    String n = fixture.file("T-JOINT");
    var pi = fixture.process(n);
    fixture.complete(n, CaseStage.ACCEPT, "ACCEPTED", null);
    fixture.complete(n, CaseStage.REVIEW, "PASSED", null);
    fixture.complete(n, CaseStage.REVIEW, "FAILED", "不符合");

    fixture.complete(n, CaseStage.DECIDE, "DENIED", "协办部门审查未通过");

    assertThat(fixture.caseOf(n).status()).isEqualTo(CaseStatus.DENIED);
    assertThat(pi).isEnded().hasPassed(JointApprovalProcess.END_DENIED);
  }

  @Test
  void correctionNoticeReturnsTheJointCaseToTheLeadsAcceptance() {
    String n = fixture.file("T-JOINT");
    var pi = fixture.process(n);

    fixture.complete(n, CaseStage.ACCEPT, "CORRECTION_REQUIRED", null,
        java.util.List.of(new org.openhall.casefile.CorrectionItem("M1", "申请书未盖章")));
    assertThat(pi).isWaitingAt(JointApprovalProcess.RECEIVE_SUPPLEMENT);
    fixture.supplement(n, "M1");

    fixture.eventually(() -> assertThat(pi).isWaitingAt(JointApprovalProcess.TASK_ACCEPT));
    assertThat(fixture.task(n, CaseStage.ACCEPT, fixture.staffOf("D1")).departmentCode()).isEqualTo("D1");
  }

  @Test
  void withdrawalDuringTheParallelReviewCancelsEveryCoDepartmentTask() {
    String n = fixture.file("T-JOINT");
    var pi = fixture.process(n);
    fixture.complete(n, CaseStage.ACCEPT, "ACCEPTED", null);

    cases.withdraw(n, fixture.applicantOf(n));

    assertThat(fixture.caseOf(n).status()).isEqualTo(CaseStatus.WITHDRAWN);
    fixture.eventually(() -> assertThat(pi).isEnded().hasPassed(JointApprovalProcess.END_WITHDRAWN));
    assertThat(fixture.tasks(n, fixture.staffOf("D2"))).isEmpty();
    assertThat(fixture.tasks(n, fixture.staffOf("D3"))).isEmpty();
  }

  @Test
  void jointCaseWithoutAcceptanceDecisionIsDeemedAcceptedAndGoesToTheCoDepartments() {
    String n = fixture.file("T-JOINT");
    var pi = fixture.process(n);

    fixture.at("2026-02-15T00:30");
    fixture.runDueJobs(n);

    assertThat(fixture.caseOf(n).status()).isEqualTo(CaseStatus.ACCEPTED);
    assertThat(pi).isWaitingAt(JointApprovalProcess.TASK_CO_DEPARTMENT_REVIEW);
    assertThat(fixture.tasks(n, fixture.staff())).extracting(WorkTask::departmentCode)
        .containsExactlyInAnyOrder("D2", "D3");
  }

  @Test
  void reviewOverrunWarnsBothCoDepartmentsOnce() {
    String n = fixture.file("T-JOINT");
    fixture.complete(n, CaseStage.ACCEPT, "ACCEPTED", null);
    var overrun = fixture.timer(n, PromisedApprovalProcess.TIMER_REVIEW_OVERRUN).getDuedate().toInstant();

    fixture.clockTo(overrun);
    fixture.runDueJobs(n);
    fixture.runDueJobs(n);

    var warnings = events.stream(DeadlineWarning.class).filter(w -> w.caseNumber().equals(n)).toList();
    assertThat(warnings).singleElement().satisfies(w -> {
      assertThat(w.level()).isEqualTo(DeadlineWarning.Level.YELLOW);
      assertThat(w.stage()).isEqualTo(CaseStage.REVIEW);
      assertThat(w.handler().split(",")).containsExactlyInAnyOrder("D2", "D3");
    });
  }
}
