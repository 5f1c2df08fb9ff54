package org.openhall.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openhall.calendar.DueDate;
import org.openhall.calendar.WorkingDayCalendar;
import org.openhall.calendar.WorkingDayCount;

/**
 * 法定时限: the case's legal clock, part of the case aggregate. Every figure (the promised and the legal
 * due date, each with its provisional flag, the stopped working days, the §32 acceptance date, the
 * expected end of a special procedure) is derived from the ledger rows by {@link #replay}, so a stop, a
 * resume, an extension and a calendar import all take the same path and cannot disagree.
 */
@Embeddable
public class LegalClock {

  @Column(name = "due_date")
  private LocalDate promisedDue;

  @Column(name = "due_date_provisional", nullable = false)
  private boolean promisedProvisional;

  @Column(name = "legal_due_date")
  private LocalDate legalDue;

  @Column(name = "legal_due_provisional", nullable = false)
  private boolean legalProvisional;

  /** §32: the last working day for the acceptance decision (null once decided, or while correcting). */
  @Column(name = "acceptance_due_on")
  private LocalDate acceptanceDue;

  @Column(name = "acceptance_due_provisional", nullable = false)
  private boolean acceptanceDueProvisional;

  @Column(name = "stopped_working_days", nullable = false)
  private int stoppedWorkingDays;

  @Column(name = "stopped_provisional", nullable = false)
  private boolean stoppedProvisional;

  @Enumerated(EnumType.STRING)
  @Column(name = "special_procedure_kind", length = 32)
  private SpecialProcedureKind specialProcedure;

  @Column(name = "special_expected_days")
  private Integer specialExpectedDays;

  @Column(name = "special_expected_end")
  private LocalDate specialExpectedEnd;

  /** Whether any figure was counted through a year whose calendar is not loaded. */
  @Column(name = "figures_provisional", nullable = false)
  private boolean provisional;

  protected LegalClock() {
  }

  static LegalClock empty() {
    return new LegalClock();
  }

  /**
   * Replays the ledger on {@code calendar} and keeps the result. The acceptance date is counted from
   * {@code receivedOn} while {@code awaitingAcceptance}.
   *
   * @return the figures before the replay, to tell what moved
   */
  Figures replay(List<ClockEntry> ledger, int promisedDays, int legalDays, WorkingDayCalendar calendar,
      boolean awaitingAcceptance, LocalDate receivedOn) {
    Figures before = figures();
    DueDate promised = null;
    DueDate legal = null;
    int stopped = 0;
    boolean stopProvisional = false;
    LocalDate stopOn = null;
    for (ClockEntry e : ledger) {
      switch (e.kind()) {
        case START -> {
          promised = calendar.addWorkingDays(e.effectiveOn(), promisedDays);
          legal = calendar.addWorkingDays(e.effectiveOn(), legalDays);
        }
        case STOP -> stopOn = e.effectiveOn();
        case RESUME -> {
          WorkingDayCount count = calendar.countWorkingDays(stopOn, e.effectiveOn());
          stopped += count.days();
          stopProvisional |= count.provisional();
          if (promised != null) {
            promised = calendar.shift(promised, count.days());
            legal = calendar.shift(legal, count.days());
          }
          stopOn = null;
        }
        case EXTENSION -> {
          if (promised != null) {
            promised = calendar.shift(promised, e.workingDays());
            legal = calendar.shift(legal, e.workingDays());
          }
        }
        default -> { }
      }
    }
    this.promisedDue = promised == null ? null : promised.date();
    this.promisedProvisional = promised != null && promised.provisional();
    this.legalDue = legal == null ? null : legal.date();
    this.legalProvisional = legal != null && legal.provisional();
    this.stoppedWorkingDays = stopped;
    this.stoppedProvisional = stopProvisional;
    if (awaitingAcceptance && receivedOn != null) {
      DueDate due = DeemedAcceptancePolicy.lastDay(receivedOn, calendar);
      this.acceptanceDue = due.date();
      this.acceptanceDueProvisional = due.provisional();
    } else {
      this.acceptanceDue = null;
      this.acceptanceDueProvisional = false;
    }
    boolean specialProvisional = false;
    if (specialProcedure != null && stopOn != null && specialExpectedDays != null) {
      DueDate end = calendar.addWorkingDays(stopOn, specialExpectedDays);
      this.specialExpectedEnd = end.date();
      specialProvisional = end.provisional();
    }
    this.provisional = promisedProvisional || legalProvisional || stoppedProvisional
        || acceptanceDueProvisional || specialProvisional;
    return before;
  }

  void startSpecialProcedure(SpecialProcedureKind kind, int expectedDays) {
    this.specialProcedure = kind;
    this.specialExpectedDays = expectedDays;
  }

  void endSpecialProcedure() {
    this.specialProcedure = null;
    this.specialExpectedDays = null;
    this.specialExpectedEnd = null;
  }

  /** The figures as they stand, to compare before and after a change. */
  public Figures figures() {
    return new Figures(promisedDue, legalDue, acceptanceDue, stoppedWorkingDays, specialExpectedEnd,
        provisional);
  }

  public Optional<LocalDate> promisedDue() {
    return Optional.ofNullable(promisedDue);
  }

  public boolean promisedProvisional() {
    return promisedProvisional;
  }

  public Optional<LocalDate> legalDue() {
    return Optional.ofNullable(legalDue);
  }

  public boolean legalProvisional() {
    return legalProvisional;
  }

  /** §32: the last working day on which the acceptance decision is due, while it is awaited. */
  public Optional<LocalDate> acceptanceDue() {
    return Optional.ofNullable(acceptanceDue);
  }

  public boolean acceptanceDueProvisional() {
    return acceptanceDueProvisional;
  }

  /** Working days the clock stood still (corrections and special procedures), counted on the calendar. */
  public int stoppedWorkingDays() {
    return stoppedWorkingDays;
  }

  public boolean stoppedProvisional() {
    return stoppedProvisional;
  }

  public Optional<SpecialProcedureKind> specialProcedure() {
    return Optional.ofNullable(specialProcedure);
  }

  public Optional<Integer> specialExpectedDays() {
    return Optional.ofNullable(specialExpectedDays);
  }

  public Optional<LocalDate> specialExpectedEnd() {
    return Optional.ofNullable(specialExpectedEnd);
  }

  /** Whether any figure touches a year not loaded: it is recomputed when that year is imported. */
  public boolean provisional() {
    return provisional;
  }

  /** The clock's figures at one moment. */
  public record Figures(LocalDate promisedDue, LocalDate legalDue, LocalDate acceptanceDue,
      int stoppedWorkingDays, LocalDate specialExpectedEnd, boolean provisional) {
  }
}
