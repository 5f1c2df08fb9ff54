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
import org.openhall.casefile.CaseManagement;
import org.openhall.casefile.CaseStage;
import org.openhall.casefile.CaseStatus;
import org.openhall.casefile.ClockEntry;
import org.openhall.casefile.CorrectionItem;
import org.openhall.casefile.DeadlineWarning;
import org.openhall.casefile.SpecialProcedureKind;
import org.openhall.kernel.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest(classes = ProcessTestApplication.class)
@RecordApplicationEvents
class PromisedApprovalProcessTest {

  @Autowired CaseFixture fixture;
  @Autowired CaseManagement cases;
  @Autowired WorkingDays workingDays;
  @Autowired ProcessEngine engine;
  @Autowired ApplicationEvents events;
  @Autowired DeadlineTimers timers;

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
    assertThat(c.dueDate()).contains(workingDays.dueDate(LocalDate.of(2026, 2, 9), 10).date());
    assertThat(c.legalDueDate()).contains(workingDays.dueDate(LocalDate.of(2026, 2, 9), 20).date());
    assertThat(c.clockEntries()).extracting(ClockEntry::kind).containsExactly(ClockEntry.Kind.START);
    assertThat(pi).isWaitingAt(TASK_REVIEW);

    fixture.complete(n, CaseStage.REVIEW, "PASSED", "符合条件");
    fixture.complete(n, CaseStage.DECIDE, "APPROVED", "准予许可");
    assertThat(fixture.caseOf(n).status()).isEqualTo(CaseStatus.APPROVED);
    fixture.runDueJobs(n);

    assertThat(fixture.caseOf(n).status()).isEqualTo(CaseStatus.ISSUED);
    assertThat(pi).isEnded().hasPassed(END_ISSUED);
  }

  @Test
  void refusedCaseEndsNotAcceptedWithItsReason() {
    String n = fixture.file("T-PROMISED");
    ProcessInstance pi = fixture.process(n);

    fixture.complete(n, CaseStage.ACCEPT, "NOT_ACCEPTED", "不属于本机关职权范围");

    var c = fixture.caseOf(n);
    assertThat(c.status()).isEqualTo(CaseStatus.NOT_ACCEPTED);
    assertThat(c.timeline()).last().extracting(CaseEvent::note).isEqualTo("不属于本机关职权范围");
    assertThat(c.clockEntries()).isEmpty();
    assertThat(pi).isEnded().hasPassed(END_NOT_ACCEPTED);
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
    assertThat(pi).isWaitingAt(RECEIVE_SUPPLEMENT);

    fixture.at("2026-02-12T09:00");
    fixture.supplement(n, "M1");

    c = fixture.caseOf(n);
    assertThat(c.status()).isEqualTo(CaseStatus.SUBMITTED);
    assertThat(c.clockEntries()).extracting(ClockEntry::kind)
        .containsExactly(ClockEntry.Kind.STOP, ClockEntry.Kind.RESUME);
    assertThat(c.clockEntries().get(1).workingDays()).isEqualTo(3);
    assertThat(cases.clockOf(c).stoppedWorkingDays()).isEqualTo(3);
    fixture.eventually(() -> assertThat(pi).isWaitingAt(TASK_ACCEPT));
    // §32's five working days run again from the supplement: Fri 13, Sat 14 (调休), 24, 25, 26 Feb.
    assertThat(fixture.timer(n, TIMER_DEEMED_ACCEPTANCE).getDuedate().toInstant())
        .isEqualTo(LocalDate.of(2026, 2, 27).atStartOfDay(CaseFixture.ZONE).toInstant());
  }

  @Test
  void deniedCaseEndsWithTheWrittenReasons() {
    String n = acceptedAndReviewed("T-PROMISED");
    ProcessInstance pi = fixture.process(n);

    assertThatThrownBy(() -> fixture.complete(n, CaseStage.DECIDE, "DENIED", " "))
        .isInstanceOf(DomainException.class).hasMessage("REASON_REQUIRED");
    fixture.complete(n, CaseStage.DECIDE, "DENIED", "不符合法定条件");

    assertThat(fixture.caseOf(n).status()).isEqualTo(CaseStatus.DENIED);
    assertThat(pi).isEnded().hasPassed(END_DENIED);
  }

  @Test
  void withdrawalBeforeTheDecisionEndsTheProcessAndItsTasks() {
    String n = fixture.file("T-PROMISED");
    ProcessInstance pi = fixture.process(n);
    fixture.complete(n, CaseStage.ACCEPT, "ACCEPTED", null);

    cases.withdraw(n, fixture.applicantOf(n));

    assertThat(fixture.caseOf(n).status()).isEqualTo(CaseStatus.WITHDRAWN);
    fixture.eventually(() -> assertThat(pi).isEnded().hasPassed(END_WITHDRAWN));
    assertThat(fixture.tasks(n, fixture.staff())).isEmpty();
  }

  @Test
  void onlineCaseWithoutAcceptanceDecisionInFiveWorkingDaysIsDeemedAcceptedAsOfReceipt() {
    String n = fixture.file("T-PROMISED");
    ProcessInstance pi = fixture.process(n);
    // Received Mon 9 Feb 2026; 5 working days: 10, 11, 12, 13 and Sat 14 Feb (调休 working day).
    assertThat(fixture.timer(n, TIMER_DEEMED_ACCEPTANCE).getDuedate().toInstant())
        .isEqualTo(LocalDate.of(2026, 2, 15).atStartOfDay(CaseFixture.ZONE).toInstant());

    fixture.at("2026-02-14T17:00");
    fixture.runDueJobs(n);
    assertThat(pi).isWaitingAt(TASK_ACCEPT);

    fixture.at("2026-02-24T08:00");
    fixture.runDueJobs(n);

    var c = fixture.caseOf(n);
    assertThat(c.status()).isEqualTo(CaseStatus.ACCEPTED);
    assertThat(c.acceptedAt()).contains(c.submittedAt());
    assertThat(c.timeline()).extracting(CaseEvent::action).contains(CaseAction.DEEMED_ACCEPTED);
    assertThat(c.clockEntries()).singleElement().satisfies(e -> {
      assertThat(e.reason()).isEqualTo(ClockEntry.Reason.DEEMED_ACCEPTANCE);
      assertThat(e.effectiveOn()).isEqualTo(LocalDate.of(2026, 2, 9));
    });
    assertThat(c.dueDate()).contains(workingDays.dueDate(LocalDate.of(2026, 2, 9), 10).date());
    assertThat(pi).isWaitingAt(TASK_REVIEW);
  }

  @Test
  void specialProcedureOverSpringFestivalMovesBothDueDatesByExactlyTheStoppedWorkingDays() {
    fixture.at("2026-02-13T09:00");
    String n = fixture.file("T-PROMISED");
    fixture.complete(n, CaseStage.ACCEPT, "ACCEPTED", null);
    var before = fixture.caseOf(n);
    LocalDate due = before.dueDate().orElseThrow();
    LocalDate legal = before.legalDueDate().orElseThrow();

    cases.startSpecialProcedure(n, fixture.staff(), SpecialProcedureKind.EXPERT_REVIEW, "组织专家评审");
    assertThat(fixture.caseOf(n).status()).isEqualTo(CaseStatus.SPECIAL_PROCEDURE);
    assertThat(fixture.timer(n, TIMER_REVIEW_YELLOW).isSuspended()).isTrue();
    assertThatThrownBy(() -> fixture.complete(n, CaseStage.REVIEW, "PASSED", null))
        .isInstanceOf(DomainException.class).hasMessage("ILLEGAL_TRANSITION");

    fixture.at("2026-02-24T15:00");
    cases.endSpecialProcedure(n, fixture.staff(), "专家意见已出具");

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
    var yellow = fixture.timer(n, TIMER_REVIEW_YELLOW);
    assertThat(yellow.isSuspended()).isFalse();
    assertThat(yellow.getDuedate().toInstant()).isEqualTo(
        timers.yellowDay(c.dueDate().orElseThrow())
            .atStartOfDay(CaseFixture.ZONE).toInstant());
    assertThat(fixture.task(n, CaseStage.REVIEW, fixture.staff()).dueDate()).isEqualTo(c.dueDate().orElseThrow());
  }

  @Test
  void approverExtendsTheTimeLimitWithAReasonAndBothDueDatesMove() {
    String n = fixture.file("T-PROMISED");
    fixture.complete(n, CaseStage.ACCEPT, "ACCEPTED", null);
    var before = fixture.caseOf(n);

    assertThatThrownBy(() -> cases.extend(n, fixture.staff(), 5, ""))
        .isInstanceOf(DomainException.class).hasMessage("REASON_REQUIRED");
    cases.extend(n, fixture.staff(), 5, "需现场核查");

    var c = fixture.caseOf(n);
    var calendar = workingDays.calendar();
    assertThat(calendar.workingDaysBetween(before.dueDate().orElseThrow(), c.dueDate().orElseThrow())).isEqualTo(5);
    assertThat(calendar.workingDaysBetween(before.legalDueDate().orElseThrow(), c.legalDueDate().orElseThrow())).isEqualTo(5);
    assertThat(c.clockEntries()).last().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(ClockEntry.Kind.EXTENSION);
      assertThat(e.workingDays()).isEqualTo(5);
      assertThat(e.note()).isEqualTo("需现场核查");
    });
    assertThat(c.timeline()).last().extracting(CaseEvent::action).isEqualTo(CaseAction.EXTENDED);
    assertThat(cases.clockOf(c).extendedWorkingDays()).isEqualTo(5);
    assertThat(fixture.timer(n, TIMER_REVIEW_RED).getDuedate().toInstant()).isEqualTo(
        c.dueDate().orElseThrow().plusDays(1).atStartOfDay(CaseFixture.ZONE).toInstant());
  }

  @Test
  void onlyAnApproverOfTheCaseDepartmentMayExtend() {
    String n = fixture.file("T-PROMISED");
    fixture.complete(n, CaseStage.ACCEPT, "ACCEPTED", null);

    assertThatThrownBy(() -> cases.extend(n, fixture.staffOf("D9"), 5, "理由"))
        .isInstanceOf(DomainException.class).hasMessage("CASE_NOT_FOUND");
  }

  @Test
  void warningTimersPublishYellowThenRedOnceForTheStageAndItsHandler() {
    String n = fixture.file("T-PROMISED");
    fixture.complete(n, CaseStage.ACCEPT, "ACCEPTED", null);
    LocalDate due = fixture.caseOf(n).dueDate().orElseThrow();
    var yellow = fixture.timer(n, TIMER_REVIEW_YELLOW).getDuedate().toInstant();
    var overrun = fixture.timer(n, TIMER_REVIEW_OVERRUN).getDuedate().toInstant();
    assertThat(overrun).isBefore(yellow);

    fixture.clockTo(overrun);
    fixture.runDueJobs(n);
    fixture.clockTo(yellow);
    fixture.runDueJobs(n);
    fixture.at(due.plusDays(1) + "T00:30");
    fixture.runDueJobs(n);
    fixture.runDueJobs(n);

    var warnings = events.stream(DeadlineWarning.class).filter(w -> w.caseNumber().equals(n)).toList();
    assertThat(warnings).extracting(DeadlineWarning::level).containsExactly(
        DeadlineWarning.Level.YELLOW, DeadlineWarning.Level.YELLOW, DeadlineWarning.Level.RED);
    assertThat(warnings).allSatisfy(w -> {
      assertThat(w.stage()).isEqualTo(CaseStage.REVIEW);
      assertThat(w.handler()).isEqualTo("D1");
      assertThat(w.departmentCode()).isEqualTo("D1");
      assertThat(w.dueDate()).isEqualTo(due);
    });
    assertThat(fixture.process(n)).isWaitingAt(TASK_REVIEW);
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
