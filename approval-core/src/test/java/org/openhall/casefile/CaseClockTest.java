package org.openhall.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openhall.casefile.CaseFixture.APPLICANT;
import static org.openhall.casefile.CaseFixture.APPROVER;
import static org.openhall.casefile.CaseFixture.CLERK;
import static org.openhall.casefile.CaseFixture.HEAD;
import static org.openhall.casefile.CaseFixture.MAX_EXTENSION_DAYS;
import static org.openhall.casefile.CaseFixture.REVIEWER;
import static org.openhall.casefile.CaseFixture.SHIPPED;
import static org.openhall.casefile.CaseFixture.acceptedOn;
import static org.openhall.casefile.CaseFixture.at;
import static org.openhall.casefile.CaseFixture.day;
import static org.openhall.casefile.CaseFixture.submittedOn;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openhall.kernel.DomainException;

class CaseClockTest {

  @Test
  void specialProcedureOverSpringFestivalMovesBothDueDatesByExactlyTheStoppedWorkingDays() {
    Case c = acceptedOn(day(2026, 2, 10));
    LocalDate due = c.dueDate().orElseThrow();
    LocalDate legal = c.legalDueDate().orElseThrow();

    c.startSpecialProcedure(REVIEWER, at(day(2026, 2, 12)), day(2026, 2, 12),
        SpecialProcedureKind.TESTING, 8, "样品送检", SHIPPED);
    assertThat(c.status()).isEqualTo(CaseStatus.SPECIAL_PROCEDURE);
    int stopped = c.endSpecialProcedure(REVIEWER, at(day(2026, 3, 2)), day(2026, 3, 2), SHIPPED, "检验报告已出");

    // Thu 12 Feb → Mon 2 Mar 2026: 13, Sat 14 (调休), 24, 25, 26, 27, Sat 28 (调休) Feb and 2 Mar.
    assertThat(stopped).isEqualTo(8);
    assertThat(SHIPPED.workingDaysBetween(due, c.dueDate().orElseThrow())).isEqualTo(8);
    assertThat(SHIPPED.workingDaysBetween(legal, c.legalDueDate().orElseThrow())).isEqualTo(8);
    assertThat(c.clock().stoppedWorkingDays()).isEqualTo(8);
    assertThat(c.status()).isEqualTo(CaseStatus.ACCEPTED);
    assertThat(c.clockEntries()).extracting(ClockEntry::kind)
        .containsExactly(ClockEntry.Kind.START, ClockEntry.Kind.STOP, ClockEntry.Kind.RESUME);
    assertThat(c.clockEntries().get(2).dueDate()).isEqualTo(c.dueDate().orElseThrow());
    assertThat(c.openStop()).isEmpty();
  }

  @Test
  void sameDayStopAndResumeStopsNoWorkingDayAndMovesNothing() {
    Case c = acceptedOn(day(2026, 3, 2));
    LocalDate due = c.dueDate().orElseThrow();
    c.startSpecialProcedure(REVIEWER, at(day(2026, 3, 3)), day(2026, 3, 3), SpecialProcedureKind.HEARING, 5,
        "依申请举行听证", SHIPPED);

    assertThat(c.endSpecialProcedure(REVIEWER, at(day(2026, 3, 3)), day(2026, 3, 3), SHIPPED, null)).isZero();
    assertThat(c.dueDate()).contains(due);
  }

  @Test
  void extensionNeedsAReasonAndMovesBothDueDatesOnceAHeadGrantsIt() {
    Case c = acceptedOn(day(2026, 3, 2));
    LocalDate due = c.dueDate().orElseThrow();
    LocalDate legal = c.legalDueDate().orElseThrow();
    LocalDate today = day(2026, 3, 3);

    assertThatThrownBy(() -> c.requestExtension(APPROVER, at(today), today, 10, " ", MAX_EXTENSION_DAYS))
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("REASON_REQUIRED"));
    assertThatThrownBy(() -> c.requestExtension(APPROVER, at(today), today, 0, "理由", MAX_EXTENSION_DAYS))
        .isInstanceOfSatisfying(DomainException.class,
            e -> assertThat(e.code()).isEqualTo("EXTENSION_DAYS_INVALID"));
    Extension asked = c.requestExtension(APPROVER, at(today), today, 10, "情况复杂", MAX_EXTENSION_DAYS);
    c.decideExtension(HEAD, at(today), today, SHIPPED, asked.id(), true, null);

    assertThat(SHIPPED.workingDaysBetween(due, c.dueDate().orElseThrow())).isEqualTo(10);
    assertThat(SHIPPED.workingDaysBetween(legal, c.legalDueDate().orElseThrow())).isEqualTo(10);
    assertThat(c.clockEntries()).last().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(ClockEntry.Kind.EXTENSION);
      assertThat(e.actorRole()).isEqualTo("HEAD");
      assertThat(e.workingDays()).isEqualTo(10);
    });
    assertThat(c.timeline()).last().extracting(CaseEvent::action).isEqualTo(CaseAction.EXTENDED);
    // a time-limit step, not a decision: asked during review it must not read 决定 in the timeline
    assertThat(c.timeline()).filteredOn(e -> e.action() == CaseAction.EXTENSION_REQUESTED
        || e.action() == CaseAction.EXTENDED).extracting(CaseEvent::stage).containsOnly(CaseStage.CLOCK);
  }

  @Test
  void correctionBeforeAcceptanceIsLedgeredButMovesNoDueDate() {
    Case c = submittedOn(day(2026, 2, 12));
    c.requireCorrection(CLERK, at(day(2026, 2, 12)), day(2026, 2, 12),
        List.of(new CorrectionItem("M1", "缺少签字")), null, SHIPPED);
    assertThat(c.openStop()).isPresent();

    int stopped = c.supplement(APPLICANT, at(day(2026, 2, 24)), day(2026, 2, 24), SHIPPED, Set.of(), null);

    // Thu 12 Feb → Tue 24 Feb 2026: 13, Sat 14 (调休) and 24.
    assertThat(stopped).isEqualTo(3);
    assertThat(c.dueDate()).isEmpty();
    assertThat(c.legalDueDate()).isEmpty();
    assertThat(c.receivedAt()).isEqualTo(at(day(2026, 2, 24)));
    assertThat(c.clockEntries()).extracting(ClockEntry::reason)
        .containsOnly(ClockEntry.Reason.CORRECTION);
  }

  @Test
  void deemedAcceptanceStartsTheClockOnTheDayOfReceipt() {
    Case c = submittedOn(day(2026, 2, 9));
    Instant received = c.receivedAt();

    c.deemAccepted(at(day(2026, 2, 15)), received, day(2026, 2, 9), SHIPPED, Set.of());

    assertThat(c.status()).isEqualTo(CaseStatus.ACCEPTED);
    assertThat(c.acceptedAt()).contains(received);
    // Counted from Mon 9 Feb: 10 working days reach Sat 28 Feb (调休), 20 reach Fri 13 Mar.
    assertThat(c.dueDate()).contains(day(2026, 2, 28));
    assertThat(c.legalDueDate()).contains(day(2026, 3, 13));
    assertThat(c.timeline()).last().extracting(CaseEvent::action).isEqualTo(CaseAction.DEEMED_ACCEPTED);
    assertThat(c.clockEntries()).singleElement().satisfies(e -> {
      assertThat(e.reason()).isEqualTo(ClockEntry.Reason.DEEMED_ACCEPTANCE);
      assertThat(e.effectiveOn()).isEqualTo(day(2026, 2, 9));
      assertThat(e.actorRole()).isEqualTo("SYSTEM");
    });
  }

  @Test
  void specialProcedureIsRefusedBeforeAcceptanceAndEndingNeedsOneRunning() {
    Case c = submittedOn(day(2026, 3, 2));
    assertThatThrownBy(() -> c.startSpecialProcedure(REVIEWER, at(day(2026, 3, 2)), day(2026, 3, 2),
        SpecialProcedureKind.TESTING, 5, "检测", SHIPPED)).isInstanceOf(IllegalCaseTransition.class);
    Case accepted = acceptedOn(day(2026, 3, 2));
    assertThatThrownBy(() -> accepted.endSpecialProcedure(REVIEWER, at(day(2026, 3, 3)), day(2026, 3, 3),
        SHIPPED, null)).isInstanceOf(IllegalCaseTransition.class);
  }

  @Test
  void approvalIsRefusedWhileDeferrableMaterialIsOutstanding() {
    Case c = submittedOn(day(2026, 3, 2));
    c.accept(CLERK, at(day(2026, 3, 2)), day(2026, 3, 2), SHIPPED, null, Set.of("M2"));
    c.review(REVIEWER, at(day(2026, 3, 3)), true, null, null);

    assertThatThrownBy(() -> c.decide(APPROVER, at(day(2026, 3, 4)), true, null))
        .isInstanceOfSatisfying(DomainException.class,
            e -> assertThat(e.code()).isEqualTo("DEFERRABLE_MATERIALS_OUTSTANDING"));
    c.supplyDeferred(APPLICANT, at(day(2026, 3, 4)), Set.of(new MaterialRef("M2", "mat-2")));
    c.decide(APPROVER, at(day(2026, 3, 5)), true, null);

    assertThat(c.status()).isEqualTo(CaseStatus.APPROVED);
  }
}
