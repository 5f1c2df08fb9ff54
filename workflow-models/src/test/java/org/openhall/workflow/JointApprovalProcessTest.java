package org.openhall.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.casefile.CaseStage;
import org.openhall.casefile.CaseStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = ProcessTestApplication.class)
class JointApprovalProcessTest {

  @Autowired CaseFixture fixture;
  @Autowired ProcessEngine engine;
  @Autowired Worklist worklist;

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
}
