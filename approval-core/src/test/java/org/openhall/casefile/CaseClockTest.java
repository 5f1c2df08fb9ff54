package org.openhall.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openhall.calendar.ShippedHolidayNotices;
import org.openhall.calendar.WorkingDayCalendar;
import org.openhall.catalogue.ItemVersion;
import org.openhall.identity.PartyKind;
import org.openhall.kernel.DomainException;

class CaseClockTest {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final WorkingDayCalendar CALENDAR = ShippedHolidayNotices.calendar();
  private static final Actor CLERK = new Actor("clerk", "CLERK");
  private static final Actor APPROVER = new Actor("approver", "APPROVER");

  @Test
  void specialProcedureOverSpringFestivalMovesBothDueDatesByExactlyTheStoppedWorkingDays() {
    Case c = acceptedOn(LocalDate.of(2026, 2, 10));
    LocalDate due = c.dueDate().orElseThrow();
    LocalDate legal = c.legalDueDate().orElseThrow();

    c.startSpecialProcedure(CLERK, at(2026, 2, 12), LocalDate.of(2026, 2, 12),
        SpecialProcedureKind.INSPECTION, "现场核查");
    assertThat(c.status()).isEqualTo(CaseStatus.SPECIAL_PROCEDURE);
    int stopped = c.endSpecialProcedure(CLERK, at(2026, 3, 2), LocalDate.of(2026, 3, 2), CALENDAR, "核查完毕");

    // Thu 12 Feb → Mon 2 Mar 2026: 13, Sat 14 (调休), 24, 25, 26, 27, Sat 28 (调休) Feb and 2 Mar.
    assertThat(stopped).isEqualTo(8);
    assertThat(CALENDAR.workingDaysBetween(due, c.dueDate().orElseThrow())).isEqualTo(8);
    assertThat(CALENDAR.workingDaysBetween(legal, c.legalDueDate().orElseThrow())).isEqualTo(8);
    assertThat(c.status()).isEqualTo(CaseStatus.ACCEPTED);
    assertThat(c.clockEntries()).extracting(ClockEntry::kind)
        .containsExactly(ClockEntry.Kind.START, ClockEntry.Kind.STOP, ClockEntry.Kind.RESUME);
    assertThat(c.clockEntries().get(2).dueDate()).isEqualTo(c.dueDate().orElseThrow());
    assertThat(c.openStop()).isEmpty();
  }

  @Test
  void sameDayStopAndResumeStopsNoWorkingDayAndMovesNothing() {
    Case c = acceptedOn(LocalDate.of(2026, 3, 2));
    LocalDate due = c.dueDate().orElseThrow();
    c.startSpecialProcedure(CLERK, at(2026, 3, 3), LocalDate.of(2026, 3, 3), SpecialProcedureKind.HEARING, "听证");

    assertThat(c.endSpecialProcedure(CLERK, at(2026, 3, 3), LocalDate.of(2026, 3, 3), CALENDAR, null)).isZero();
    assertThat(c.dueDate()).contains(due);
  }

  @Test
  void extensionNeedsAReasonAndMovesBothDueDates() {
    Case c = acceptedOn(LocalDate.of(2026, 3, 2));
    LocalDate due = c.dueDate().orElseThrow();
    LocalDate legal = c.legalDueDate().orElseThrow();

    assertThatThrownBy(() -> c.extend(APPROVER, at(2026, 3, 3), LocalDate.of(2026, 3, 3), CALENDAR, 10, " "))
        .isInstanceOf(DomainException.class).hasMessage("REASON_REQUIRED");
    assertThatThrownBy(() -> c.extend(APPROVER, at(2026, 3, 3), LocalDate.of(2026, 3, 3), CALENDAR, 0, "理由"))
        .isInstanceOf(DomainException.class).hasMessage("EXTENSION_DAYS_INVALID");
    c.extend(APPROVER, at(2026, 3, 3), LocalDate.of(2026, 3, 3), CALENDAR, 10, "情况复杂，经负责人批准");

    assertThat(CALENDAR.workingDaysBetween(due, c.dueDate().orElseThrow())).isEqualTo(10);
    assertThat(CALENDAR.workingDaysBetween(legal, c.legalDueDate().orElseThrow())).isEqualTo(10);
    assertThat(c.clockEntries()).last().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(ClockEntry.Kind.EXTENSION);
      assertThat(e.actorRole()).isEqualTo("APPROVER");
      assertThat(e.workingDays()).isEqualTo(10);
    });
    assertThat(c.timeline()).last().extracting(CaseEvent::action).isEqualTo(CaseAction.EXTENDED);
  }

  @Test
  void correctionBeforeAcceptanceIsLedgeredButMovesNoDueDate() {
    Case c = submitted(at(2026, 2, 12));
    c.requireCorrection(CLERK, at(2026, 2, 12), LocalDate.of(2026, 2, 12),
        List.of(new CorrectionItem("M1", "缺少签字")), null);
    assertThat(c.openStop()).isPresent();

    int stopped = c.supplement(new Actor("a", "APPLICANT"), at(2026, 2, 24), LocalDate.of(2026, 2, 24),
        CALENDAR, Set.of());

    assertThat(stopped).isEqualTo(3);
    assertThat(c.dueDate()).isEmpty();
    assertThat(c.receivedAt()).isEqualTo(at(2026, 2, 24));
    assertThat(c.clockEntries()).extracting(ClockEntry::reason)
        .containsOnly(ClockEntry.Reason.CORRECTION);
  }

  @Test
  void deemedAcceptanceStartsTheClockOnTheDayOfReceipt() {
    Instant received = at(2026, 2, 9);
    Case c = submitted(received);

    c.deemAccepted(at(2026, 2, 15), received, LocalDate.of(2026, 2, 9),
        new Case.DueDates(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 13), false), Set.of());

    assertThat(c.status()).isEqualTo(CaseStatus.ACCEPTED);
    assertThat(c.acceptedAt()).contains(received);
    assertThat(c.timeline()).last().extracting(CaseEvent::action).isEqualTo(CaseAction.DEEMED_ACCEPTED);
    assertThat(c.clockEntries()).singleElement().satisfies(e -> {
      assertThat(e.reason()).isEqualTo(ClockEntry.Reason.DEEMED_ACCEPTANCE);
      assertThat(e.effectiveOn()).isEqualTo(LocalDate.of(2026, 2, 9));
      assertThat(e.actorRole()).isEqualTo("SYSTEM");
    });
  }

  @Test
  void specialProcedureIsRefusedBeforeAcceptanceAndEndingNeedsOneRunning() {
    Case c = submitted(at(2026, 3, 2));
    assertThatThrownBy(() -> c.startSpecialProcedure(CLERK, at(2026, 3, 2), LocalDate.of(2026, 3, 2),
        SpecialProcedureKind.TESTING, "检测")).isInstanceOf(IllegalCaseTransition.class);
    Case accepted = acceptedOn(LocalDate.of(2026, 3, 2));
    assertThatThrownBy(() -> accepted.endSpecialProcedure(CLERK, at(2026, 3, 3), LocalDate.of(2026, 3, 3),
        CALENDAR, null)).isInstanceOf(IllegalCaseTransition.class);
  }

  @Test
  void approvalIsRefusedWhileDeferrableMaterialIsOutstanding() {
    Case c = submitted(at(2026, 3, 2));
    c.accept(CLERK, at(2026, 3, 2), LocalDate.of(2026, 3, 2),
        new Case.DueDates(LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 30), false), null, Set.of("M2"));
    c.review(CLERK, at(2026, 3, 3), true, null);

    assertThatThrownBy(() -> c.decide(APPROVER, at(2026, 3, 4), true, null))
        .isInstanceOf(DomainException.class).hasMessage("DEFERRABLE_MATERIALS_OUTSTANDING");
    c.supplyDeferred(new Actor("a", "APPLICANT"), at(2026, 3, 4), Set.of(new MaterialRef("M2", "mat-2")));
    c.decide(APPROVER, at(2026, 3, 5), true, null);

    assertThat(c.status()).isEqualTo(CaseStatus.APPROVED);
  }

  private static Case acceptedOn(LocalDate day) {
    Case c = submitted(day.atTime(9, 0).atZone(ZONE).toInstant());
    c.accept(CLERK, day.atTime(10, 0).atZone(ZONE).toInstant(), day,
        new Case.DueDates(CALENDAR.addWorkingDays(day, 10).date(), CALENDAR.addWorkingDays(day, 20).date(), false),
        null, Set.of());
    return c;
  }

  private static Case submitted(Instant at) {
    ItemVersion item = mock(ItemVersion.class);
    when(item.id()).thenReturn("item-1");
    when(item.code()).thenReturn("T-1");
    when(item.name()).thenReturn("测试事项");
    when(item.leadDepartment()).thenReturn("D1");
    when(item.processKey()).thenReturn("PromisedApproval");
    when(item.promisedDays()).thenReturn(10);
    when(item.legalDays()).thenReturn(20);
    return new Case("2026000001", item, new Applicant("a", "张明华", PartyKind.PERSON, "110105199003071239",
        "13812345678"), "a", Channel.ONLINE, "{}", Set.of(), null, at, new Actor("a", "APPLICANT"));
  }

  private static Instant at(int year, int month, int day) {
    return LocalDate.of(year, month, day).atTime(10, 0).atZone(ZONE).toInstant();
  }
}
