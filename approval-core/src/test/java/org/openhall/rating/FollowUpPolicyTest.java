package org.openhall.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openhall.calendar.DueDate;
import org.openhall.calendar.ShippedHolidayNotices;
import org.openhall.calendar.WorkingDayCalendar;

class FollowUpPolicyTest {

  private static final WorkingDayCalendar SHIPPED = ShippedHolidayNotices.calendar();
  /** A Wednesday before 中秋 and 国庆 2026 (9-25..27 and 10-1..7 off, Saturday 10-10 worked). */
  private static final LocalDate BEFORE_HOLIDAYS = LocalDate.of(2026, 9, 23);

  @Test
  void aBadRatingsFollowUpIsDueFifteenWorkingDaysLaterOnTheCalendarNotMondayToFriday() {
    FollowUpPolicy policy = new FollowUpPolicy(15);

    assertThat(policy.dueFor(1, BEFORE_HOLIDAYS, SHIPPED)).contains(new DueDate(LocalDate.of(2026, 10, 21), false));
    assertThat(policy.dueFor(2, BEFORE_HOLIDAYS, SHIPPED)).contains(new DueDate(LocalDate.of(2026, 10, 21), false));
  }

  @Test
  void fairAndGoodRatingsOpenNoFollowUp() {
    FollowUpPolicy policy = new FollowUpPolicy(15);

    assertThat(policy.dueFor(3, BEFORE_HOLIDAYS, SHIPPED)).isEmpty();
    assertThat(policy.dueFor(5, BEFORE_HOLIDAYS, SHIPPED)).isEmpty();
  }

  @Test
  void theNumberOfWorkingDaysIsConfigurable() {
    assertThat(new FollowUpPolicy(5).dueFor(1, BEFORE_HOLIDAYS, SHIPPED))
        .contains(new DueDate(LocalDate.of(2026, 10, 8), false));
    assertThatThrownBy(() -> new FollowUpPolicy(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDueDateInAYearNotLoadedIsProvisional() {
    assertThat(new FollowUpPolicy(15).dueFor(1, LocalDate.of(2026, 12, 28), SHIPPED))
        .hasValueSatisfying(due -> assertThat(due.provisional()).isTrue());
  }
}
