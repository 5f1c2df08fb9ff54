package org.openhall.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.openhall.casefile.CaseFixture.APPROVER;
import static org.openhall.casefile.CaseFixture.HEAD;
import static org.openhall.casefile.CaseFixture.MAX_EXTENSION_DAYS;
import static org.openhall.casefile.CaseFixture.SHIPPED;
import static org.openhall.casefile.CaseFixture.acceptedOn;
import static org.openhall.casefile.CaseFixture.at;
import static org.openhall.casefile.CaseFixture.day;

import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.openhall.kernel.DomainException;
import org.openhall.kernel.DomainException.Kind;

/**
 * §42 through the case: a food licence accepted Mon 14 Sep 2026 is promised by Mon 28 Sep and due by law on
 * Fri 16 Oct (中秋 25–27 Sep and 国庆 1–7 Oct off; Sun 20 Sep and Sat 10 Oct are working days).
 */
class ExtensionPolicyTest {

  private static final LocalDate ACCEPTED = day(2026, 9, 14);
  private static final LocalDate PROMISED_DUE = day(2026, 9, 28);
  private static final LocalDate LEGAL_DUE = day(2026, 10, 16);
  private static final LocalDate TODAY = day(2026, 9, 22);

  @Test
  void theCaseIsPromisedAndDueByLawOnTheDatesTheOtherTestsStartFrom() {
    Case c = acceptedOn(ACCEPTED);

    assertThat(c.dueDate()).contains(PROMISED_DUE);
    assertThat(c.legalDueDate()).contains(LEGAL_DUE);
  }

  @Test
  void requestWithoutAReasonIsRefused() {
    Case c = acceptedOn(ACCEPTED);

    assertRefused(() -> request(c, TODAY, 5, "  "), "REASON_REQUIRED", Kind.INVALID);
    assertRefused(() -> request(c, TODAY, 5, null), "REASON_REQUIRED", Kind.INVALID);
    assertThat(c.extensions()).isEmpty();
  }

  @Test
  void requestForNoWorkingDayIsRefused() {
    Case c = acceptedOn(ACCEPTED);

    assertRefused(() -> request(c, TODAY, 0, "现场情况复杂"), "EXTENSION_DAYS_INVALID", Kind.INVALID);
    assertRefused(() -> request(c, TODAY, -3, "现场情况复杂"), "EXTENSION_DAYS_INVALID", Kind.INVALID);
  }

  @Test
  void requestForMoreThanTheItemsMaximumIsRefused() {
    Case c = acceptedOn(ACCEPTED);

    assertRefused(() -> request(c, TODAY, MAX_EXTENSION_DAYS + 1, "现场情况复杂"), "EXTENSION_TOO_LONG",
        Kind.INVALID);
    assertThat(request(c, TODAY, MAX_EXTENSION_DAYS, "现场情况复杂").status())
        .isEqualTo(Extension.Status.REQUESTED);
  }

  @Test
  void secondRequestWhileOneIsPendingIsRefused() {
    Case c = acceptedOn(ACCEPTED);
    request(c, TODAY, 5, "现场情况复杂");

    assertRefused(() -> request(c, TODAY, 3, "另需专家意见"), "EXTENSION_PENDING", Kind.CONFLICT);
    assertThat(c.extensions()).hasSize(1);
  }

  @Test
  void requestAfterOneWasGrantedIsRefused() {
    Case c = acceptedOn(ACCEPTED);
    grant(c, request(c, TODAY, 5, "现场情况复杂"), TODAY);

    assertRefused(() -> request(c, day(2026, 9, 23), 3, "另需专家意见"), "EXTENSION_ALREADY_GRANTED",
        Kind.CONFLICT);
  }

  @Test
  void requestAfterTheLegalDueDateIsRefused() {
    Case c = acceptedOn(ACCEPTED);

    assertRefused(() -> request(c, LEGAL_DUE.plusDays(1), 5, "现场情况复杂"), "LEGAL_TIME_EXPIRED",
        Kind.CONFLICT);
    assertThat(request(c, LEGAL_DUE, 5, "现场情况复杂").status()).as("on the last day itself")
        .isEqualTo(Extension.Status.REQUESTED);
  }

  @Test
  void grantAfterTheLegalDueDateIsRefusedEvenForARequestMadeInTime() {
    Case c = acceptedOn(ACCEPTED);
    Extension asked = request(c, LEGAL_DUE, 5, "现场情况复杂");

    assertRefused(() -> grant(c, asked, day(2026, 10, 19)), "LEGAL_TIME_EXPIRED", Kind.CONFLICT);
    assertThat(asked.status()).isEqualTo(Extension.Status.REQUESTED);
    assertThat(c.legalDueDate()).contains(LEGAL_DUE);
  }

  @Test
  void whileASpecialProcedureStopsTheClockTheLegalTimeDoesNotRunOut() {
    Case c = acceptedOn(ACCEPTED);
    // Stopped on Mon 12 Oct with 13–16 Oct of the legal time left; 26 Oct is past the due date as it stands.
    c.startSpecialProcedure(APPROVER, at(day(2026, 10, 12)), day(2026, 10, 12),
        SpecialProcedureKind.EXPERT_REVIEW, 15, "组织专家评审", SHIPPED);
    LocalDate stillStopped = day(2026, 10, 26);

    Extension asked = request(c, stillStopped, 5, "专家意见需补充论证");
    grant(c, asked, stillStopped);

    assertThat(asked.status()).isEqualTo(Extension.Status.GRANTED);
    assertThat(c.legalDueDate()).as("16 Oct + 19–23 Oct").contains(day(2026, 10, 23));
  }

  @Test
  void legalTimeThatRanOutBeforeASpecialProcedureStaysOut() {
    Case c = acceptedOn(ACCEPTED);
    // Stopped on Mon 19 Oct, after the legal due date of Fri 16 Oct.
    c.startSpecialProcedure(APPROVER, at(day(2026, 10, 19)), day(2026, 10, 19),
        SpecialProcedureKind.EXPERT_REVIEW, 15, "组织专家评审", SHIPPED);

    assertRefused(() -> request(c, day(2026, 10, 26), 5, "专家意见需补充论证"), "LEGAL_TIME_EXPIRED",
        Kind.CONFLICT);
  }

  @Test
  void refusalNeedsANoteAndMovesNothing() {
    Case c = acceptedOn(ACCEPTED);
    Extension asked = request(c, TODAY, 5, "现场情况复杂");

    assertRefused(() -> c.decideExtension(HEAD, at(TODAY), TODAY, SHIPPED, asked.id(), false, " "),
        "REASON_REQUIRED", Kind.INVALID);
    c.decideExtension(HEAD, at(TODAY), TODAY, SHIPPED, asked.id(), false, "材料已齐，无需延期");

    assertThat(asked.status()).isEqualTo(Extension.Status.REFUSED);
    assertThat(asked.decisionNote()).contains("材料已齐，无需延期");
    assertThat(c.dueDate()).contains(PROMISED_DUE);
    assertThat(c.legalDueDate()).contains(LEGAL_DUE);
    assertThat(c.clockEntries()).extracting(ClockEntry::kind).containsExactly(ClockEntry.Kind.START);
    assertThat(c.timeline()).last().extracting(CaseEvent::action).isEqualTo(CaseAction.EXTENSION_REFUSED);
  }

  @Test
  void grantMovesBothDueDatesByExactlyItsWorkingDaysAcrossNationalDay() {
    Case c = acceptedOn(ACCEPTED);
    Extension asked = request(c, TODAY, 10, "需实地核验冷链设施");
    grant(c, asked, TODAY);

    // Promised: 29, 30 Sep, 8, 9, Sat 10 (调休), 12–16 Oct. Legal: 19–23, 26–30 Oct.
    assertThat(c.dueDate()).contains(day(2026, 10, 16));
    assertThat(c.legalDueDate()).contains(day(2026, 10, 30));
    assertThat(SHIPPED.workingDaysBetween(PROMISED_DUE, c.dueDate().orElseThrow())).isEqualTo(10);
    assertThat(SHIPPED.workingDaysBetween(LEGAL_DUE, c.legalDueDate().orElseThrow())).isEqualTo(10);
    assertThat(asked.status()).isEqualTo(Extension.Status.GRANTED);
    assertThat(asked.decidedBy()).contains(HEAD.accountId());
  }

  @Test
  void ledgerGetsAnExtensionRowOnlyWhenTheHeadGrants() {
    Case c = acceptedOn(ACCEPTED);
    Extension asked = request(c, TODAY, 10, "需实地核验冷链设施");

    assertThat(c.clockEntries()).extracting(ClockEntry::kind).doesNotContain(ClockEntry.Kind.EXTENSION);
    assertThat(c.timeline()).last().extracting(CaseEvent::action).isEqualTo(CaseAction.EXTENSION_REQUESTED);
    assertThat(c.dueDate()).as("a request alone moves nothing").contains(PROMISED_DUE);

    grant(c, asked, TODAY);

    assertThat(c.clockEntries()).filteredOn(e -> e.kind() == ClockEntry.Kind.EXTENSION).singleElement()
        .satisfies(e -> {
          assertThat(e.workingDays()).isEqualTo(10);
          assertThat(e.actorId()).isEqualTo(HEAD.accountId());
          assertThat(e.dueDate()).isEqualTo(day(2026, 10, 16));
          assertThat(e.legalDueDate()).isEqualTo(day(2026, 10, 30));
        });
    assertThat(c.timeline()).last().extracting(CaseEvent::action).isEqualTo(CaseAction.EXTENDED);
  }

  private static Extension request(Case c, LocalDate today, int workingDays, String reason) {
    return c.requestExtension(APPROVER, at(today), today, workingDays, reason, MAX_EXTENSION_DAYS);
  }

  private static void grant(Case c, Extension e, LocalDate today) {
    c.decideExtension(HEAD, at(today), today, SHIPPED, e.id(), true, null);
  }

  private static void assertRefused(ThrowingCallable call, String code, Kind kind) {
    DomainException e = catchThrowableOfType(DomainException.class, call);
    assertThat(e).as("refused with " + code).isNotNull();
    assertThat(e.code()).isEqualTo(code);
    assertThat(e.kind()).isEqualTo(kind);
  }
}
