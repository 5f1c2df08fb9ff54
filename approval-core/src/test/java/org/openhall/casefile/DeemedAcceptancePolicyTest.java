package org.openhall.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openhall.casefile.CaseFixture.APPLICANT;
import static org.openhall.casefile.CaseFixture.CLERK;
import static org.openhall.casefile.CaseFixture.SHIPPED;
import static org.openhall.casefile.CaseFixture.at;
import static org.openhall.casefile.CaseFixture.day;
import static org.openhall.casefile.CaseFixture.submittedOn;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeemedAcceptancePolicyTest {

  @Test
  void lastDayForACaseReceivedTheDayBeforeSpringFestivalIsTheFifthWorkingDayAfterIt() {
    // Sat 14 Feb 2026 is a working day (调休); 15–23 Feb are off; then 24, 25, 26, 27 and Sat 28 (调休).
    Case c = submittedOn(day(2026, 2, 14));

    assertThat(c.clock().acceptanceDue()).contains(day(2026, 2, 28));
    assertThat(c.clock().acceptanceDueProvisional()).isFalse();
    assertThat(DeemedAcceptancePolicy.lastDay(day(2026, 2, 14), SHIPPED).date()).isEqualTo(day(2026, 2, 28));
  }

  @Test
  void lastDayForACaseReceivedTheDayBeforeNationalDayIsTheFifthWorkingDayAfterIt() {
    // Wed 30 Sep 2026; 1–7 Oct are off; then Thu 8, Fri 9, Sat 10 (调休), Mon 12, Tue 13.
    Case c = submittedOn(day(2026, 9, 30));

    assertThat(c.clock().acceptanceDue()).contains(day(2026, 10, 13));
  }

  @Test
  void deemsNothingOnTheLastDayAndDeemsAcceptanceTheDayAfter() {
    Case springFestival = submittedOn(day(2026, 2, 14));
    Case nationalDay = submittedOn(day(2026, 9, 30));

    assertThat(DeemedAcceptancePolicy.applies(springFestival, day(2026, 2, 20))).as("during the holiday").isFalse();
    assertThat(DeemedAcceptancePolicy.applies(springFestival, day(2026, 2, 28))).isFalse();
    assertThat(DeemedAcceptancePolicy.applies(springFestival, day(2026, 3, 1))).isTrue();
    assertThat(DeemedAcceptancePolicy.applies(nationalDay, day(2026, 10, 7))).as("five calendar days later").isFalse();
    assertThat(DeemedAcceptancePolicy.applies(nationalDay, day(2026, 10, 13))).isFalse();
    assertThat(DeemedAcceptancePolicy.applies(nationalDay, day(2026, 10, 14))).isTrue();
  }

  @Test
  void deemsNothingWhileTheLastDayIsCountedThroughAnUnloadedYear() {
    // Tue 29 Dec 2026: 30, 31 Dec, then 1, 4, 5 Jan 2027 counted Monday–Friday, as 2027 is not loaded.
    Case c = submittedOn(day(2026, 12, 29));

    assertThat(c.clock().acceptanceDue()).contains(day(2027, 1, 5));
    assertThat(c.clock().acceptanceDueProvisional()).isTrue();
    assertThat(DeemedAcceptancePolicy.applies(c, day(2027, 1, 6))).isFalse();
    assertThat(DeemedAcceptancePolicy.applies(c, day(2027, 3, 1))).isFalse();
  }

  @Test
  void deemsNothingOnceTheClerkAccepted() {
    Case c = submittedOn(day(2026, 9, 30));
    c.accept(CLERK, at(day(2026, 10, 13)), day(2026, 10, 13), SHIPPED, null, Set.of());

    assertThat(DeemedAcceptancePolicy.applies(c, day(2026, 10, 14))).isFalse();
    assertThat(c.clock().acceptanceDue()).isEmpty();
  }

  @Test
  void deemsNothingOnceACorrectionNoticeWasIssued() {
    Case c = submittedOn(day(2026, 9, 30));
    c.requireCorrection(CLERK, at(day(2026, 10, 12)), day(2026, 10, 12),
        List.of(new CorrectionItem("M1", "申请书缺少法定代表人签字")), null, SHIPPED);

    assertThat(DeemedAcceptancePolicy.applies(c, day(2026, 10, 14))).isFalse();
    assertThat(DeemedAcceptancePolicy.applies(c, day(2026, 12, 1))).isFalse();
  }

  @Test
  void supplementRestartsTheFiveWorkingDaysFromTheSupplementDay() {
    // Received Mon 9 Feb 2026 (last day would be Sat 14 Feb); notice on 10 Feb; supplemented Fri 13 Feb.
    Case c = submittedOn(day(2026, 2, 9));
    c.requireCorrection(CLERK, at(day(2026, 2, 10)), day(2026, 2, 10),
        List.of(new CorrectionItem("M1", "申请书缺少法定代表人签字")), null, SHIPPED);
    c.supplement(APPLICANT, at(day(2026, 2, 13)), day(2026, 2, 13), SHIPPED, Set.of(), "已补签");

    // From Fri 13 Feb: Sat 14 (调休), 24, 25, 26, 27.
    assertThat(c.clock().acceptanceDue()).contains(day(2026, 2, 27));
    assertThat(DeemedAcceptancePolicy.applies(c, day(2026, 2, 24))).as("past the first period").isFalse();
    assertThat(DeemedAcceptancePolicy.applies(c, day(2026, 2, 27))).isFalse();
    assertThat(DeemedAcceptancePolicy.applies(c, day(2026, 2, 28))).isTrue();
  }
}
