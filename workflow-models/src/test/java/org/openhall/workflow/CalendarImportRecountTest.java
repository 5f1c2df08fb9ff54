package org.openhall.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openhall.calendar.CalendarYears;
import org.openhall.calendar.ImportOutcome;
import org.openhall.casefile.CaseAction;
import org.openhall.casefile.CaseStage;
import org.openhall.casefile.ClockEntry;
import org.openhall.notification.Inbox;
import org.openhall.supervision.AlertKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Importing a year's holiday notice recounts every open case whose figures were counted Monday–Friday
 * through that year. Its own application context: the import changes the calendar that every other process
 * test counts on (2027 stays unloaded there).
 */
@SpringBootTest(classes = ProcessTestApplication.class, properties = "openhall.test.context=calendar-import")
@DirtiesContext
class CalendarImportRecountTest {

  /** holiday-cn's format; 元旦 2027 falls on Friday 1 January. */
  private static final String NOTICE_2027 = """
      {"year": 2027, "papers": [], "days": [
        {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
        {"name": "元旦", "date": "2027-01-02", "isOffDay": true},
        {"name": "元旦", "date": "2027-01-03", "isOffDay": true}
      ]}""";

  @Autowired CaseFixture fixture;
  @Autowired CalendarYears years;
  @Autowired Inbox inbox;

  @Test
  void importing2027RecountsProvisionalDueDatesTheirWorkItemsAndTellsTheApplicants() {
    fixture.at("2026-12-28T10:00");
    String accepted = fixture.file("T-PROMISED");
    fixture.complete(accepted, CaseStage.ACCEPT, "ACCEPTED", null);
    String awaiting = fixture.file("T-PROMISED");

    // Counted Monday–Friday through 2027: 29, 30, 31 Dec, then 1, 4–8, 11 Jan (10) ... 25 Jan (20).
    var before = fixture.caseOf(accepted);
    assertThat(before.dueDate()).contains(LocalDate.of(2027, 1, 11));
    assertThat(before.legalDueDate()).contains(LocalDate.of(2027, 1, 25));
    assertThat(before.dueDateProvisional()).isTrue();
    assertThat(before.clock().provisional()).isTrue();
    assertThat(fixture.task(accepted, CaseStage.REVIEW, fixture.staff()).dueDate())
        .isEqualTo(LocalDate.of(2027, 1, 11));
    assertThat(fixture.caseOf(awaiting).clock().acceptanceDue()).contains(LocalDate.of(2027, 1, 4));
    assertThat(fixture.caseOf(awaiting).clock().acceptanceDueProvisional()).isTrue();
    assertThat(fixture.task(awaiting, CaseStage.ACCEPT, fixture.staff()).dueDate())
        .isEqualTo(LocalDate.of(2027, 1, 4));

    var result = years.importNotice(NOTICE_2027.getBytes(StandardCharsets.UTF_8), "admin");
    assertThat(result.outcome()).isEqualTo(ImportOutcome.LOADED);

    // 1 Jan is a holiday: every date counted through it moves one working day on.
    var after = fixture.caseOf(accepted);
    assertThat(after.dueDate()).contains(LocalDate.of(2027, 1, 12));
    assertThat(after.legalDueDate()).contains(LocalDate.of(2027, 1, 26));
    assertThat(after.dueDateProvisional()).isFalse();
    assertThat(after.clock().provisional()).isFalse();
    assertThat(after.clockEntries()).extracting(ClockEntry::kind)
        .containsExactly(ClockEntry.Kind.START, ClockEntry.Kind.RECALCULATION);
    assertThat(after.clockEntries()).last().satisfies(e -> {
      assertThat(e.reason()).isEqualTo(ClockEntry.Reason.CALENDAR);
      assertThat(e.dueDate()).isEqualTo(LocalDate.of(2027, 1, 12));
      assertThat(e.legalDueDate()).isEqualTo(LocalDate.of(2027, 1, 26));
    });
    assertThat(after.timeline()).last().extracting(e -> e.action()).isEqualTo(CaseAction.DATES_RECALCULATED);
    assertThat(fixture.task(accepted, CaseStage.REVIEW, fixture.staff()).dueDate())
        .isEqualTo(LocalDate.of(2027, 1, 12));

    var waiting = fixture.caseOf(awaiting);
    assertThat(waiting.clock().acceptanceDue()).contains(LocalDate.of(2027, 1, 5));
    assertThat(waiting.clock().acceptanceDueProvisional()).isFalse();
    assertThat(fixture.task(awaiting, CaseStage.ACCEPT, fixture.staff()).dueDate())
        .isEqualTo(LocalDate.of(2027, 1, 5));

    for (String n : new String[] {accepted, awaiting}) {
      assertThat(inbox.of(fixture.applicantOf(n).username())).as("the applicant of " + n)
          .filteredOn(m -> n.equals(m.caseNumber()) && !isStepMessage(m)).singleElement()
          .satisfies(m -> assertThat(m.subject()).contains(n));
    }
    assertThat(inbox.of(fixture.applicantOf(accepted).username()))
        .filteredOn(m -> !isStepMessage(m)).singleElement()
        .satisfies(m -> assertThat(m.body()).contains("2027-01-12"));

    // The review's own budget (50% of 10 promised days = 5) is recounted from the day it began:
    // 29, 30, 31 Dec, 4, 5 Jan, not Monday–Friday through 1 Jan.
    fixture.sweepAt("2027-01-05T10:00");
    assertThat(fixture.alerts(accepted, AlertKind.STAGE_OVERRUN)).as("5 Jan is still within budget").isEmpty();
    fixture.sweepAt("2027-01-06T10:00");
    assertThat(fixture.alerts(accepted, AlertKind.STAGE_OVERRUN)).singleElement()
        .satisfies(a -> assertThat(a.dueDate()).isEqualTo(LocalDate.of(2027, 1, 5)));

    assertThat(years.importNotice(NOTICE_2027.getBytes(StandardCharsets.UTF_8), "admin").outcome())
        .isEqualTo(ImportOutcome.UNCHANGED);
    assertThat(fixture.caseOf(accepted).clockEntries()).as("the same notice again recounts nothing").hasSize(2);
  }

  /** The messages every step of a case sends its applicant (submitted, accepted …, docs/adr/0024). */
  private static boolean isStepMessage(org.openhall.notification.Notification m) {
    return m.subject().startsWith("【网上办事大厅】");
  }
}
