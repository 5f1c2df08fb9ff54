package org.openhall.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The one-time code's rules on a fixed clock: expiry, tries, once only, and the resend interval. */
class PhoneCodeTest {

  static final Clock ISSUED = Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneOffset.UTC);

  private static PhoneCode code(String digits) {
    return new PhoneCode("13812345678", CodePurpose.REGISTER, digits, ISSUED.instant(), "127.0.0.1");
  }

  private static Instant after(Duration d) {
    Clock later = Clock.offset(ISSUED, d);
    return later.instant();
  }

  @Test
  void acceptsTheRightCodeWithinTenMinutes() {
    PhoneCode code = code("123456");
    assertThat(code.check("123456", after(Duration.ofMinutes(9).plusSeconds(59)))).isEqualTo(OneTimeCode.Check.RIGHT);
  }

  @Test
  void refusesTheRightCodeAfterTenMinutes() {
    PhoneCode code = code("123456");
    assertThat(code.check("123456", after(Duration.ofMinutes(10)))).isEqualTo(OneTimeCode.Check.EXPIRED);
  }

  @Test
  void refusesEverythingAfterFiveWrongTries() {
    PhoneCode code = code("123456");
    for (int i = 1; i <= 4; i++) {
      assertThat(code.check("000000", after(Duration.ofSeconds(i)))).isEqualTo(OneTimeCode.Check.WRONG);
      assertThat(code.triesLeft()).isEqualTo(5 - i);
    }
    assertThat(code.check("000000", after(Duration.ofSeconds(5)))).isEqualTo(OneTimeCode.Check.NO_TRIES_LEFT);
    assertThat(code.check("123456", after(Duration.ofSeconds(6))))
        .as("even the right code, once the tries are used up").isEqualTo(OneTimeCode.Check.NO_TRIES_LEFT);
  }

  @Test
  void isUsedOnlyOnce() {
    PhoneCode code = code("123456");
    assertThat(code.check("123456", after(Duration.ofSeconds(10)))).isEqualTo(OneTimeCode.Check.RIGHT);
    code.use(after(Duration.ofSeconds(10)));
    assertThat(code.check("123456", after(Duration.ofSeconds(11)))).isEqualTo(OneTimeCode.Check.EXPIRED);
  }

  @Test
  void newCodesAreSixDigits() {
    for (int i = 0; i < 50; i++) {
      assertThat(PhoneCode.newCode()).matches("\\d{6}");
    }
  }

  @Test
  void aPhoneWaitsSixtySecondsBetweenCodes() {
    Instant issued = ISSUED.instant();
    assertThat(PhoneCodePolicy.waitAfter(null, issued)).isZero();
    assertThat(PhoneCodePolicy.waitAfter(issued, after(Duration.ofSeconds(1)))).isEqualTo(Duration.ofSeconds(59));
    assertThat(PhoneCodePolicy.waitAfter(issued, after(Duration.ofSeconds(59)))).isEqualTo(Duration.ofSeconds(1));
    assertThat(PhoneCodePolicy.waitAfter(issued, after(Duration.ofSeconds(60)))).isZero();
  }
}
