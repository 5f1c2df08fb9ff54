package org.openhall.rating;

import java.util.Optional;

/**
 * The standard online indicators rated beside the overall satisfaction ({@code score}): each on the
 * same five levels. {@link #key()} is the name in the API's {@code indicators{}} and in form fields.
 */
public enum RatingIndicator {
  EFFICIENCY("efficiency"),
  GUIDE_ACCURACY("guideAccuracy"),
  CONVENIENCE("convenience"),
  PLATFORM_USABILITY("platformUsability");

  private final String key;

  RatingIndicator(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  public static Optional<RatingIndicator> byKey(String key) {
    for (RatingIndicator i : values()) {
      if (i.key.equals(key)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }
}
