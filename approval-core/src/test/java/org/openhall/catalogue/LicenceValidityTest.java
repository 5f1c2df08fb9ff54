package org.openhall.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LicenceValidityTest {

  private static final LocalDate ISSUED = LocalDate.of(2026, 11, 24);

  @Test
  void yearsCountFromTheDayOfIssueSoTheLastDayIsTheDayBefore() {
    assertThat(LicenceValidity.years(5).lastDay(ISSUED)).contains(LocalDate.of(2031, 11, 23));
    assertThat(LicenceValidity.years(1).lastDay(LocalDate.of(2028, 2, 29)))
        .contains(LocalDate.of(2029, 2, 28));
  }

  @Test
  void aFixedDateIsTheLastDayWhateverTheDayOfIssue() {
    assertThat(LicenceValidity.until(LocalDate.of(2030, 12, 31)).lastDay(ISSUED))
        .contains(LocalDate.of(2030, 12, 31));
  }

  @Test
  void longTermHasNoLastDay() {
    assertThat(LicenceValidity.longTerm().lastDay(ISSUED)).isEmpty();
  }
}
