package org.openhall.rating;

/**
 * 评价等级: the five levels of the 好差评 standard, 非常满意 (5) down to 非常不满意 (1). Pages show the
 * level's label ({@code rating.level.N}), never the number alone.
 */
public enum RatingLevel {
  VERY_DISSATISFIED(1), DISSATISFIED(2), BASICALLY_SATISFIED(3), SATISFIED(4), VERY_SATISFIED(5);

  public static final int MIN = 1;
  public static final int MAX = 5;

  private final int score;

  RatingLevel(int score) {
    this.score = score;
  }

  public int score() {
    return score;
  }

  /** Whether {@code score} is one of the five levels. */
  public static boolean isLevel(Integer score) {
    return score != null && score >= MIN && score <= MAX;
  }

  public static RatingLevel of(int score) {
    for (RatingLevel l : values()) {
      if (l.score == score) {
        return l;
      }
    }
    throw new IllegalArgumentException("no rating level " + score);
  }
}
