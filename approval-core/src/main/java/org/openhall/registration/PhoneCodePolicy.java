package org.openhall.registration;

import java.time.Duration;
import java.time.Instant;

/**
 * 短信验证码 rules: six digits, valid {@link #VALIDITY}, at most {@link #MAX_TRIES} tries, at most one
 * code per phone every {@link #RESEND_INTERVAL} and {@link #MAX_PER_DAY} a day.
 */
public final class PhoneCodePolicy {

  public static final Duration VALIDITY = Duration.ofMinutes(10);
  public static final int MAX_TRIES = 5;
  public static final Duration RESEND_INTERVAL = Duration.ofSeconds(60);
  public static final int MAX_PER_DAY = 10;

  private PhoneCodePolicy() {
  }

  /** How long the phone must still wait for its next code after one issued at {@code lastIssued}; zero if none. */
  public static Duration waitAfter(Instant lastIssued, Instant now) {
    if (lastIssued == null) {
      return Duration.ZERO;
    }
    Duration left = Duration.between(now, lastIssued.plus(RESEND_INTERVAL));
    return left.isNegative() ? Duration.ZERO : left;
  }
}
