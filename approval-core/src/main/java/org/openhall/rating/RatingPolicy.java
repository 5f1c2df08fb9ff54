package org.openhall.rating;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openhall.casefile.Case;
import org.openhall.casefile.CaseAccessPolicy;
import org.openhall.casefile.CaseAccessPolicy.Access;
import org.openhall.casefile.CaseStatus;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.kernel.DomainException.Violation;

/**
 * 好差评: who may rate which case, when, and what a valid rating is; the one rule the API, the
 * portal's case page and the rating form ask.
 * <ul>
 *   <li>Only the case's own side: its applicant, or the agent who filed it under a mandate (whoever
 *       {@link CaseAccessPolicy} treats as {@link Access#APPLICANT}). For anyone else the case does
 *       not exist.</li>
 *   <li>Only once the case is 办结 ({@link CaseStatus#completed()}: issued, denied, not accepted,
 *       withdrawn, filed) — a refused or withdrawn applicant's view of the service counts too.</li>
 *   <li>Once per case, whoever of the two rates first.</li>
 *   <li>Overall level 1..5; each indicator, when given, 1..5; a comment of at most
 *       {@value #COMMENT_MAX} characters, required for a bad rating (1–2), which is followed up.</li>
 * </ul>
 */
public final class RatingPolicy {

  public static final int COMMENT_MAX = 500;

  private RatingPolicy() {
  }

  /** The answer to "may this person rate this case now?". */
  public enum Verdict {
    MAY_RATE, NOT_YOURS, NOT_COMPLETED, ALREADY_RATED
  }

  public static Verdict verdict(Member member, Case c, boolean alreadyRated) {
    return verdict(CaseAccessPolicy.of(member, c), c.status(), alreadyRated);
  }

  public static Verdict verdict(Access access, CaseStatus status, boolean alreadyRated) {
    if (access != Access.APPLICANT) {
      return Verdict.NOT_YOURS;
    }
    if (!status.completed()) {
      return Verdict.NOT_COMPLETED;
    }
    return alreadyRated ? Verdict.ALREADY_RATED : Verdict.MAY_RATE;
  }

  /** 差评: 不满意 or 非常不满意; it needs a comment and opens a follow-up. */
  public static boolean isBad(int score) {
    return score <= RatingLevel.DISSATISFIED.score();
  }

  /** Every problem of the rating at once, by field ({@code score}, {@code indicators.KEY}, {@code comment}). */
  public static List<Violation> problems(NewRating r) {
    List<Violation> problems = new ArrayList<>();
    if (r.score() == null) {
      problems.add(new Violation("score", "RATING_SCORE_REQUIRED", List.of()));
    } else if (!RatingLevel.isLevel(r.score())) {
      problems.add(new Violation("score", "RATING_SCORE_INVALID", List.of(RatingLevel.MIN, RatingLevel.MAX)));
    }
    for (Map.Entry<String, Integer> e : r.indicators().entrySet()) {
      String field = "indicators." + e.getKey();
      if (RatingIndicator.byKey(e.getKey()).isEmpty()) {
        problems.add(new Violation(field, "RATING_INDICATOR_UNKNOWN", List.of(String.valueOf(e.getKey()))));
      } else if (e.getValue() != null && !RatingLevel.isLevel(e.getValue())) {
        problems.add(new Violation(field, "RATING_INDICATOR_INVALID", List.of(RatingLevel.MIN, RatingLevel.MAX)));
      }
    }
    String comment = r.comment() == null ? "" : r.comment().strip();
    if (comment.length() > COMMENT_MAX) {
      problems.add(new Violation("comment", "RATING_COMMENT_TOO_LONG", List.of(COMMENT_MAX)));
    } else if (comment.isEmpty() && RatingLevel.isLevel(r.score()) && isBad(r.score())) {
      problems.add(new Violation("comment", "RATING_COMMENT_REQUIRED", List.of()));
    }
    return problems;
  }
}
