package org.openhall.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.rating.CaseRatings;
import org.openhall.rating.Rating;
import org.openhall.rating.RatingFollowUp;
import org.openhall.rating.RatingIndicator;
import org.openhall.rating.RatingLevel;
import org.springframework.stereotype.Component;

/** 好差评 as the portal and the API show it: a given rating, and the case page's rating block. */
@Component
class RatingViews {

  /** The five levels as the form offers them, best first. */
  static final List<String> LEVELS = Arrays.stream(RatingLevel.values()).map(l -> String.valueOf(l.score()))
      .sorted(java.util.Comparator.reverseOrder()).toList();
  static final List<String> INDICATORS = Arrays.stream(RatingIndicator.values()).map(RatingIndicator::key).toList();

  private final CaseRatings ratings;
  private final Clock clock;

  RatingViews(CaseRatings ratings, Clock clock) {
    this.ratings = ratings;
    this.clock = clock;
  }

  RatingView view(Rating r) {
    Map<String, Integer> indicators = new LinkedHashMap<>();
    r.indicators().forEach((i, v) -> indicators.put(i.key(), v));
    LocalDate due = ratings.followUpOf(r.caseNumber()).map(RatingFollowUp::dueDate).orElse(null);
    return new RatingView(r.caseNumber(), r.score(), r.level(), indicators, r.comment().orElse(null),
        r.ratedAt().atZone(clock.getZone()).toOffsetDateTime(), due);
  }

  /** The case page's block: the rating given, or the empty form when the caller may rate now. */
  Block block(String caseNumber, Member me) {
    return block(caseNumber, me, RatingForm.empty(), Map.of());
  }

  /** The block with what the caller typed and the problems found, by field. */
  Block block(String caseNumber, Member me, RatingForm form, Map<String, String> errors) {
    RatingView given = ratings.ratingOf(caseNumber, me).map(this::view).orElse(null);
    boolean mayRate = given == null && ratings.mayRate(caseNumber, me);
    return new Block(caseNumber, mayRate, given, form, errors);
  }

  /** A rating: {@code score} 1..5 (level), indicator levels by key, the comment, the follow-up's due date. */
  record RatingView(String caseNumber, int score, RatingLevel level, Map<String, Integer> indicators,
      String comment, OffsetDateTime ratedAt, LocalDate followUpDueDate) {
  }

  /** What the page shows: the form (when {@code mayRate}) or the {@code rating} given. */
  record Block(String caseNumber, boolean mayRate, RatingView rating, RatingForm form, Map<String, String> errors) {

    public boolean shown() {
      return mayRate || rating != null;
    }

    public List<String> levels() {
      return LEVELS;
    }

    public List<String> indicators() {
      return INDICATORS;
    }

    /** The id of the element a problem of {@code field} links to: the field's first radio, or the comment. */
    public String anchor(String field) {
      if (field.startsWith("indicators.")) {
        return "indicator-" + field.substring("indicators.".length()) + "-" + LEVELS.get(0);
      }
      return "comment".equals(field) ? "comment" : "score-" + LEVELS.get(0);
    }
  }

  /** What the applicant chose and typed, as strings, kept when the form comes back with problems. */
  record RatingForm(String score, Map<String, String> indicators, String comment) {

    static RatingForm empty() {
      return new RatingForm(null, Map.of(), null);
    }

    public String indicator(String key) {
      return indicators.get(key);
    }
  }
}
