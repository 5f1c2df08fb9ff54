package org.openhall.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.openhall.workflow.PromisedApprovalProcess.*;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.calendar.WorkingDays;
import org.openhall.casefile.CaseAction;
import org.openhall.casefile.CaseEvent;
import org.openhall.casefile.CaseFiles;
import org.openhall.casefile.CaseStage;
import org.openhall.casefile.CaseStatus;
import org.openhall.casefile.ClockAdministration;
import org.openhall.casefile.ClockEntry;
import org.openhall.casefile.CorrectionItem;
import org.openhall.casefile.Extension;
import org.openhall.casefile.SpecialProcedureKind;
import org.openhall.casefile.WarningColour;
import org.openhall.kernel.DomainException;
import org.openhall.payment.CasePayments;
import org.openhall.payment.PaymentMethod;
import org.openhall.payment.PaymentStatus;
import org.openhall.supervision.Alert;
import org.openhall.supervision.AlertKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * 承诺件: the happy path and every detour. Deadlines come from the deadline sweep, which the tests run
 * themselves after moving the clock across Spring Festival 2026 (15–23 Feb off, Sat 14 and Sat 28 Feb
 * working) and National Day 2026 (1–7 Oct off, Sat 10 Oct working).
 */
@SpringBootTest(classes = ProcessTestApplication.class)
class PromisedApprovalProcessTest {

  @Autowired CaseFixture fixture;
  @Autowired CaseFiles cases;
  @Autowired ClockAdministration clocks;
  @Autowired WorkingDays workingDays;
  @Autowired ProcessEngine engine;
  @Autowired CasePayments payments;

  @BeforeEach
  void mondayMorningBeforeSpringFestival() {
    BpmnAwareTests.init(engine);
    fixture.at("2026-02-09T10:00");
  }

  @Test
  void acceptedReviewedApprovedCaseEndsWithItsLicenceIssued() {
    String n = fixture.file("T-PROMISED");
    ProcessInstance pi = fixture.process(n);
    assertThat(pi).isWaitingAt(TASK_ACCEPT);

    fixture.complete(n, CaseStage.ACCEPT, "ACCEPTED", "材料齐全");
    var c = fixture.caseOf(n);
    assertThat(c.status()).isEqualTo(CaseStatus.ACCEPTED);
    // Mon 9 Feb + 10 working days: 10–14 (Sat 14 is 调休), then 24–28 (Sat 28 is 调休).
    assertThat(c.dueDate()).contains(LocalDate.of(2026, 2, 28));
    assertThat(c.legalDueDate()).contains(LocalDate.of(2026, 3, 13));
    assertThat(c.clockEntries()).extracting(ClockEntry::kind).containsExactly(ClockEntry.Kind.START);
    assertThat(pi).isWaitingAt(TASK_REVIEW);
    assertThat(fixture.task(n, CaseStage.REVIEW, fixture.staff()).dueDate()).isEqualTo(LocalDate.of(2026, 2, 28));

    fixture.complete(n, CaseStage.REVIEW, "PASSED", "符合条件");
    fixture.complete(n, CaseStage.DECIDE, "APPROVED", "准予许可");
    assertThat(fixture.caseOf(n).status()).isEqualTo(CaseStatus.APPROVED);
    assertThat(fixture.licenceOf(n)).as("issued by the asynchronous job, not yet").isEmpty();
    fixture.runDueJobs(n);

    assertThat(fixture.caseOf(n).status()).isEqualTo(CaseStatus.ISSUED);
    assertThat(fixture.licenceOf(n)).isPresent();
    assertThat(pi).isEnded().hasPassed(OPEN_PAYMENT, END_ISSUED).hasNotPassed(PAYMENT_RECEIVED);
    assertThat(payments.of(n)).as("an item without a fee opens no payment").isEmpty();
  }

  @Test
  void approvedCaseOfAnItemWithAFeeWaitsForThePaymentBeforeItsLicenceIsIssued() {
    String n = acceptedAndReviewed("T-PROMISED-FEE");
    ProcessInstance pi = fixture.process(n);
    fixture.complete(n, CaseStage.DECIDE, "APPROVED", "准予许可");

    assertThat(pi).isWaitingAt(PAYMENT_RECEIVED);
    fixture.runDueJobs(n);
    assertThat(fixture.licenceOf(n)).as("no licence before the fee is paid").isEmpty();
    assertThat(fixture.caseOf(n).status()).isEqualTo(CaseStatus.APPROVED);
    assertThat(payments.of(n)).get().satisfies(p -> {
      assertThat(p.status()).isEqualTo(PaymentStatus.DUE);
      assertThat(p.amountFen()).isEqualTo(8000L);
    });

    payments.recordAtBankWindow(n, fixture.staff(), "BANK-2026-0001", LocalDate.of(2026, 2, 9));

    fixture.eventually(() -> assertThat(pi).isWaitingAt(ISSUE_LICENCE));
    fixture.runDueJobs(n);
    assertThat(fixture.caseOf(n).status()).isEqualTo(CaseStatus.ISSUED);
    assertThat(fixture.licenceOf(n)).isPresent();
    assertThat(pi).isEnded().hasPassed(PAYMENT_RECEIVED, END_ISSUED);
    assertThat(payments.of(n)).get().satisfies(p -> {
      assertThat(p.status()).isEqualTo(PaymentStatus.PAID);
      assertThat(p.method()).contains(PaymentMethod.BANK_WINDOW);
      assertThat(p.reference()).contains("BANK-2026-0001");
    });
    assertThatThrownBy(() -> payments.recordAtBankWindow(n, fixture.staff(), "BANK-2", LocalDate.of(2026, 2, 9)))
        .isInstanceOf(DomainException.class).hasMessage("PAYMENT_ALREADY_PAID");
  }

  @Test
  void refusedCaseEndsNotAcceptedWithItsReason() {
    String n = fixture.file("T-PROMISED");
    ProcessInstance pi = fixture.process(n);

    assertThatThrownBy(() -> fixture.complete(n, CaseStage.ACCEPT, "NOT_ACCEPTED", " "))
        .isInstanceOf(DomainException.class).hasMessage("REASON_REQUIRED");
    fixture.complete(n, CaseStage.ACCEPT, "NOT_ACCEPTED", "不属于本机关职权范围");

    var c = fixture.caseOf(n);
    assertThat(c.status()).isEqualTo(CaseStatus.NOT_ACCEPTED);
    assertThat(c.timeline()).last().extracting(CaseEvent::note).isEqualTo("不属于本机关职权范围");
    assertThat(c.clockEntries()).isEmpty();
    assertThat(pi).isEnded().hasPassed(END_NOT_ACCEPTED);
    assertThat(fixture.tasks(n, fixture.staff())).isEmpty();
  }

  @Test
  void correctionNoticeStopsTheClockUntilTheApplicantSupplements() {
    String n = fixture.file("T-PROMISED");
    ProcessInstance pi = fixture.process(n);

    fixture.complete(n, CaseStage.ACCEPT, "CORRECTION_REQUIRED", "请补正",
        List.of(new CorrectionItem("M1", "申请书未签字")));

    var c = fixture.caseOf(n);
    assertThat(c.status()).isEqualTo(CaseStatus.CORRECTION_REQUIRED);
    assertThat(c.correctionItems()).extracting(CorrectionItem::reason).containsExactly("申请书未签字");
    assertThat(c.openStop()).get().extracting(ClockEntry::reason).isEqualTo(ClockEntry.Reason.CORRECTION);
    assertThat(c.clock().acceptanceDue()).as("§32 does not run during a correction").isEmpty();
    assertThat(pi).isWaitingAt(RECEIVE_SUPPLEMENT);
    assertThat(fixture.tasks(n, fixture.staff())).isEmpty();

    fixture.at("2026-02-12T09:00");
    assertThatThrownBy(() -> fixture.supplement(n))
        .isInstanceOf(DomainException.class).hasMessage("CORRECTION_INCOMPLETE");
    assertThat(fixture.caseOf(n).status()).isEqualTo(CaseStatus.CORRECTION_REQUIRED);
    fixture.supplement(n, "M1");

    c = fixture.caseOf(n);
    assertThat(c.status()).isEqualTo(CaseStatus.SUBMITTED);
    assertThat(c.clockEntries()).extracting(ClockEntry::kind)
        .containsExactly(ClockEntry.Kind.STOP, ClockEntry.Kind.RESUME);
    assertThat(c.clockEntries().get(1).workingDays()).isEqualTo(3);
    assertThat(cases.clockOf(c).stoppedWorkingDays()).isEqualTo(3);
    // §32's five working days run again from the supplement: Fri 13, Sat 14 (调休), 24, 25, 26 Feb.
    assertThat(c.clock().acceptanceDue()).contains(LocalDate.of(2026, 2, 26));
    fixture.eventually(() -> assertThat(pi).isWaitingAt(TASK_ACCEPT));
    assertThat(fixture.task(n, CaseStage.ACCEPT, fixture.staff()).dueDate()).isEqualTo(LocalDate.of(2026, 2, 26));
  }

  @Test
  void deniedCaseEndsWithTheWrittenReasons() {
    String n = acceptedAndReviewed("T-PROMISED");
    ProcessInstance pi = fixture.process(n);

    assertThatThrownBy(() -> fixture.complete(n, CaseStage.DECIDE, "DENIED", " "))
        .isInstanceOf(DomainException.class).hasMessage("REASON_REQUIRED");
    fixture.complete(n, CaseStage.DECIDE, "DENIED", "不符合法定条件");

    assertThat(fixture.caseOf(n).status()).isEqualTo(CaseStatus.DENIED);
    assertThat(fixture.caseOf(n).timeline()).last().extracting(CaseEvent::note).isEqualTo("不符合法定条件");
    assertThat(pi).isEnded().hasPassed(END_DENIED);
    assertThat(fixture.licenceOf(n)).isEmpty();
  }

  @Test
  void returnedCaseGoesBackToReviewWithANewReviewTask() {
    String n = fixture.file("T-PROMISED");
    ProcessInstance pi = fixture.process(n);
    fixture.complete(n, CaseStage.ACCEPT, "ACCEPTED", null);
    String firstReview = fixture.task(n, CaseStage.REVIEW, fixture.staff()).taskId();
    fixture.complete(n, CaseStage.REVIEW, "FAILED", "经营场所未核实");

    assertThatThrownBy(() -> fixture.complete(n, CaseStage.DECIDE, "RETURNED", null))
        .isInstanceOf(DomainException.class).hasMessage("REASON_REQUIRED");
    assertThat(pi).isWaitingAt(TASK_DECIDE);
    fixture.complete(n, CaseStage.DECIDE, "RETURNED", "请核查经营场所");

    var c = fixture.caseOf(n);
    assertThat(c.status()).isEqualTo(CaseStatus.UNDER_REVIEW);
    assertThat(c.timeline()).last().satisfies(e -> {
      assertThat(e.action()).isEqualTo(CaseAction.RETURNED_TO_REVIEW);
      assertThat(e.note()).isEqualTo("请核查经营场所");
    });
    assertThat(pi).isWaitingAt(TASK_REVIEW);
    assertThat(fixture.tasks(n, fixture.staff())).singleElement().satisfies(t -> {
      assertThat(t.stage()).isEqualTo(CaseStage.REVIEW);
      assertThat(t.taskId()).isNotEqualTo(firstReview);
    });

    // Only the new round's opinions count: the failed first review needs no overruling now.
    fixture.complete(n, CaseStage.REVIEW, "PASSED", "经营场所已核查");
    fixture.complete(n, CaseStage.DECIDE, "APPROVED", null);
    assertThat(fixture.caseOf(n).status()).isEqualTo(CaseStatus.APPROVED);
    assertThat(fixture.caseOf(n).timeline()).extracting(CaseEvent::action).doesNotContain(CaseAction.REVIEW_OVERRULED);
  }

  @Test
  void approvingOverAFailedReviewNeedsAWrittenOverrulingReason() {
    String n = fixture.file("T-PROMISED");
    ProcessInstance pi = fixture.process(n);
    fixture.complete(n, CaseStage.ACCEPT, "ACCEPTED", null);
    fixture.complete(n, CaseStage.REVIEW, "FAILED", "场所面积不足");

    assertThatThrownBy(() -> fixture.complete(n, CaseStage.DECIDE, "APPROVED", " "))
        .isInstanceOf(DomainException.class).hasMessage("OVERRULING_REASON_REQUIRED");
    assertThat(fixture.caseOf(n).status()).isEqualTo(CaseStatus.UNDER_REVIEW);
    assertThat(fixture.task(n, CaseStage.DECIDE, fixture.staff())).as("the task stays open").isNotNull();
    assertThat(pi).isWaitingAt(TASK_DECIDE);

    fixture.complete(n, CaseStage.DECIDE, "APPROVED", "面积按新标准计算已符合");

    var c = fixture.caseOf(n);
    assertThat(c.status()).isEqualTo(CaseStatus.APPROVED);
    assertThat(c.timeline()).extracting(CaseEvent::action).endsWith(CaseAction.REVIEW_FAILED,
        CaseAction.REVIEW_OVERRULED, CaseAction.APPROVED);
    assertThat(c.timeline()).filteredOn(e -> e.action() == CaseAction.REVIEW_OVERRULED).singleElement()
        .extracting(CaseEvent::note).isEqualTo("面积按新标准计算已符合");
  }

  @Test
  void withdrawalBeforeTheDecisionEndsTheProcessAndItsTasks() {
    String n = fixture.file("T-PROMISED");
    ProcessInstance pi = fixture.process(n);
    fixture.complete(n, CaseStage.ACCEPT, "ACCEPTED", null);

    fixture.withdraw(n);

    assertThat(fixture.caseOf(n).status()).isEqualTo(CaseStatus.WITHDRAWN);
    fixture.eventually(() -> assertThat(pi).isEnded().hasPassed(END_WITHDRAWN));
    assertThat(fixture.tasks(n, fixture.staff())).isEmpty();
  }

  @Test
  void caseWithoutAcceptanceDecisionIsDeemedAcceptedTheDayAfterItsFifthWorkingDayNotBefore() {
    fixture.at("2026-02-12T10:00");
    String n = fixture.file("T-PROMISED");
    ProcessInstance pi = fixture.process(n);
    // Received Thu 12 Feb; five working days: 13, Sat 14 (调休), then 24, 25, 26 Feb after Spring Festival.
    assertThat(fixture.caseOf(n).clock().acceptanceDue()).contains(LocalDate.of(2026, 2, 26));

    fixture.sweepAt("2026-02-20T09:00");
    assertThat(fixture.caseOf(n).status()).as("a Monday–Friday count would be over by now")
        .isEqualTo(CaseStatus.SUBMITTED);
    fixture.sweepAt("2026-02-26T17:30");
    assertThat(fixture.caseOf(n).status()).as("its fifth working day").isEqualTo(CaseStatus.SUBMITTED);
    assertThat(pi).isWaitingAt(TASK_ACCEPT);

    fixture.sweepAt("2026-02-27T00:10");

    var c = fixture.caseOf(n);
    assertThat(c.status()).isEqualTo(CaseStatus.ACCEPTED);
    assertThat(c.acceptedAt()).contains(c.submittedAt());
    assertThat(c.timeline()).filteredOn(e -> e.action() == CaseAction.DEEMED_ACCEPTED).singleElement()
        .satisfies(e -> assertThat(e.actorId()).as("nobody decided").isNull());
    assertThat(c.clockEntries()).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(ClockEntry.Kind.START);
      assertThat(e.reason()).isEqualTo(ClockEntry.Reason.DEEMED_ACCEPTANCE);
      assertThat(e.effectiveOn()).as("the clock runs from the day of receipt").isEqualTo(LocalDate.of(2026, 2, 12));
    });
    assertThat(c.dueDate()).contains(workingDays.dueDate(LocalDate.of(2026, 2, 12), 10).date());
    assertThat(pi).hasPassed(DEEMED_ACCEPTANCE).isWaitingAt(TASK_REVIEW);
    assertThat(fixture.tasks(n, fixture.staff())).singleElement()
        .satisfies(t -> assertThat(t.stage()).isEqualTo(CaseStage.REVIEW));
    fixture.eventually(() -> assertThat(fixture.alerts(n, AlertKind.DEEMED_ACCEPTANCE)).singleElement()
        .satisfies(a -> {
          assertThat(a.departmentCode()).isEqualTo("D1");
          assertThat(a.dueDate()).isEqualTo(LocalDate.of(2026, 2, 26));
          assertThat(a.recipients()).contains("head-D1", "supervisor-D1")
              .doesNotContain("D1", "clerk-D1", "head-D2", "supervisor-D2");
        }));

    assertThat(fixture.sweepAt("2026-02-27T00:15").deemed()).as("nothing is deemed twice").isZero();
    assertThat(fixture.caseOf(n).timeline()).filteredOn(e -> e.action() == CaseAction.DEEMED_ACCEPTED).hasSize(1);
    assertThat(fixture.alerts(n, AlertKind.DEEMED_ACCEPTANCE)).hasSize(1);
    assertThat(pi).isWaitingAt(TASK_REVIEW);
  }

  @Test
  void caseUnderCorrectionIsNeverDeemedAccepted() {
    String n = fixture.file("T-PROMISED");
    ProcessInstance pi = fixture.process(n);
    fixture.complete(n, CaseStage.ACCEPT, "CORRECTION_REQUIRED", null,
        List.of(new CorrectionItem("M1", "申请书未签字")));

    fixture.sweepAt("2026-02-27T09:00");
    fixture.sweepAt("2026-04-30T09:00");

    var c = fixture.caseOf(n);
    assertThat(c.status()).isEqualTo(CaseStatus.CORRECTION_REQUIRED);
    assertThat(c.timeline()).extracting(CaseEvent::action).doesNotContain(CaseAction.DEEMED_ACCEPTED);
    assertThat(c.clockEntries()).extracting(ClockEntry::kind).containsExactly(ClockEntry.Kind.STOP);
    assertThat(pi).isWaitingAt(RECEIVE_SUPPLEMENT);
    assertThat(fixture.alerts(n)).isEmpty();
  }

  @Test
  void acceptanceTaskCarriesTheSection32DateAndTurnsYellowThenRedOnIt() {
    fixture.at("2026-02-12T10:00");
    String n = fixture.file("T-PROMISED");
    assertThat(fixture.task(n, CaseStage.ACCEPT, fixture.staff())).satisfies(t -> {
      assertThat(t.dueDate()).isEqualTo(LocalDate.of(2026, 2, 26));
      assertThat(t.warning()).isEqualTo(WarningColour.GREEN);
    });

    fixture.sweepAt("2026-02-23T09:00");
    assertThat(fixture.task(n, CaseStage.ACCEPT, fixture.staff()).warning())
        .as("three working days left: 24, 25, 26 Feb").isEqualTo(WarningColour.GREEN);
    assertThat(fixture.alerts(n)).isEmpty();

    fixture.sweepAt("2026-02-24T09:00");
    assertThat(fixture.task(n, CaseStage.ACCEPT, fixture.staff()).warning()).isEqualTo(WarningColour.YELLOW);
    assertThat(fixture.alerts(n)).singleElement().satisfies(a -> {
      assertThat(a.kind()).isEqualTo(AlertKind.ACCEPTANCE_NEAR_DUE);
      assertThat(a.stage()).isEqualTo("ACCEPT");
      assertThat(a.dueDate()).isEqualTo(LocalDate.of(2026, 2, 26));
      assertThat(a.recipients()).as("every clerk of D1, its head and supervisors")
          .contains("staff", "staff-D1", "clerk-D1", "head-D1", "supervisor-D1")
          .doesNotContain("D1", "reviewer-D1", "clerk-D2", "head-D2");
    });
    fixture.sweepAt("2026-02-25T09:00");
    assertThat(fixture.alerts(n)).as("raised once").hasSize(1);

    fixture.at("2026-02-27T00:05");
    assertThat(fixture.task(n, CaseStage.ACCEPT, fixture.staff()).warning())
        .as("past the §32 date, before the sweep deems it accepted").isEqualTo(WarningColour.RED);

    fixture.sweep();
    assertThat(fixture.caseOf(n).status()).isEqualTo(CaseStatus.ACCEPTED);
    fixture.eventually(() -> assertThat(fixture.openAlerts(n)).as("the acceptance is no longer near due")
        .extracting(Alert::kind).containsExactly(AlertKind.DEEMED_ACCEPTANCE));
  }

  @Test
  void decisionWarnsYellowTwoWorkingDaysBeforeThePromisedDateRedAfterItAndLegalOverdueAfterTheLegalDate() {
    fixture.at("2026-09-21T10:00");
    String n = fixture.file("T-PROMISED");
    fixture.complete(n, CaseStage.ACCEPT, "ACCEPTED", null);
    // Mon 21 Sep + 10 working days: 22–24 and 28–30 Sep (25 Sep is 中秋), 8, 9, Sat 10 (调休) and 12 Oct.
    assertThat(fixture.caseOf(n).dueDate()).contains(LocalDate.of(2026, 10, 12));
    assertThat(fixture.caseOf(n).legalDueDate()).contains(LocalDate.of(2026, 10, 26));
    fixture.at("2026-10-08T10:00");
    fixture.complete(n, CaseStage.REVIEW, "PASSED", null);

    fixture.sweepAt("2026-10-08T10:05");
    assertThat(fixture.task(n, CaseStage.DECIDE, fixture.staff()).warning())
        .as("9, Sat 10 and 12 Oct are left").isEqualTo(WarningColour.GREEN);
    assertThat(fixture.alerts(n)).isEmpty();

    fixture.sweepAt("2026-10-09T08:00");
    assertThat(fixture.task(n, CaseStage.DECIDE, fixture.staff()).warning()).isEqualTo(WarningColour.YELLOW);
    assertThat(fixture.openAlerts(n)).singleElement().satisfies(a -> {
      assertThat(a.kind()).isEqualTo(AlertKind.DEADLINE_YELLOW);
      assertThat(a.stage()).isEqualTo("DECIDE");
      assertThat(a.departmentCode()).isEqualTo("D1");
      assertThat(a.dueDate()).isEqualTo(LocalDate.of(2026, 10, 12));
      assertThat(a.recipients()).as("every approver of D1, its head and supervisors, by username")
          .contains("staff", "staff-D1", "head-D1", "supervisor-D1")
          .doesNotContain("D1", "clerk-D1", "reviewer-D1", "staff-D2", "head-D2");
    });
    fixture.sweepAt("2026-10-12T17:00");
    assertThat(fixture.alerts(n)).as("one yellow, however often the sweep runs").hasSize(1);

    fixture.sweepAt("2026-10-13T08:00");
    assertThat(fixture.task(n, CaseStage.DECIDE, fixture.staff()).warning()).isEqualTo(WarningColour.RED);
    // The decision's own budget (3 of the 10 promised working days from 8 Oct) ended on 12 Oct too.
    assertThat(fixture.openAlerts(n)).extracting(Alert::kind)
        .containsExactlyInAnyOrder(AlertKind.DEADLINE_RED, AlertKind.STAGE_OVERRUN);
    assertThat(fixture.alerts(n, AlertKind.DEADLINE_YELLOW)).singleElement()
        .satisfies(a -> assertThat(a.resolvedAt()).as("red replaces yellow").isNotNull());

    fixture.sweepAt("2026-10-26T17:00");
    assertThat(fixture.alerts(n, AlertKind.LEGAL_OVERDUE)).isEmpty();
    fixture.sweepAt("2026-10-27T08:00");
    assertThat(fixture.alerts(n, AlertKind.LEGAL_OVERDUE)).singleElement()
        .satisfies(a -> assertThat(a.dueDate()).isEqualTo(LocalDate.of(2026, 10, 26)));
    assertThat(fixture.process(n)).isWaitingAt(TASK_DECIDE);
  }

  @Test
  void reviewLongerThanItsStageBudgetIsAStageOverrunForWhoeverClaimedIt() {
    fixture.at("2026-09-21T10:00");
    String n = fixture.file("T-PROMISED");
    fixture.complete(n, CaseStage.ACCEPT, "ACCEPTED", null);
    fixture.claim(n, CaseStage.REVIEW, fixture.reviewerOf("D1"));

    // The review's budget is half the 10 promised working days: 22, 23, 24, 28 and 29 Sep (25 Sep is 中秋).
    fixture.sweepAt("2026-09-29T17:00");
    assertThat(fixture.alerts(n)).isEmpty();
    fixture.sweepAt("2026-09-30T08:00");

    assertThat(fixture.task(n, CaseStage.REVIEW, fixture.staff()).warning()).isEqualTo(WarningColour.YELLOW);
    assertThat(fixture.alerts(n)).singleElement().satisfies(a -> {
      assertThat(a.kind()).isEqualTo(AlertKind.STAGE_OVERRUN);
      assertThat(a.stage()).isEqualTo("REVIEW");
      assertThat(a.dueDate()).isEqualTo(LocalDate.of(2026, 9, 29));
      assertThat(a.handler()).isEqualTo("reviewer-D1");
      assertThat(a.recipients()).as("the reviewer who claimed it, not every reviewer")
          .contains("reviewer-D1", "head-D1", "supervisor-D1")
          .doesNotContain("D1", "staff-D1", "clerk-D1", "head-D2");
    });
  }

  @Test
  void nothingIsLateWhileASpecialProcedureStopsTheClockAndANewYellowComesForTheMovedDate() {
    fixture.at("2026-09-21T10:00");
    String n = fixture.file("T-PROMISED");
    fixture.complete(n, CaseStage.ACCEPT, "ACCEPTED", null);
    fixture.at("2026-10-08T10:00");
    fixture.complete(n, CaseStage.REVIEW, "PASSED", null);
    fixture.sweepAt("2026-10-09T08:00");
    assertThat(fixture.openAlerts(n)).extracting(Alert::kind).containsExactly(AlertKind.DEADLINE_YELLOW);

    fixture.at("2026-10-09T15:00");
    clocks.startSpecialProcedure(n, fixture.staff(), SpecialProcedureKind.EXPERT_REVIEW, 5, "组织专家评审");
    assertThat(fixture.task(n, CaseStage.DECIDE, fixture.staff()).warning()).isEqualTo(WarningColour.GREEN);
    fixture.sweepAt("2026-10-09T15:05");
    assertThat(fixture.openAlerts(n)).as("the yellow raised before the stop is resolved").isEmpty();
    fixture.sweepAt("2026-10-13T09:00");
    assertThat(fixture.task(n, CaseStage.DECIDE, fixture.staff()).warning())
        .as("past the old due date, but the clock stands").isEqualTo(WarningColour.GREEN);
    assertThat(fixture.openAlerts(n)).isEmpty();

    fixture.at("2026-10-14T09:00");
    clocks.endSpecialProcedure(n, fixture.staff(), "专家意见已出具");
    // Stopped 10, 12, 13 and 14 Oct: 4 working days; 12 Oct moves to 16 Oct.
    assertThat(fixture.caseOf(n).dueDate()).contains(LocalDate.of(2026, 10, 16));
    assertThat(fixture.task(n, CaseStage.DECIDE, fixture.staff()).dueDate()).isEqualTo(LocalDate.of(2026, 10, 16));
    fixture.sweepAt("2026-10-14T09:05");

    assertThat(fixture.task(n, CaseStage.DECIDE, fixture.staff()).warning()).isEqualTo(WarningColour.YELLOW);
    assertThat(fixture.openAlerts(n)).singleElement().satisfies(a -> {
      assertThat(a.kind()).isEqualTo(AlertKind.DEADLINE_YELLOW);
      assertThat(a.dueDate()).isEqualTo(LocalDate.of(2026, 10, 16));
    });
    assertThat(fixture.alerts(n, AlertKind.DEADLINE_YELLOW)).hasSize(2);
  }

  @Test
  void specialProcedureOverSpringFestivalMovesBothDueDatesByExactlyTheStoppedWorkingDays() {
    fixture.at("2026-02-13T09:00");
    String n = fixture.file("T-PROMISED");
    fixture.complete(n, CaseStage.ACCEPT, "ACCEPTED", null);
    var before = fixture.caseOf(n);
    LocalDate due = before.dueDate().orElseThrow();
    LocalDate legal = before.legalDueDate().orElseThrow();

    assertThatThrownBy(() -> clocks.startSpecialProcedure(n, fixture.staff(), SpecialProcedureKind.EXPERT_REVIEW,
        null, "组织专家评审")).isInstanceOf(DomainException.class).hasMessage("SPECIAL_PROCEDURE_DAYS_INVALID");
    clocks.startSpecialProcedure(n, fixture.staff(), SpecialProcedureKind.EXPERT_REVIEW, 10, "组织专家评审");
    assertThat(fixture.caseOf(n).status()).isEqualTo(CaseStatus.SPECIAL_PROCEDURE);
    assertThatThrownBy(() -> fixture.complete(n, CaseStage.REVIEW, "PASSED", null))
        .isInstanceOf(DomainException.class).hasMessage("ILLEGAL_TRANSITION");

    fixture.at("2026-02-24T15:00");
    clocks.endSpecialProcedure(n, fixture.staff(), "专家意见已出具");

    var c = fixture.caseOf(n);
    var calendar = workingDays.calendar();
    // Stopped Fri 13 Feb, resumed Tue 24 Feb: Sat 14 Feb (调休) and Tue 24 Feb are the stopped days.
    int stopped = calendar.workingDaysBetween(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 24));
    assertThat(stopped).isEqualTo(2);
    assertThat(c.status()).isEqualTo(CaseStatus.ACCEPTED);
    assertThat(calendar.workingDaysBetween(due, c.dueDate().orElseThrow())).isEqualTo(stopped);
    assertThat(calendar.workingDaysBetween(legal, c.legalDueDate().orElseThrow())).isEqualTo(stopped);
    assertThat(c.clockEntries()).extracting(ClockEntry::kind)
        .containsExactly(ClockEntry.Kind.START, ClockEntry.Kind.STOP, ClockEntry.Kind.RESUME);
    assertThat(c.clockEntries().get(2).workingDays()).isEqualTo(stopped);
    assertThat(cases.clockOf(c).stoppedWorkingDays()).isEqualTo(stopped);
    assertThat(fixture.task(n, CaseStage.REVIEW, fixture.staff()).dueDate()).isEqualTo(c.dueDate().orElseThrow());
    fixture.complete(n, CaseStage.REVIEW, "PASSED", null);
    assertThat(fixture.process(n)).isWaitingAt(TASK_DECIDE);
  }

  @Test
  void handlerRequestsAnExtensionAndTheHeadsGrantMovesBothDueDates() {
    String n = fixture.file("T-PROMISED");
    fixture.complete(n, CaseStage.ACCEPT, "ACCEPTED", null);
    var before = fixture.caseOf(n);
    assertThat(before.dueDate()).contains(LocalDate.of(2026, 2, 28));

    assertThatThrownBy(() -> clocks.requestExtension(n, fixture.staff(), 5, ""))
        .isInstanceOf(DomainException.class).hasMessage("REASON_REQUIRED");
    assertThatThrownBy(() -> clocks.requestExtension(n, fixture.staff(), 11, "需现场核查"))
        .isInstanceOf(DomainException.class).hasMessage("EXTENSION_TOO_LONG");
    Extension requested = clocks.requestExtension(n, fixture.staff(), 5, "需现场核查");
    assertThat(requested.status()).isEqualTo(Extension.Status.REQUESTED);
    assertThat(fixture.caseOf(n).dueDate()).as("nothing moves before the head decides").isEqualTo(before.dueDate());

    clocks.decideExtension(n, requested.id(), fixture.headOf("D1"), true, "同意延期");

    var c = fixture.caseOf(n);
    var calendar = workingDays.calendar();
    assertThat(c.dueDate()).contains(LocalDate.of(2026, 3, 6));
    assertThat(calendar.workingDaysBetween(before.dueDate().orElseThrow(), c.dueDate().orElseThrow())).isEqualTo(5);
    assertThat(calendar.workingDaysBetween(before.legalDueDate().orElseThrow(), c.legalDueDate().orElseThrow()))
        .isEqualTo(5);
    assertThat(c.clockEntries()).last().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(ClockEntry.Kind.EXTENSION);
      assertThat(e.workingDays()).isEqualTo(5);
      assertThat(e.note()).isEqualTo("需现场核查");
    });
    assertThat(c.extensions()).singleElement().extracting(Extension::status).isEqualTo(Extension.Status.GRANTED);
    assertThat(c.timeline()).extracting(CaseEvent::action)
        .containsSubsequence(CaseAction.EXTENSION_REQUESTED, CaseAction.EXTENDED);
    assertThat(cases.clockOf(c).extendedWorkingDays()).isEqualTo(5);
    assertThat(fixture.task(n, CaseStage.REVIEW, fixture.staff()).dueDate()).isEqualTo(LocalDate.of(2026, 3, 6));

    fixture.sweepAt("2026-03-02T08:00");
    assertThat(fixture.alerts(n, AlertKind.DEADLINE_RED)).as("the old date has passed, the new one has not")
        .isEmpty();
    assertThatThrownBy(() -> clocks.requestExtension(n, fixture.staff(), 2, "再延"))
        .isInstanceOf(DomainException.class).hasMessage("EXTENSION_ALREADY_GRANTED");
  }

  @Test
  void onlyTheLeadDepartmentsHandlerMayRequestAndOnlyItsHeadMayGrant() {
    String n = fixture.file("T-PROMISED");
    fixture.complete(n, CaseStage.ACCEPT, "ACCEPTED", null);

    assertThatThrownBy(() -> clocks.requestExtension(n, fixture.staffOf("D9"), 5, "理由"))
        .isInstanceOf(DomainException.class).hasMessage("CASE_NOT_FOUND");
    assertThatThrownBy(() -> clocks.requestExtension(n, fixture.clerkOf("D1"), 5, "理由"))
        .isInstanceOf(DomainException.class).hasMessage("NOT_CASE_HANDLER");
    Extension requested = clocks.requestExtension(n, fixture.staffOf("D1"), 5, "理由");

    assertThatThrownBy(() -> clocks.decideExtension(n, requested.id(), fixture.staffOf("D1"), true, "同意"))
        .isInstanceOf(DomainException.class).hasMessage("HEAD_OF_LEAD_DEPARTMENT_REQUIRED");
    assertThatThrownBy(() -> clocks.decideExtension(n, requested.id(), fixture.headOf("D2"), true, "同意"))
        .isInstanceOf(DomainException.class).hasMessage("CASE_NOT_FOUND");
    assertThatThrownBy(() -> clocks.decideExtension(n, requested.id(), fixture.headOf("D1"), false, " "))
        .isInstanceOf(DomainException.class).hasMessage("REASON_REQUIRED");
    clocks.decideExtension(n, requested.id(), fixture.headOf("D1"), false, "理由不充分");

    var c = fixture.caseOf(n);
    assertThat(c.extensions()).singleElement().extracting(Extension::status).isEqualTo(Extension.Status.REFUSED);
    assertThat(c.dueDate()).contains(LocalDate.of(2026, 2, 28));
    assertThat(c.timeline()).last().extracting(CaseEvent::action).isEqualTo(CaseAction.EXTENSION_REFUSED);
  }

  @Test
  void deferrableMaterialOutstandingAtAcceptanceBlocksApprovalUntilSupplied() {
    String n = fixture.file("T-DEFER");
    fixture.complete(n, CaseStage.ACCEPT, "ACCEPTED", null);
    assertThat(fixture.caseOf(n).outstandingDeferrables()).containsExactly("M2");
    fixture.complete(n, CaseStage.REVIEW, "PASSED", null);

    assertThatThrownBy(() -> fixture.complete(n, CaseStage.DECIDE, "APPROVED", null))
        .isInstanceOf(DomainException.class).hasMessage("DEFERRABLE_MATERIALS_OUTSTANDING");
    fixture.supplement(n, "M2");
    assertThat(fixture.caseOf(n).outstandingDeferrables()).isEmpty();
    assertThat(fixture.caseOf(n).timeline()).extracting(CaseEvent::action)
        .contains(CaseAction.DEFERRED_MATERIAL_SUPPLIED);
    fixture.complete(n, CaseStage.DECIDE, "APPROVED", null);

    assertThat(fixture.caseOf(n).status()).isEqualTo(CaseStatus.APPROVED);
  }

  private String acceptedAndReviewed(String item) {
    String n = fixture.file(item);
    fixture.complete(n, CaseStage.ACCEPT, "ACCEPTED", null);
    fixture.complete(n, CaseStage.REVIEW, "PASSED", null);
    return n;
  }
}
