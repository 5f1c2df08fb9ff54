package org.openhall.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.casefile.CaseAction;
import org.openhall.casefile.CaseEvent;
import org.openhall.casefile.CaseStage;
import org.openhall.casefile.CaseStatus;
import org.openhall.casefile.ClockEntry;
import org.openhall.casefile.CorrectionItem;
import org.openhall.casefile.WarningColour;
import org.openhall.supervision.Alert;
import org.openhall.supervision.AlertKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** 联办件: the lead (D1) accepts and decides, the co-departments (D2, D3) review in parallel. */
@SpringBootTest(classes = ProcessTestApplication.class)
class JointApprovalProcessTest {

  @Autowired CaseFixture fixture;
  @Autowired ProcessEngine engine;
  @Autowired Worklist worklist;
  @Autowired org.openhall.payment.CasePayments payments;

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
    assertThat(fixture.caseOf(n).timeline()).filteredOn(e -> e.action() == CaseAction.REVIEW_PASSED)
        .extracting(CaseEvent::departmentCode).containsExactly("D2", "D3");

    WorkTask decide = fixture.task(n, CaseStage.DECIDE, fixture.staffOf("D1"));
    worklist.complete(decide.taskId(), fixture.staffOf("D1"), new Completion("APPROVED", "准予", null));
    fixture.runDueJobs(n);

    assertThat(fixture.caseOf(n).status()).isEqualTo(CaseStatus.ISSUED);
    assertThat(fixture.licenceOf(n)).isPresent();
    assertThat(pi).isEnded().hasPassed(JointApprovalProcess.END_ISSUED)
        .hasNotPassed(JointApprovalProcess.PAYMENT_RECEIVED);
  }

  @Test
  void approvedJointCaseOfAnItemWithAFeeIsIssuedOnlyAfterTheBankWindowPayment() {
    String n = fixture.file("T-JOINT-FEE");
    var pi = fixture.process(n);
    fixture.complete(n, CaseStage.ACCEPT, "ACCEPTED", null);
    fixture.complete(n, CaseStage.REVIEW, "PASSED", null);
    fixture.complete(n, CaseStage.REVIEW, "PASSED", null);
    fixture.complete(n, CaseStage.DECIDE, "APPROVED", null);

    assertThat(pi).isWaitingAt(JointApprovalProcess.PAYMENT_RECEIVED);
    assertThat(fixture.licenceOf(n)).isEmpty();

    payments.recordAtBankWindow(n, fixture.staffOf("D1"), "ICBC-778899", LocalDate.of(2026, 2, 9));
    fixture.eventually(() -> assertThat(pi).isWaitingAt(JointApprovalProcess.ISSUE_LICENCE));
    fixture.runDueJobs(n);

    assertThat(fixture.caseOf(n).status()).isEqualTo(CaseStatus.ISSUED);
    assertThat(pi).isEnded().hasPassed(JointApprovalProcess.PAYMENT_RECEIVED, JointApprovalProcess.END_ISSUED);
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
    assertThat(fixture.licenceOf(n)).isEmpty();
    assertThat(pi).isEnded().hasPassed(JointApprovalProcess.END_DENIED);
  }

  @Test
  void returnedJointCaseGoesBackToEveryCoDepartment() {
    String n = fixture.file("T-JOINT");
    var pi = fixture.process(n);
    fixture.complete(n, CaseStage.ACCEPT, "ACCEPTED", null);
    fixture.complete(n, CaseStage.REVIEW, "PASSED", null);
    fixture.complete(n, CaseStage.REVIEW, "PASSED", null);

    fixture.complete(n, CaseStage.DECIDE, "RETURNED", "请补充消防意见");

    assertThat(fixture.caseOf(n).status()).isEqualTo(CaseStatus.UNDER_REVIEW);
    assertThat(pi).isWaitingAt(JointApprovalProcess.TASK_CO_DEPARTMENT_REVIEW);
    assertThat(fixture.tasks(n, fixture.staff())).extracting(WorkTask::stage, WorkTask::departmentCode)
        .containsExactlyInAnyOrder(tuple(CaseStage.REVIEW, "D2"), tuple(CaseStage.REVIEW, "D3"));
  }

  @Test
  void correctionNoticeReturnsTheJointCaseToTheLeadsAcceptance() {
    String n = fixture.file("T-JOINT");
    var pi = fixture.process(n);

    fixture.complete(n, CaseStage.ACCEPT, "CORRECTION_REQUIRED", null,
        List.of(new CorrectionItem("M1", "申请书未盖章")));
    assertThat(fixture.caseOf(n).status()).isEqualTo(CaseStatus.CORRECTION_REQUIRED);
    assertThat(pi).isWaitingAt(JointApprovalProcess.RECEIVE_SUPPLEMENT);
    fixture.supplement(n, "M1");

    assertThat(fixture.caseOf(n).status()).isEqualTo(CaseStatus.SUBMITTED);
    fixture.eventually(() -> assertThat(pi).isWaitingAt(JointApprovalProcess.TASK_ACCEPT));
    assertThat(fixture.task(n, CaseStage.ACCEPT, fixture.staffOf("D1")).departmentCode()).isEqualTo("D1");
    assertThat(fixture.tasks(n, fixture.staffOf("D2"))).isEmpty();
  }

  @Test
  void withdrawalDuringTheParallelReviewCancelsEveryCoDepartmentTask() {
    String n = fixture.file("T-JOINT");
    var pi = fixture.process(n);
    fixture.complete(n, CaseStage.ACCEPT, "ACCEPTED", null);

    fixture.withdraw(n);

    assertThat(fixture.caseOf(n).status()).isEqualTo(CaseStatus.WITHDRAWN);
    fixture.eventually(() -> assertThat(pi).isEnded().hasPassed(JointApprovalProcess.END_WITHDRAWN));
    assertThat(fixture.tasks(n, fixture.staffOf("D2"))).isEmpty();
    assertThat(fixture.tasks(n, fixture.staffOf("D3"))).isEmpty();
  }

  @Test
  void jointCaseReceivedBeforeNationalDayIsDeemedAcceptedTheDayAfterItsFifthWorkingDayAndGoesToTheCoDepartments() {
    fixture.at("2026-09-29T10:00");
    String n = fixture.file("T-JOINT");
    var pi = fixture.process(n);
    // Received Tue 29 Sep; five working days: 30 Sep, 8, 9, Sat 10 (调休) and 12 Oct.
    assertThat(fixture.task(n, CaseStage.ACCEPT, fixture.staff()).dueDate()).isEqualTo(LocalDate.of(2026, 10, 12));

    fixture.sweepAt("2026-10-07T09:00");
    assertThat(fixture.caseOf(n).status()).as("a Monday–Friday count would be over by now")
        .isEqualTo(CaseStatus.SUBMITTED);
    fixture.sweepAt("2026-10-12T18:00");
    assertThat(fixture.caseOf(n).status()).as("its fifth working day").isEqualTo(CaseStatus.SUBMITTED);
    assertThat(pi).isWaitingAt(JointApprovalProcess.TASK_ACCEPT);

    fixture.sweepAt("2026-10-13T00:10");

    var c = fixture.caseOf(n);
    assertThat(c.status()).isEqualTo(CaseStatus.ACCEPTED);
    assertThat(c.acceptedAt()).contains(c.submittedAt());
    assertThat(c.timeline()).extracting(CaseEvent::action).containsOnlyOnce(CaseAction.DEEMED_ACCEPTED);
    assertThat(c.clockEntries()).singleElement().satisfies(e -> {
      assertThat(e.reason()).isEqualTo(ClockEntry.Reason.DEEMED_ACCEPTANCE);
      assertThat(e.effectiveOn()).isEqualTo(LocalDate.of(2026, 9, 29));
    });
    assertThat(c.dueDate()).contains(LocalDate.of(2026, 10, 19));
    assertThat(pi).hasPassed(JointApprovalProcess.DEEMED_ACCEPTANCE)
        .isWaitingAt(JointApprovalProcess.TASK_CO_DEPARTMENT_REVIEW);
    assertThat(fixture.tasks(n, fixture.staff())).extracting(WorkTask::departmentCode)
        .containsExactlyInAnyOrder("D2", "D3");
    fixture.eventually(() -> assertThat(fixture.alerts(n, AlertKind.DEEMED_ACCEPTANCE)).singleElement()
        .satisfies(a -> {
          assertThat(a.departmentCode()).as("the lead department answers for the acceptance").isEqualTo("D1");
          assertThat(a.recipients()).contains("head-D1", "supervisor-D1").doesNotContain("D1", "clerk-D1");
        }));

    fixture.sweepAt("2026-10-13T00:20");
    assertThat(fixture.caseOf(n).timeline()).extracting(CaseEvent::action).containsOnlyOnce(CaseAction.DEEMED_ACCEPTED);
    assertThat(fixture.alerts(n, AlertKind.DEEMED_ACCEPTANCE)).hasSize(1);
  }

  @Test
  void eachCoDepartmentsReviewOverrunWarnsThatCoDepartmentsOwnStaffOnce() {
    fixture.at("2026-09-21T10:00");
    String n = fixture.file("T-JOINT");
    fixture.complete(n, CaseStage.ACCEPT, "ACCEPTED", null);

    // The review's budget is half the 10 promised working days: to Tue 29 Sep (25 Sep is 中秋).
    fixture.sweepAt("2026-09-29T17:00");
    assertThat(fixture.alerts(n)).isEmpty();
    fixture.sweepAt("2026-09-30T08:00");
    fixture.sweepAt("2026-09-30T08:05");

    assertThat(fixture.task(n, CaseStage.REVIEW, fixture.staffOf("D2")).warning()).isEqualTo(WarningColour.YELLOW);
    List<Alert> alerts = fixture.alerts(n);
    assertThat(alerts).extracting(Alert::departmentCode).containsExactlyInAnyOrder("D2", "D3");
    assertThat(alerts).allSatisfy(a -> {
      assertThat(a.kind()).isEqualTo(AlertKind.STAGE_OVERRUN);
      assertThat(a.stage()).isEqualTo("REVIEW");
      assertThat(a.dueDate()).isEqualTo(LocalDate.of(2026, 9, 29));
    });
    assertThat(alerts).filteredOn(a -> a.departmentCode().equals("D2")).singleElement()
        .satisfies(a -> assertThat(a.recipients())
            .contains("staff-D2", "reviewer-D2", "head-D2", "supervisor-D2")
            .doesNotContain("D2", "staff-D3", "reviewer-D3", "head-D3", "staff-D1", "reviewer-D1", "clerk-D2"));
    assertThat(alerts).filteredOn(a -> a.departmentCode().equals("D3")).singleElement()
        .satisfies(a -> assertThat(a.recipients())
            .contains("staff-D3", "reviewer-D3", "head-D3", "supervisor-D3")
            .doesNotContain("D3", "staff-D2", "reviewer-D2", "head-D2", "staff-D1", "reviewer-D1", "clerk-D3"));
  }
}
