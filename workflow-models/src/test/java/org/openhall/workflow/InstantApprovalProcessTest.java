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
class InstantApprovalProcessTest {

  @Autowired CaseFixture fixture;
  @Autowired ProcessEngine engine;
  @Autowired org.openhall.casefile.CaseManagement cases;

  @BeforeEach
  void monday() {
    BpmnAwareTests.init(engine);
    fixture.at("2026-02-09T10:00");
  }

  @Test
  void acceptedInstantCaseWithoutLicenceIsCompletedAtOnce() {
    String n = fixture.file("T-INSTANT");
    var pi = fixture.process(n);
    assertThat(pi).isWaitingAt(InstantApprovalProcess.TASK_ACCEPT);

    fixture.complete(n, CaseStage.ACCEPT, "ACCEPTED", null);

    assertThat(fixture.caseOf(n).status()).isEqualTo(CaseStatus.ISSUED);
    assertThat(pi).isEnded().hasPassed(InstantApprovalProcess.END_COMPLETED);
  }

  @Test
  void acceptedInstantCaseWithLicenceTitleGetsItsLicence() {
    String n = fixture.file("T-INSTANT-LICENCE");
    var pi = fixture.process(n);

    fixture.complete(n, CaseStage.ACCEPT, "ACCEPTED", null);
    assertThat(fixture.caseOf(n).status()).isEqualTo(CaseStatus.APPROVED);
    fixture.runDueJobs(n);

    assertThat(fixture.caseOf(n).status()).isEqualTo(CaseStatus.ISSUED);
    assertThat(pi).isEnded().hasPassed(InstantApprovalProcess.END_ISSUED);
  }

  @Test
  void refusedInstantCaseEndsNotAccepted() {
    String n = fixture.file("T-INSTANT");
    var pi = fixture.process(n);

    fixture.complete(n, CaseStage.ACCEPT, "NOT_ACCEPTED", "不符合受理条件");

    assertThat(fixture.caseOf(n).status()).isEqualTo(CaseStatus.NOT_ACCEPTED);
    assertThat(pi).isEnded().hasPassed(InstantApprovalProcess.END_NOT_ACCEPTED);
  }

  @Test
  void correctionNoticeWaitsForTheSupplementThenTheCaseIsCompletedAtTheWindow() {
    String n = fixture.file("T-INSTANT");
    var pi = fixture.process(n);

    fixture.complete(n, CaseStage.ACCEPT, "CORRECTION_REQUIRED", null,
        java.util.List.of(new org.openhall.casefile.CorrectionItem("M1", "申请书缺页")));
    assertThat(fixture.caseOf(n).status()).isEqualTo(CaseStatus.CORRECTION_REQUIRED);
    assertThat(pi).isWaitingAt(InstantApprovalProcess.RECEIVE_SUPPLEMENT);
    fixture.supplement(n, "M1");
    fixture.eventually(() -> assertThat(pi).isWaitingAt(InstantApprovalProcess.TASK_ACCEPT));
    fixture.complete(n, CaseStage.ACCEPT, "ACCEPTED", null);

    assertThat(fixture.caseOf(n).status()).isEqualTo(CaseStatus.ISSUED);
    assertThat(pi).isEnded().hasPassed(InstantApprovalProcess.END_COMPLETED);
  }

  @Test
  void withdrawalAtTheWindowEndsTheInstantCase() {
    String n = fixture.file("T-INSTANT");
    var pi = fixture.process(n);

    cases.withdraw(n, fixture.applicantOf(n));

    assertThat(fixture.caseOf(n).status()).isEqualTo(CaseStatus.WITHDRAWN);
    fixture.eventually(() -> assertThat(pi).isEnded().hasPassed(InstantApprovalProcess.END_WITHDRAWN));
  }
}
