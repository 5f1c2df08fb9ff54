package org.openhall.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openhall.casefile.CaseFixture.APPLICANT;
import static org.openhall.casefile.CaseFixture.CLERK;
import static org.openhall.casefile.CaseFixture.REVIEWER;
import static org.openhall.casefile.CaseFixture.SHIPPED;
import static org.openhall.casefile.CaseFixture.acceptedOn;
import static org.openhall.casefile.CaseFixture.at;
import static org.openhall.casefile.CaseFixture.day;
import static org.openhall.casefile.CaseFixture.submittedOn;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openhall.casefile.WarningPolicy.Active;
import org.openhall.casefile.WarningPolicy.Assessment;

/**
 * Colours with the default yellow window of 2 working days. The reviewed case is accepted Tue 22 Sep 2026:
 * promised by Tue 13 Oct and due by law on Tue 27 Oct (中秋 25–27 Sep and 国庆 1–7 Oct off; Sat 10 Oct is a
 * working day). The case at acceptance is received Wed 11 Feb 2026: its §32 last day is Wed 25 Feb (12, 13,
 * Sat 14 调休, then 24, 25 after 春节).
 */
class WarningPolicyTest {

  private static final WarningPolicy POLICY = new WarningPolicy(2);

  private static final LocalDate REVIEW_ACCEPTED = day(2026, 9, 22);
  private static final LocalDate PROMISED_DUE = day(2026, 10, 13);
  private static final LocalDate LEGAL_DUE = day(2026, 10, 27);
  private static final LocalDate RECEIVED = day(2026, 2, 11);
  private static final LocalDate ACCEPTANCE_DUE = day(2026, 2, 25);

  @Test
  void theCasesHaveTheDatesTheOtherTestsAssume() {
    Case review = acceptedOn(REVIEW_ACCEPTED);
    assertThat(review.dueDate()).contains(PROMISED_DUE);
    assertThat(review.legalDueDate()).contains(LEGAL_DUE);
    assertThat(submittedOn(RECEIVED).clock().acceptanceDue()).contains(ACCEPTANCE_DUE);
  }

  @Test
  void atAcceptanceTheSection32DateTurnsYellowTwoWorkingDaysAheadCountedOverSpringFestival() {
    Case c = submittedOn(RECEIVED);

    // Fri 13 Feb: three working days left (Sat 14, 24, 25) although twelve calendar days remain.
    assertThat(acceptance(c, day(2026, 2, 13)).colour()).isEqualTo(WarningColour.GREEN);
    assertThat(acceptance(c, day(2026, 2, 13)).nextCheck()).isEqualTo(day(2026, 2, 14));
    // Sat 14 Feb (调休): two working days left.
    assertThat(acceptance(c, day(2026, 2, 14)).active())
        .containsExactly(new Active(WarningKind.ACCEPTANCE_NEAR_DUE, ACCEPTANCE_DUE));
    assertThat(acceptance(c, day(2026, 2, 14)).colour()).isEqualTo(WarningColour.YELLOW);
    assertThat(acceptance(c, day(2026, 2, 20)).colour()).as("during the holiday").isEqualTo(WarningColour.YELLOW);
    assertThat(acceptance(c, ACCEPTANCE_DUE).colour()).isEqualTo(WarningColour.YELLOW);
  }

  @Test
  void atAcceptanceTheDayAfterTheSection32DateIsRed() {
    Case c = submittedOn(RECEIVED);

    Assessment a = acceptance(c, ACCEPTANCE_DUE.plusDays(1));

    assertThat(a.colour()).isEqualTo(WarningColour.RED);
    assertThat(a.active()).containsExactly(new Active(WarningKind.ACCEPTANCE_OVERDUE, ACCEPTANCE_DUE));
  }

  @Test
  void inReviewThePromisedDateTurnsYellowOnTheAdjustedSaturdayAfterNationalDay() {
    Case c = acceptedOn(REVIEW_ACCEPTED);

    // Fri 9 Oct: 10, 12, 13 left. Sat 10 Oct (调休): 12, 13 left.
    assertThat(review(c, day(2026, 10, 9)).colour()).isEqualTo(WarningColour.GREEN);
    assertThat(review(c, day(2026, 10, 10)).active())
        .containsExactly(new Active(WarningKind.NEAR_DUE, PROMISED_DUE));
    assertThat(review(c, PROMISED_DUE).colour()).isEqualTo(WarningColour.YELLOW);
  }

  @Test
  void inReviewPastThePromisedDateIsRedButNotYetLegallyOverdue() {
    Case c = acceptedOn(REVIEW_ACCEPTED);

    Assessment a = review(c, PROMISED_DUE.plusDays(1));

    assertThat(a.colour()).isEqualTo(WarningColour.RED);
    assertThat(a.active()).containsExactly(new Active(WarningKind.OVERDUE, PROMISED_DUE));
    assertThat(a.nextCheck()).isEqualTo(LEGAL_DUE.plusDays(1));
  }

  @Test
  void inReviewPastTheLegalDateIsLegallyOverdueAsAWarningOfItsOwn() {
    Case c = acceptedOn(REVIEW_ACCEPTED);

    assertThat(review(c, LEGAL_DUE).of(WarningKind.LEGAL_OVERDUE)).isEmpty();
    Assessment a = review(c, LEGAL_DUE.plusDays(1));

    assertThat(a.colour()).isEqualTo(WarningColour.RED);
    assertThat(a.of(WarningKind.LEGAL_OVERDUE)).contains(new Active(WarningKind.LEGAL_OVERDUE, LEGAL_DUE));
    assertThat(a.of(WarningKind.OVERDUE)).contains(new Active(WarningKind.OVERDUE, PROMISED_DUE));
    assertThat(a.nextCheck()).as("nothing changes any more").isNull();
  }

  @Test
  void inReviewPastTheStagesOwnBudgetIsAStageOverrun() {
    Case c = acceptedOn(REVIEW_ACCEPTED);
    LocalDate stageDue = day(2026, 9, 30);

    assertThat(POLICY.assess(c, CaseStage.REVIEW, stageDue, stageDue, SHIPPED).active()).isEmpty();
    Assessment a = POLICY.assess(c, CaseStage.REVIEW, stageDue, day(2026, 10, 8), SHIPPED);

    assertThat(a.active()).containsExactly(new Active(WarningKind.STAGE_OVERRUN, stageDue));
    assertThat(a.colour()).isEqualTo(WarningColour.YELLOW);
  }

  @Test
  void nextCheckIsTheAdjustedSaturdayAfterNationalDayWhenThePromisedDateTurnsYellow() {
    Case c = acceptedOn(REVIEW_ACCEPTED);

    Assessment a = review(c, day(2026, 9, 30));

    assertThat(a.colour()).isEqualTo(WarningColour.GREEN);
    assertThat(a.nextCheck()).isEqualTo(day(2026, 10, 10));
    assertThat(POLICY.assess(c, CaseStage.REVIEW, day(2026, 10, 9), day(2026, 9, 30), SHIPPED).nextCheck())
        .as("a stage due on Fri 9 Oct overruns on the same day").isEqualTo(day(2026, 10, 10));
    assertThat(POLICY.assess(c, CaseStage.REVIEW, day(2026, 10, 8), day(2026, 9, 30), SHIPPED).nextCheck())
        .as("a stage due on Thu 8 Oct overruns first").isEqualTo(day(2026, 10, 9));
  }

  @Test
  void nothingIsLateWhileASpecialProcedureStopsTheClock() {
    Case c = acceptedOn(REVIEW_ACCEPTED);
    c.startSpecialProcedure(REVIEWER, at(day(2026, 10, 12)), day(2026, 10, 12), SpecialProcedureKind.TESTING,
        3, "样品送检", SHIPPED);

    // Past the promised date as it stood, before the expected end (13, 14, 15 Oct).
    Assessment a = POLICY.assess(c, CaseStage.REVIEW, day(2026, 10, 1), day(2026, 10, 14), SHIPPED);

    assertThat(a.colour()).isEqualTo(WarningColour.GREEN);
    assertThat(a.active()).isEmpty();
    assertThat(a.nextCheck()).isEqualTo(day(2026, 10, 16));
    assertThat(review(c, day(2026, 10, 15)).active()).isEmpty();
  }

  @Test
  void specialProcedurePastItsExpectedEndIsAnOverrunAndNothingElse() {
    Case c = acceptedOn(REVIEW_ACCEPTED);
    c.startSpecialProcedure(REVIEWER, at(day(2026, 10, 12)), day(2026, 10, 12), SpecialProcedureKind.TESTING,
        3, "样品送检", SHIPPED);

    assertThat(review(c, day(2026, 10, 16)).active())
        .containsExactly(new Active(WarningKind.SPECIAL_PROCEDURE_OVERRUN, day(2026, 10, 15)));
    Assessment pastLegal = review(c, LEGAL_DUE.plusDays(1));
    assertThat(pastLegal.active()).extracting(Active::kind).containsExactly(WarningKind.SPECIAL_PROCEDURE_OVERRUN);
    assertThat(pastLegal.colour()).isEqualTo(WarningColour.YELLOW);
  }

  @Test
  void specialProcedureOverNationalDayIsCheckedAgainTheDayAfterItsExpectedEnd() {
    Case c = acceptedOn(REVIEW_ACCEPTED);
    // Expected 3 working days from Tue 29 Sep: 30 Sep, 8 and 9 Oct.
    c.startSpecialProcedure(REVIEWER, at(day(2026, 9, 29)), day(2026, 9, 29), SpecialProcedureKind.EXPERT_REVIEW,
        3, "组织专家评审", SHIPPED);

    assertThat(c.clock().specialExpectedEnd()).contains(day(2026, 10, 9));
    assertThat(review(c, day(2026, 9, 30)).nextCheck()).isEqualTo(day(2026, 10, 10));
    assertThat(review(c, day(2026, 10, 9)).active()).isEmpty();
    assertThat(review(c, day(2026, 10, 10)).of(WarningKind.SPECIAL_PROCEDURE_OVERRUN)).isPresent();
  }

  @Test
  void nothingIsLateWhileACorrectionNoticeStopsTheClock() {
    Case c = submittedOn(RECEIVED);
    c.requireCorrection(CLERK, at(day(2026, 2, 12)), day(2026, 2, 12),
        List.of(new CorrectionItem("M1", "申请书缺少签字")), null, SHIPPED);
    LocalDate wouldBeRed = ACCEPTANCE_DUE.plusDays(1);

    assertThat(acceptance(c, wouldBeRed)).isEqualTo(new Assessment(WarningColour.GREEN, List.of(), null));
    assertThat(POLICY.assess(c, WarningPolicy.stageOf(c), null, wouldBeRed, SHIPPED))
        .isEqualTo(new Assessment(WarningColour.GREEN, List.of(), null));
  }

  @Test
  void completedCaseIsGreenWithNothingToWatch() {
    Case withdrawn = acceptedOn(REVIEW_ACCEPTED);
    withdrawn.withdraw(APPLICANT, at(day(2026, 10, 20)), "不再经营");
    Case refused = submittedOn(RECEIVED);
    refused.refuse(CLERK, at(ACCEPTANCE_DUE), "不属于本机关职权范围", SHIPPED);

    assertThat(review(withdrawn, LEGAL_DUE.plusDays(1)))
        .isEqualTo(new Assessment(WarningColour.GREEN, List.of(), null));
    assertThat(acceptance(refused, ACCEPTANCE_DUE.plusDays(1)))
        .isEqualTo(new Assessment(WarningColour.GREEN, List.of(), null));
    assertThat(POLICY.colour(withdrawn, CaseStage.REVIEW, day(2026, 10, 1), LEGAL_DUE.plusDays(1), SHIPPED))
        .isEqualTo(WarningColour.GREEN);
  }

  private static Assessment acceptance(Case c, LocalDate today) {
    return POLICY.assess(c, CaseStage.ACCEPT, null, today, SHIPPED);
  }

  @Test
  void anApprovedCaseWaitingForItsFeeNoLongerCountsAgainstTheDecisionsLimits() {
    Case c = acceptedOn(REVIEW_ACCEPTED);
    assertThat(review(c, PROMISED_DUE.plusDays(1)).colour()).isEqualTo(WarningColour.RED);

    c.decide(CaseFixture.APPROVER, at(REVIEW_ACCEPTED), true, "准予许可");

    assertThat(c.status()).isEqualTo(CaseStatus.APPROVED);
    assertThat(review(c, LEGAL_DUE.plusDays(30)).colour()).as("waiting for the fee (ADR 0027)")
        .isEqualTo(WarningColour.GREEN);
    assertThat(review(c, LEGAL_DUE.plusDays(30)).active()).isEmpty();
  }

  private static Assessment review(Case c, LocalDate today) {
    return POLICY.assess(c, CaseStage.REVIEW, null, today, SHIPPED);
  }
}
