package org.openhall.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.openhall.casefile.CaseFixture.APPROVER;
import static org.openhall.casefile.CaseFixture.CO_DEPARTMENT;
import static org.openhall.casefile.CaseFixture.CO_REVIEWER;
import static org.openhall.casefile.CaseFixture.REVIEWER;
import static org.openhall.casefile.CaseFixture.acceptedJointCaseOn;
import static org.openhall.casefile.CaseFixture.acceptedOn;
import static org.openhall.casefile.CaseFixture.at;
import static org.openhall.casefile.CaseFixture.day;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openhall.kernel.DomainException;

/** 审查 and 决定: a failed review needs a reason, and so does an approval that overrules one. */
class CaseDecisionRulesTest {

  private static final LocalDate ACCEPTED = day(2026, 9, 22);

  @Test
  void failedReviewNeedsAReason() {
    Case c = acceptedOn(ACCEPTED);

    DomainException e = catchThrowableOfType(DomainException.class,
        () -> c.review(REVIEWER, at(day(2026, 9, 23)), false, " ", null));

    assertThat(e.code()).isEqualTo("REASON_REQUIRED");
    assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
    assertThat(c.currentReviews()).isEmpty();
    assertThat(c.status()).isEqualTo(CaseStatus.ACCEPTED);
  }

  @Test
  void approvingOverAFailedReviewWithoutAnOpinionIsRefused() {
    Case c = failedReview(acceptedOn(ACCEPTED));

    DomainException e = catchThrowableOfType(DomainException.class,
        () -> c.decide(APPROVER, at(day(2026, 9, 24)), true, null));

    assertThat(e.code()).isEqualTo("OVERRULING_REASON_REQUIRED");
    assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
    assertThat(c.status()).isEqualTo(CaseStatus.UNDER_REVIEW);
  }

  @Test
  void approvingOverAFailedCoDepartmentReviewWithoutAnOpinionIsRefused() {
    Case c = acceptedJointCaseOn(ACCEPTED);
    c.review(REVIEWER, at(day(2026, 9, 23)), true, "符合条件", null);
    c.review(CO_REVIEWER, at(day(2026, 9, 23)), false, "卫生条件不达标", CO_DEPARTMENT);

    DomainException e = catchThrowableOfType(DomainException.class,
        () -> c.decide(APPROVER, at(day(2026, 9, 24)), true, "  "));

    assertThat(e.code()).isEqualTo("OVERRULING_REASON_REQUIRED");
  }

  @Test
  void approvingOverAFailedReviewWithAReasonRecordsTheOverrulingThenTheApproval() {
    Case c = failedReview(acceptedOn(ACCEPTED));

    c.decide(APPROVER, at(day(2026, 9, 24)), true, "现场复核已整改到位");

    assertThat(c.status()).isEqualTo(CaseStatus.APPROVED);
    assertThat(c.timeline()).extracting(CaseEvent::action).endsWith(CaseAction.REVIEW_OVERRULED,
        CaseAction.APPROVED);
    assertThat(c.timeline().get(c.timeline().size() - 2).note()).isEqualTo("现场复核已整改到位");
  }

  @Test
  void afterReturningToReviewTheEarlierFailedReviewNoLongerCounts() {
    Case c = failedReview(acceptedOn(ACCEPTED));
    c.returnToReview(APPROVER, at(day(2026, 9, 24)), "请补充现场核查记录后重新审查");

    assertThat(c.currentReviews()).isEmpty();

    c.review(REVIEWER, at(day(2026, 9, 25)), true, "复查合格", null);
    assertThat(c.currentReviews()).singleElement().extracting(CaseEvent::action)
        .isEqualTo(CaseAction.REVIEW_PASSED);
    c.decide(APPROVER, at(day(2026, 9, 28)), true, null);

    assertThat(c.status()).isEqualTo(CaseStatus.APPROVED);
    assertThat(c.timeline()).extracting(CaseEvent::action).doesNotContain(CaseAction.REVIEW_OVERRULED);
  }

  @Test
  void returningToReviewNeedsAReason() {
    Case c = failedReview(acceptedOn(ACCEPTED));

    DomainException e = catchThrowableOfType(DomainException.class,
        () -> c.returnToReview(APPROVER, at(day(2026, 9, 24)), null));

    assertThat(e.code()).isEqualTo("REASON_REQUIRED");
    assertThat(c.currentReviews()).hasSize(1);
  }

  private static Case failedReview(Case c) {
    c.review(REVIEWER, at(day(2026, 9, 23)), false, "经营场所与申报不符", null);
    return c;
  }
}
