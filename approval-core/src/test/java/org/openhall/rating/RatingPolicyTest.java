package org.openhall.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhall.casefile.CaseAccessPolicy.Access;
import org.openhall.casefile.CaseStatus;
import org.openhall.kernel.DomainException.Violation;
import org.openhall.rating.RatingPolicy.Verdict;

class RatingPolicyTest {

  @ParameterizedTest
  @EnumSource(value = CaseStatus.class, names = {"ISSUED", "DENIED", "NOT_ACCEPTED", "WITHDRAWN", "FILED"})
  void theApplicantRatesEveryCompletedCase(CaseStatus completed) {
    assertThat(RatingPolicy.verdict(Access.APPLICANT, completed, false)).isEqualTo(Verdict.MAY_RATE);
  }

  @ParameterizedTest
  @EnumSource(value = CaseStatus.class, names = {"SUBMITTED", "CORRECTION_REQUIRED", "ACCEPTED",
      "UNDER_REVIEW", "SPECIAL_PROCEDURE", "APPROVED"})
  void nobodyRatesACaseBeforeItIsCompleted(CaseStatus open) {
    assertThat(RatingPolicy.verdict(Access.APPLICANT, open, false)).isEqualTo(Verdict.NOT_COMPLETED);
  }

  @ParameterizedTest
  @EnumSource(value = Access.class, names = "APPLICANT", mode = EnumSource.Mode.EXCLUDE)
  void onlyTheCasesOwnSideRatesStaffAndStrangersAreToldItDoesNotExist(Access other) {
    assertThat(RatingPolicy.verdict(other, CaseStatus.ISSUED, false)).isEqualTo(Verdict.NOT_YOURS);
    assertThat(RatingPolicy.verdict(other, CaseStatus.UNDER_REVIEW, true))
        .as("a stranger learns nothing about the case's state").isEqualTo(Verdict.NOT_YOURS);
  }

  @Test
  void aCaseIsRatedOnce() {
    assertThat(RatingPolicy.verdict(Access.APPLICANT, CaseStatus.ISSUED, true)).isEqualTo(Verdict.ALREADY_RATED);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void aBadRatingNeedsAComment(int score) {
    assertThat(RatingPolicy.isBad(score)).isTrue();
    assertThat(RatingPolicy.problems(new NewRating(score, Map.of(), "  ")))
        .containsExactly(new Violation("comment", "RATING_COMMENT_REQUIRED", List.of()));
    assertThat(RatingPolicy.problems(new NewRating(score, Map.of(), "材料被要求交了两次"))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {3, 4, 5})
  void aFairOrGoodRatingNeedsNoComment(int score) {
    assertThat(RatingPolicy.isBad(score)).isFalse();
    assertThat(RatingPolicy.problems(new NewRating(score, null, null))).isEmpty();
  }

  @Test
  void theOverallLevelIsOneToFive() {
    assertThat(RatingPolicy.problems(new NewRating(null, Map.of(), null)))
        .containsExactly(new Violation("score", "RATING_SCORE_REQUIRED", List.of()));
    assertThat(RatingPolicy.problems(new NewRating(0, Map.of(), null)))
        .containsExactly(new Violation("score", "RATING_SCORE_INVALID", List.of(1, 5)));
    assertThat(RatingPolicy.problems(new NewRating(6, Map.of(), null)))
        .containsExactly(new Violation("score", "RATING_SCORE_INVALID", List.of(1, 5)));
  }

  @Test
  void eachIndicatorIsCheckedOnItsOwnFieldAndMayBeLeftOut() {
    Map<String, Integer> indicators = new HashMap<>();
    indicators.put("efficiency", 0);
    indicators.put("guideAccuracy", 5);
    indicators.put("convenience", null);
    indicators.put("platformUsability", 6);
    indicators.put("friendliness", 4);

    assertThat(RatingPolicy.problems(new NewRating(4, indicators, null))).containsExactlyInAnyOrder(
        new Violation("indicators.efficiency", "RATING_INDICATOR_INVALID", List.of(1, 5)),
        new Violation("indicators.platformUsability", "RATING_INDICATOR_INVALID", List.of(1, 5)),
        new Violation("indicators.friendliness", "RATING_INDICATOR_UNKNOWN", List.of("friendliness")));
  }

  @Test
  void theCommentIsBoundedAndEveryProblemIsToldAtOnce() {
    String tooLong = "慢".repeat(RatingPolicy.COMMENT_MAX + 1);

    assertThat(RatingPolicy.problems(new NewRating(9, Map.of("efficiency", 7), tooLong)))
        .extracting(Violation::field).containsExactlyInAnyOrder("score", "indicators.efficiency", "comment");
    assertThat(RatingPolicy.problems(new NewRating(5, Map.of(), "好".repeat(RatingPolicy.COMMENT_MAX))))
        .isEmpty();
  }
}
