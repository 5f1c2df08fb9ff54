package org.openhall.rating;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * 好差评: the applicant's one rating of a completed case — the overall level, the standard indicators
 * and a comment. Given once (the case number is unique), never edited.
 */
@Entity
@Table(name = "rating")
public class Rating extends AbstractAggregateRoot<Rating> {

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "case_number", nullable = false, length = 32, unique = true)
  private String caseNumber;

  @Column(name = "item_code", nullable = false, length = 32)
  private String itemCode;

  @Column(name = "department_code", nullable = false, length = 32)
  private String departmentCode;

  @Column(nullable = false)
  private int score;

  @Column(name = "efficiency_score")
  private Integer efficiency;

  @Column(name = "guide_accuracy_score")
  private Integer guideAccuracy;

  @Column(name = "convenience_score")
  private Integer convenience;

  @Column(name = "platform_usability_score")
  private Integer platformUsability;

  @Column(name = "rating_comment", length = 500)
  private String comment;

  @Column(name = "rater_account_id", nullable = false, length = 36)
  private String raterAccountId;

  /** APPLICANT, or AGENT when the agent who filed the case rated it. */
  @Column(name = "rater_role", nullable = false, length = 16)
  private String raterRole;

  @Column(name = "rated_at", nullable = false)
  private Instant ratedAt;

  protected Rating() {
  }

  Rating(String caseNumber, String itemCode, String departmentCode, int score,
      Map<RatingIndicator, Integer> indicators, String comment, String raterAccountId, String raterRole,
      Instant ratedAt, LocalDate followUpDue) {
    this.id = UUID.randomUUID().toString();
    this.caseNumber = caseNumber;
    this.itemCode = itemCode;
    this.departmentCode = departmentCode;
    this.score = score;
    this.efficiency = indicators.get(RatingIndicator.EFFICIENCY);
    this.guideAccuracy = indicators.get(RatingIndicator.GUIDE_ACCURACY);
    this.convenience = indicators.get(RatingIndicator.CONVENIENCE);
    this.platformUsability = indicators.get(RatingIndicator.PLATFORM_USABILITY);
    this.comment = comment;
    this.raterAccountId = raterAccountId;
    this.raterRole = raterRole;
    this.ratedAt = ratedAt;
    registerEvent(new RatingGiven(caseNumber, departmentCode, itemCode, score, followUpDue));
  }

  public String id() {
    return id;
  }

  public String caseNumber() {
    return caseNumber;
  }

  public String itemCode() {
    return itemCode;
  }

  public String departmentCode() {
    return departmentCode;
  }

  /** The overall satisfaction, 1..5. */
  public int score() {
    return score;
  }

  public RatingLevel level() {
    return RatingLevel.of(score);
  }

  /** The indicators that were rated, in the order of {@link RatingIndicator}. */
  public Map<RatingIndicator, Integer> indicators() {
    Map<RatingIndicator, Integer> given = new EnumMap<>(RatingIndicator.class);
    put(given, RatingIndicator.EFFICIENCY, efficiency);
    put(given, RatingIndicator.GUIDE_ACCURACY, guideAccuracy);
    put(given, RatingIndicator.CONVENIENCE, convenience);
    put(given, RatingIndicator.PLATFORM_USABILITY, platformUsability);
    return given;
  }

  public Optional<String> comment() {
    return Optional.ofNullable(comment);
  }

  public String raterAccountId() {
    return raterAccountId;
  }

  public String raterRole() {
    return raterRole;
  }

  public Instant ratedAt() {
    return ratedAt;
  }

  private static void put(Map<RatingIndicator, Integer> map, RatingIndicator i, Integer value) {
    if (value != null) {
      map.put(i, value);
    }
  }
}
