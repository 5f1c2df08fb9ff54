package org.openhall.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openhall.calendar.WorkingDayCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 预警: the one rule for deadline colours and warnings. The worklist colour, the alerts raised by the
 * deadline sweep, the applicant's view and the console all ask this policy.
 * <ul>
 *   <li>At acceptance the §32 date counts: yellow within the configured working days, red past it.</li>
 *   <li>Later stages: yellow near the promised due date, red past it, legal-limit overdue (法定超期) past
 *       the legal due date, stage overrun past the stage's own budget.</li>
 *   <li>Nothing is late while the clock stands still; a special procedure past its expected end is.</li>
 *   <li>A completed case has no warnings.</li>
 * </ul>
 */
@Component
public class WarningPolicy {

  private final int yellowDays;

  public WarningPolicy(@Value("${openhall.warning.yellow-working-days:2}") int yellowDays) {
    this.yellowDays = yellowDays;
  }

  /**
   * The warnings of a case at one stage on {@code today}.
   *
   * @param stageDue the last day of the stage's own budget, or null for none
   */
  public Assessment assess(Case c, CaseStage stage, LocalDate stageDue, LocalDate today,
      WorkingDayCalendar calendar) {
    List<Active> active = new ArrayList<>();
    List<LocalDate> changes = new ArrayList<>();
    // An approved case is decided: what follows (waiting for the applicant's fee, ADR 0027; issuing)
    // no longer counts against the decision's time limits.
    if (c.status().completed() || c.status() == CaseStatus.APPROVED) {
      return new Assessment(WarningColour.GREEN, List.of(), null);
    }
    LegalClock clock = c.clock();
    if (stage == CaseStage.ACCEPT) {
      clock.acceptanceDue().ifPresent(due -> dueWarnings(due, today, calendar,
          WarningKind.ACCEPTANCE_NEAR_DUE, WarningKind.ACCEPTANCE_OVERDUE, active, changes));
    } else if (c.openStop().isPresent()) {
      clock.specialExpectedEnd().ifPresent(end -> pastWarning(end, today,
          WarningKind.SPECIAL_PROCEDURE_OVERRUN, active, changes));
    } else {
      clock.promisedDue().ifPresent(due -> dueWarnings(due, today, calendar, WarningKind.NEAR_DUE,
          WarningKind.OVERDUE, active, changes));
      clock.legalDue().ifPresent(due -> pastWarning(due, today, WarningKind.LEGAL_OVERDUE, active, changes));
      if (stageDue != null) {
        pastWarning(stageDue, today, WarningKind.STAGE_OVERRUN, active, changes);
      }
    }
    WarningColour colour = WarningColour.GREEN;
    for (Active a : active) {
      if (a.kind().colour().ordinal() > colour.ordinal()) {
        colour = a.kind().colour();
      }
    }
    LocalDate next = changes.stream().filter(d -> d.isAfter(today)).min(LocalDate::compareTo).orElse(null);
    return new Assessment(colour, List.copyOf(active), next);
  }

  /** The colour alone, for lists. */
  public WarningColour colour(Case c, CaseStage stage, LocalDate stageDue, LocalDate today,
      WorkingDayCalendar calendar) {
    return assess(c, stage, stageDue, today, calendar).colour();
  }

  /** The stage a case is at for its applicant (acceptance until accepted, then handling). */
  public static CaseStage stageOf(Case c) {
    return c.status() == CaseStatus.SUBMITTED ? CaseStage.ACCEPT : CaseStage.REVIEW;
  }

  private void dueWarnings(LocalDate due, LocalDate today, WorkingDayCalendar calendar,
      WarningKind near, WarningKind past, List<Active> active, List<LocalDate> changes) {
    LocalDate yellowFrom = yellowFrom(due, calendar);
    if (today.isAfter(due)) {
      active.add(new Active(past, due));
    } else if (!today.isBefore(yellowFrom)) {
      active.add(new Active(near, due));
    }
    changes.add(yellowFrom);
    changes.add(due.plusDays(1));
  }

  private static void pastWarning(LocalDate due, LocalDate today, WarningKind kind, List<Active> active,
      List<LocalDate> changes) {
    if (today.isAfter(due)) {
      active.add(new Active(kind, due));
    }
    changes.add(due.plusDays(1));
  }

  /** The first day with at most the yellow number of working days left until {@code due}. */
  LocalDate yellowFrom(LocalDate due, WorkingDayCalendar calendar) {
    LocalDate day = due;
    while (calendar.workingDaysBetween(day.minusDays(1), due) <= yellowDays) {
      day = day.minusDays(1);
    }
    return day;
  }

  /** The warnings in force, the colour they give, and the next day they may change (null: none). */
  public record Assessment(WarningColour colour, List<Active> active, LocalDate nextCheck) {

    public Optional<Active> of(WarningKind kind) {
      return active.stream().filter(a -> a.kind() == kind).findFirst();
    }
  }

  /** One warning in force, about the date it watches. */
  public record Active(WarningKind kind, LocalDate dueDate) {
  }
}
