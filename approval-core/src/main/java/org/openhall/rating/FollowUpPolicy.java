package org.openhall.rating;

import java.time.LocalDate;
import java.util.Optional;
import org.openhall.calendar.DueDate;
import org.openhall.calendar.WorkingDayCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 差评整改: every bad rating ({@link RatingPolicy#isBad}) opens a follow-up, due the configured number
 * of working days after the rating ({@code openhall.rating.follow-up-working-days}, default 15),
 * counted on the working-day calendar and provisional where that runs into a year not loaded.
 */
@Component
public class FollowUpPolicy {

  private final int workingDays;

  public FollowUpPolicy(@Value("${openhall.rating.follow-up-working-days:15}") int workingDays) {
    if (workingDays < 1) {
      throw new IllegalArgumentException("openhall.rating.follow-up-working-days must be at least 1");
    }
    this.workingDays = workingDays;
  }

  /** The follow-up's due date if a rating of {@code score} given on {@code ratedOn} opens one. */
  public Optional<DueDate> dueFor(int score, LocalDate ratedOn, WorkingDayCalendar calendar) {
    return RatingPolicy.isBad(score) ? Optional.of(calendar.addWorkingDays(ratedOn, workingDays)) : Optional.empty();
  }

  public int workingDays() {
    return workingDays;
  }
}
