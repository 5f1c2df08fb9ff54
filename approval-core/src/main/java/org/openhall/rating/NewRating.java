package org.openhall.rating;

import java.util.Map;

/**
 * A rating as the applicant gave it: the overall level 1..5, indicator levels by their
 * {@link RatingIndicator#key() key} (each optional), and a comment.
 */
public record NewRating(Integer score, Map<String, Integer> indicators, String comment) {

  public NewRating {
    indicators = indicators == null ? Map.of() : java.util.Collections.unmodifiableMap(
        new java.util.LinkedHashMap<>(indicators));
  }
}
