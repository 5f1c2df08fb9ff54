package org.openhall.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import org.openhall.identity.Role;
import org.openhall.kernel.DomainException;
import org.openhall.supervision.AlertKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * 即办件: a clerk who accepts decides on the spot; a case deemed accepted (§32) waits for a person's decision
 * at the window, and nothing is approved or issued without one.
 */
@SpringBootTest(classes = ProcessTestApplication.class)
class InstantApprovalProcessTest {

  @Autowired CaseFixture fixture;
  @Autowired ProcessEngine engine;
  @Autowired Worklist worklist;

  @BeforeEach
  void monday() {
    BpmnAwareTests.init(engine);
    fixture.at("2026-02-09T10:00");
  }

  @Test
  void acceptedInstantCaseWithoutLicenceIsDecidedAndCompletedAtOnceByTheAcceptingClerk() {
    String n = fixture.file("T-INSTANT");
    var pi = fixture.process(n);
    assertThat(pi).isWaitingAt(InstantApprovalProcess.TASK_ACCEPT);

    fixture.complete(n, CaseStage.ACCEPT, "ACCEPTED", "当场办结");

    var c = fixture.caseOf(n);
    assertThat(c.status()).isEqualTo(CaseStatus.ISSUED);
    assertThat(c.timeline()).extracting(CaseEvent::action).containsSubsequence(CaseAction.ACCEPTED,
        CaseAction.APPROVED, CaseAction.ISSUED);
    String clerk = fixture.staff().id();
    assertThat(c.timeline()).filteredOn(e -> e.action() == CaseAction.ACCEPTED || e.action() == CaseAction.APPROVED)
        .extracting(CaseEvent::actorId).containsExactly(clerk, clerk);
    assertThat(fixture.licenceOf(n)).isEmpty();
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
    assertThat(fixture.licenceOf(n)).isPresent();
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
        List.of(new CorrectionItem("M1", "申请书缺页")));
    assertThat(fixture.caseOf(n).status()).isEqualTo(CaseStatus.CORRECTION_REQUIRED);
    assertThat(pi).isWaitingAt(InstantApprovalProcess.RECEIVE_SUPPLEMENT);
    fixture.supplement(n, Map.of("M1", "原申请书已补齐缺页，现场核对"));
    fixture.eventually(() -> assertThat(pi).isWaitingAt(InstantApprovalProcess.TASK_ACCEPT));
    fixture.complete(n, CaseStage.ACCEPT, "ACCEPTED", null);

    assertThat(fixture.caseOf(n).status()).isEqualTo(CaseStatus.ISSUED);
    assertThat(pi).isEnded().hasPassed(InstantApprovalProcess.END_COMPLETED);
  }

  @Test
  void withdrawalAtTheWindowEndsTheInstantCase() {
    String n = fixture.file("T-INSTANT");
    var pi = fixture.process(n);

    fixture.withdraw(n);

    assertThat(fixture.caseOf(n).status()).isEqualTo(CaseStatus.WITHDRAWN);
    fixture.eventually(() -> assertThat(pi).isEnded().hasPassed(InstantApprovalProcess.END_WITHDRAWN));
  }

  @Test
  void deemedAcceptedInstantCaseWaitsForAClerksDecisionAndIsNeitherApprovedNorIssuedWithoutIt() {
    String n = deemedAcceptedAfterSpringFestival("T-INSTANT-LICENCE");
    var pi = fixture.process(n);

    var c = fixture.caseOf(n);
    assertThat(c.status()).isEqualTo(CaseStatus.ACCEPTED);
    assertThat(c.timeline()).extracting(CaseEvent::action).containsOnlyOnce(CaseAction.DEEMED_ACCEPTED)
        .doesNotContain(CaseAction.APPROVED, CaseAction.ISSUED);
    assertThat(c.clockEntries()).singleElement().satisfies(e -> {
      assertThat(e.reason()).isEqualTo(ClockEntry.Reason.DEEMED_ACCEPTANCE);
      assertThat(e.effectiveOn()).as("the clock runs from the day of receipt").isEqualTo(LocalDate.of(2026, 2, 13));
    });
    assertThat(pi).hasPassed(InstantApprovalProcess.DEEMED_ACCEPTANCE)
        .isWaitingAt(InstantApprovalProcess.TASK_DECIDE_AT_WINDOW);
    WorkTask decide = fixture.task(n, CaseStage.DECIDE, fixture.clerkOf("D1"));
    assertThat(decide.departmentCode()).isEqualTo("D1");
    assertThat(fixture.tasks(n, fixture.reviewerOf("D1"))).as("a clerk's task").isEmpty();
    assertThat(fixture.tasks(n, fixture.staff())).extracting(WorkTask::stage).containsExactly(CaseStage.DECIDE);
    fixture.eventually(() -> assertThat(fixture.alerts(n, AlertKind.DEEMED_ACCEPTANCE)).singleElement()
        .satisfies(a -> assertThat(a.recipients()).contains("head-D1", "supervisor-D1").doesNotContain("D1")));

    fixture.runDueJobs(n);
    assertThat(fixture.sweepAt("2026-02-28T10:00").deemed()).as("nothing is deemed twice").isZero();
    assertThat(fixture.caseOf(n).status()).isEqualTo(CaseStatus.ACCEPTED);
    assertThat(fixture.caseOf(n).timeline()).extracting(CaseEvent::action).containsOnlyOnce(CaseAction.DEEMED_ACCEPTED);
    assertThat(fixture.licenceOf(n)).isEmpty();
    assertThat(pi).isWaitingAt(InstantApprovalProcess.TASK_DECIDE_AT_WINDOW);
  }

  @Test
  void clerkApprovesADeemedAcceptedInstantCaseAndItsLicenceIsIssued() {
    String n = deemedAcceptedAfterSpringFestival("T-INSTANT-LICENCE");
    var pi = fixture.process(n);
    var clerk = fixture.clerkOf("D1");
    WorkTask decide = fixture.task(n, CaseStage.DECIDE, clerk);

    assertThatThrownBy(() -> worklist.complete(decide.taskId(), clerk, new Completion("RETURNED", "退回", null)))
        .as("there is no review to return to").isInstanceOf(DomainException.class).hasMessage("OUTCOME_INVALID");
    worklist.complete(decide.taskId(), clerk, new Completion("APPROVED", "材料齐全，准予许可", null));
    var approved = fixture.caseOf(n);
    assertThat(approved.status()).isEqualTo(CaseStatus.APPROVED);
    assertThat(approved.timeline()).last().satisfies(e -> {
      assertThat(e.action()).isEqualTo(CaseAction.APPROVED);
      assertThat(e.actorId()).isEqualTo(clerk.id());
      assertThat(e.actorRole()).isEqualTo(Role.CLERK.name());
    });
    fixture.runDueJobs(n);

    assertThat(fixture.caseOf(n).status()).isEqualTo(CaseStatus.ISSUED);
    assertThat(fixture.licenceOf(n)).isPresent();
    assertThat(pi).isEnded().hasPassed(InstantApprovalProcess.END_ISSUED);
  }

  @Test
  void clerkDeniesADeemedAcceptedInstantCaseAndNoLicenceIsIssued() {
    String n = deemedAcceptedAfterSpringFestival("T-INSTANT-LICENCE");
    var pi = fixture.process(n);

    assertThatThrownBy(() -> fixture.complete(n, CaseStage.DECIDE, "DENIED", null))
        .isInstanceOf(DomainException.class).hasMessage("REASON_REQUIRED");
    fixture.complete(n, CaseStage.DECIDE, "DENIED", "不符合法定条件");
    fixture.runDueJobs(n);

    assertThat(fixture.caseOf(n).status()).isEqualTo(CaseStatus.DENIED);
    assertThat(fixture.licenceOf(n)).isEmpty();
    assertThat(pi).isEnded().hasPassed(InstantApprovalProcess.END_DENIED);
  }

  /**
   * Received Fri 13 Feb: its five working days are Sat 14 Feb (调休) and 24–27 Feb. A sweep on the fifth deems
   * nothing; the sweep on Sat 28 Feb (调休) does.
   */
  private String deemedAcceptedAfterSpringFestival(String item) {
    fixture.at("2026-02-13T10:00");
    String n = fixture.file(item);
    assertThat(fixture.task(n, CaseStage.ACCEPT, fixture.staff()).dueDate()).isEqualTo(LocalDate.of(2026, 2, 27));

    fixture.sweepAt("2026-02-27T17:00");
    assertThat(fixture.caseOf(n).status()).as("its fifth working day").isEqualTo(CaseStatus.SUBMITTED);
    assertThat(fixture.process(n)).isWaitingAt(InstantApprovalProcess.TASK_ACCEPT);

    fixture.sweepAt("2026-02-28T08:30");
    assertThat(fixture.caseOf(n).status()).isEqualTo(CaseStatus.ACCEPTED);
    return n;
  }
}
