package org.openhall.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openhall.casefile.CaseFixture.APPLICANT;
import static org.openhall.casefile.CaseFixture.CLERK;
import static org.openhall.casefile.CaseFixture.REVIEWER;
import static org.openhall.casefile.CaseFixture.SHIPPED;
import static org.openhall.casefile.CaseFixture.ZONE;
import static org.openhall.casefile.CaseFixture.acceptedOn;
import static org.openhall.casefile.CaseFixture.at;
import static org.openhall.casefile.CaseFixture.day;
import static org.openhall.casefile.CaseFixture.shippedWithNewYear2027;
import static org.openhall.casefile.CaseFixture.submittedOn;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openhall.calendar.WorkingDayCalendar;

/**
 * Figures counted into 2027, which the shipped calendar does not load: they are counted Monday–Friday and
 * flagged provisional until a 2027 notice (here: only 元旦, Fri 2027-01-01, off) is imported and the case is
 * recounted.
 */
class LegalClockTest {

  private static final WorkingDayCalendar WITH_2027 = shippedWithNewYear2027();
  private static final LocalDate IMPORTED_ON = day(2027, 1, 6);

  @Test
  void correctionStopIntoAnUnloadedYearCountsNewYearsDayAsAWorkingDayAndIsProvisional() {
    Case c = correctedOverNewYear2027();

    // (30 Dec, 5 Jan]: 31 Dec, Fri 1 Jan (counted Monday–Friday), 4 and 5 Jan.
    assertThat(c.clock().stoppedWorkingDays()).isEqualTo(4);
    assertThat(c.clock().stoppedProvisional()).isTrue();
    assertThat(c.clock().provisional()).isTrue();
  }

  @Test
  void recountingTheCorrectionStopOnThe2027NoticeDropsNewYearsDayAndClearsTheFlag() {
    Case c = correctedOverNewYear2027();
    int ledgerRows = c.clockEntries().size();

    assertThat(recalculate(c)).isTrue();

    assertThat(c.clock().stoppedWorkingDays()).isEqualTo(3);
    assertThat(c.clock().stoppedProvisional()).isFalse();
    assertThat(c.clock().provisional()).isFalse();
    // The new acceptance period runs from the supplement: 6, 7, 8, 11, 12 Jan either way.
    assertThat(c.clock().acceptanceDue()).contains(day(2027, 1, 12));
    assertThat(c.clock().acceptanceDueProvisional()).isFalse();
    assertThat(c.clockEntries()).hasSize(ledgerRows + 1).last().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(ClockEntry.Kind.RECALCULATION);
      assertThat(e.reason()).isEqualTo(ClockEntry.Reason.CALENDAR);
      assertThat(e.effectiveOn()).isEqualTo(IMPORTED_ON);
      assertThat(e.note()).contains("(4)").contains("(3)");
    });
    assertThat(c.timeline()).as("no date the applicant was told moved")
        .extracting(CaseEvent::action).doesNotContain(CaseAction.DATES_RECALCULATED);
  }

  @Test
  void dueDatesReachingIntoAnUnloadedYearAreProvisional() {
    Case c = acceptedOn(day(2026, 12, 21));

    // 22–25, 28–31 Dec, then Fri 1 Jan and Mon 4 Jan counted Monday–Friday.
    assertThat(c.dueDate()).contains(day(2027, 1, 4));
    assertThat(c.legalDueDate()).contains(day(2027, 1, 18));
    assertThat(c.clock().promisedProvisional()).isTrue();
    assertThat(c.clock().legalProvisional()).isTrue();
    assertThat(c.dueDateProvisional()).isTrue();
    assertThat(c.clock().provisional()).isTrue();
  }

  @Test
  void recountingOnThe2027NoticeMovesBothDueDatesByOneWorkingDayAndTellsTheTimelineOnce() {
    Case c = acceptedOn(day(2026, 12, 21));
    LocalDate due = c.dueDate().orElseThrow();
    LocalDate legal = c.legalDueDate().orElseThrow();

    assertThat(recalculate(c)).isTrue();

    assertThat(c.dueDate()).contains(day(2027, 1, 5));
    assertThat(c.legalDueDate()).contains(day(2027, 1, 19));
    assertThat(WITH_2027.workingDaysBetween(due, c.dueDate().orElseThrow())).isEqualTo(1);
    assertThat(WITH_2027.workingDaysBetween(legal, c.legalDueDate().orElseThrow())).isEqualTo(1);
    assertThat(c.dueDateProvisional()).isFalse();
    assertThat(c.clock().provisional()).isFalse();
    assertThat(c.clockEntries()).last().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(ClockEntry.Kind.RECALCULATION);
      assertThat(e.dueDate()).isEqualTo(day(2027, 1, 5));
      assertThat(e.legalDueDate()).isEqualTo(day(2027, 1, 19));
    });
    assertThat(c.timeline()).last().satisfies(e -> {
      assertThat(e.action()).isEqualTo(CaseAction.DATES_RECALCULATED);
      assertThat(e.stage()).isEqualTo(CaseStage.CLOCK);
      assertThat(e.actorRole()).isEqualTo("SYSTEM");
    });

    int ledgerRows = c.clockEntries().size();
    int timelineRows = c.timeline().size();
    assertThat(recalculate(c)).as("a second recount").isFalse();
    assertThat(c.clockEntries()).hasSize(ledgerRows);
    assertThat(c.timeline()).hasSize(timelineRows);
  }

  @Test
  void specialProcedureStopOverNewYearLeavesLaterDueDatesWhereTheyWereWhenRecounted() {
    Case c = acceptedOn(day(2026, 12, 21));
    c.startSpecialProcedure(REVIEWER, at(day(2026, 12, 30)), day(2026, 12, 30), SpecialProcedureKind.APPRAISAL,
        3, "委托司法鉴定", SHIPPED);
    c.endSpecialProcedure(REVIEWER, at(day(2027, 1, 5)), day(2027, 1, 5), SHIPPED, "鉴定意见已出");
    // Mon–Fri count: stop of 4, due dates 4 Jan + 4 and 18 Jan + 4.
    assertThat(c.clock().stoppedWorkingDays()).isEqualTo(4);
    assertThat(c.dueDate()).contains(day(2027, 1, 8));
    assertThat(c.legalDueDate()).contains(day(2027, 1, 22));

    assertThat(recalculate(c)).isTrue();

    // 1 Jan off: due dates 5 Jan + 3 and 19 Jan + 3; a holiday inside a stop changes no due date after it.
    assertThat(c.clock().stoppedWorkingDays()).isEqualTo(3);
    assertThat(c.dueDate()).contains(day(2027, 1, 8));
    assertThat(c.legalDueDate()).contains(day(2027, 1, 22));
    assertThat(c.clock().provisional()).isFalse();
    assertThat(c.clockEntries()).last().extracting(ClockEntry::kind).isEqualTo(ClockEntry.Kind.RECALCULATION);
    assertThat(recalculate(c)).isFalse();
  }

  @Test
  void acceptanceDateReachingIntoAnUnloadedYearIsProvisionalAndMovesWhenRecounted() {
    Case c = submittedOn(day(2026, 12, 29));
    assertThat(c.clock().acceptanceDue()).contains(day(2027, 1, 5));
    assertThat(c.clock().acceptanceDueProvisional()).isTrue();
    assertThat(c.clock().provisional()).isTrue();

    assertThat(recalculate(c)).isTrue();

    // 30, 31 Dec, 4, 5, 6 Jan.
    assertThat(c.clock().acceptanceDue()).contains(day(2027, 1, 6));
    assertThat(c.clock().acceptanceDueProvisional()).isFalse();
    assertThat(c.timeline()).last().extracting(CaseEvent::action).isEqualTo(CaseAction.DATES_RECALCULATED);
    assertThat(DeemedAcceptancePolicy.applies(c, day(2027, 1, 6))).isFalse();
    assertThat(DeemedAcceptancePolicy.applies(c, day(2027, 1, 7))).isTrue();
  }

  /** Received Tue 29 Dec 2026, correction notice Wed 30 Dec, supplemented Tue 5 Jan 2027. */
  private static Case correctedOverNewYear2027() {
    Case c = submittedOn(day(2026, 12, 29));
    c.requireCorrection(CLERK, at(day(2026, 12, 30)), day(2026, 12, 30),
        List.of(new CorrectionItem("M2", "场所平面布局图未标注尺寸")), null, SHIPPED);
    c.supplement(APPLICANT, at(day(2027, 1, 5)), day(2027, 1, 5), SHIPPED, Set.of(), "已补充尺寸说明");
    return c;
  }

  private static boolean recalculate(Case c) {
    return c.recalculate(at(IMPORTED_ON), IMPORTED_ON, WITH_2027, ZONE, "calendar 2027");
  }
}
