package org.openhall.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.openhall.calendar.CalendarFixture.bytes;
import static org.openhall.calendar.CalendarFixture.mayDayAndNationalDayNotice;
import static org.openhall.calendar.CalendarFixture.mayDayNotice;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openhall.kernel.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The stored calendar: imports per year, idempotent and audited, and WorkingDays counting on them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CalendarYearsIntegrationTest {

  @Autowired
  CalendarYears calendarYears;

  @Autowired
  WorkingDays workingDays;

  @Autowired
  CalendarStore store;

  @Autowired
  JdbcTemplate jdbc;

  private int freeYear(int from) {
    return CalendarFixture.freeYear(calendarYears.years().stream().map(LoadedYear::year).toList(), from);
  }

  private int auditRows(int year) {
    return jdbc.queryForObject("select count(*) from calendar_import where calendar_year = ?", Integer.class, year);
  }

  @Test
  void theShippedYearsAreInTheDatabaseFromTheFirstStart() {
    List<Integer> loaded = calendarYears.years().stream().map(LoadedYear::year).toList();
    assertThat(loaded).contains(2024, 2025, 2026);
    for (HolidayNotice shipped : ShippedHolidayNotices.load()) {
      LoadedYear stored = calendarYears.years().stream().filter(y -> y.year() == shipped.year()).findFirst().orElseThrow();
      assertThat(stored.workingDays()).as("working days of " + shipped.year())
          .isEqualTo(CalendarYears.workingDaysOf(shipped));
    }
    assertThat(workingDays.calendar().holidayName(LocalDate.of(2026, 10, 1))).contains("国庆节");
  }

  @Test
  void importLoadsAYearAndTheSameFileAgainChangesNothing() {
    int year = freeYear(2040);
    CalendarImportResult first = calendarYears.importNotice(bytes(mayDayNotice(year)), "test-admin");
    assertThat(first.outcome()).isEqualTo(ImportOutcome.LOADED);
    assertThat(first.workingDays()).isEqualTo(CalendarYears.workingDaysOf(CalendarFixture.parse(mayDayNotice(year))));
    assertThat(first.added()).isEqualTo(7);
    assertThat(calendarYears.years()).anySatisfy(y -> {
      assertThat(y.year()).isEqualTo(year);
      assertThat(y.daysOff()).isEqualTo(6);
      assertThat(y.adjustedWorkingDays()).isEqualTo(1);
      assertThat(y.loadedBy()).isEqualTo("test-admin");
    });
    CalendarStore.Token before = store.token();

    // The same content, laid out differently, is the same notice.
    String relaidOut = mayDayNotice(year).replace("\n", "").replace("  ", " ");
    CalendarImportResult again = calendarYears.importNotice(bytes(relaidOut), "other-admin");

    assertThat(again.outcome()).isEqualTo(ImportOutcome.UNCHANGED);
    assertThat(again.added() + again.removed() + again.changed()).isZero();
    assertThat(store.token()).as("nothing written to the calendar").isEqualTo(before);
    assertThat(calendarYears.years()).filteredOn(y -> y.year() == year)
        .singleElement().extracting(LoadedYear::loadedBy).isEqualTo("test-admin");
    assertThat(auditRows(year)).as("both attempts are audited").isEqualTo(2);
    assertThat(calendarYears.recentImports(100)).filteredOn(i -> i.year() == year)
        .extracting(CalendarImport::outcome, CalendarImport::importedBy)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(ImportOutcome.LOADED, "test-admin"),
            org.assertj.core.groups.Tuple.tuple(ImportOutcome.UNCHANGED, "other-admin"));
  }

  @Test
  void aChangedFileReplacesTheYearAndSaysWhatChanged() {
    int year = freeYear(2060);
    calendarYears.importNotice(bytes(mayDayNotice(year)), "test-admin");
    LocalDate nationalDay = LocalDate.of(year, 10, 1);
    assertThat(workingDays.calendar().holidayName(nationalDay)).isEmpty();

    CalendarImportResult replaced = calendarYears.importNotice(bytes(mayDayAndNationalDayNotice(year)), "test-admin");

    assertThat(replaced.outcome()).isEqualTo(ImportOutcome.REPLACED);
    assertThat(replaced.added()).isEqualTo(3);
    assertThat(replaced.removed()).isZero();
    assertThat(replaced.changed()).isZero();
    assertThat(workingDays.calendar().holidayName(nationalDay)).as("seen at once on this node").contains("国庆节");
    // two imports within one second may share a timestamp (MySQL keeps whole seconds here): no order assumed
    assertThat(calendarYears.recentImports(100)).filteredOn(i -> i.year() == year)
        .extracting(CalendarImport::outcome)
        .containsExactlyInAnyOrder(ImportOutcome.LOADED, ImportOutcome.REPLACED);
    assertThat(calendarYears.recentImports(100))
        .filteredOn(i -> i.year() == year && i.outcome() == ImportOutcome.REPLACED)
        .singleElement().satisfies(i -> assertThat(i.changes()).contains("+" + nationalDay + " 国庆节"));
  }

  @Test
  void aBrokenFileIsRejectedWithEveryProblemAndTheLoadedYearIsKept() {
    int year = freeYear(2080);
    calendarYears.importNotice(bytes(mayDayNotice(year)), "test-admin");
    CalendarStore.Token before = store.token();
    int audited = auditRows(year);

    DomainException rejected = catchThrowableOfType(DomainException.class,
        () -> calendarYears.importNotice(bytes(CalendarFixture.brokenNotice(year)), "test-admin"));

    assertThat(rejected.code()).isEqualTo(CalendarYears.NOTICE_INVALID);
    assertThat(rejected.violations()).extracting(DomainException.Violation::code).containsExactlyInAnyOrder(
        CalendarProblem.NAME_MISSING, CalendarProblem.DATE_OUTSIDE_YEAR, CalendarProblem.DATE_DUPLICATE,
        CalendarProblem.WORKDAY_NOT_WEEKEND);
    assertThat(store.token()).as("nothing stored").isEqualTo(before);
    assertThat(auditRows(year)).isEqualTo(audited);
    assertThat(workingDays.calendar().holidayName(LocalDate.of(year, 5, 1))).contains("劳动节");
  }

  @Test
  void aNoticeWithoutDaysIsNotOutYetAndIsRefused() {
    int year = freeYear(2090);
    DomainException refused = catchThrowableOfType(DomainException.class, () -> calendarYears.importNotice(
        bytes("{\"year\": " + year + ", \"papers\": [], \"days\": []}"), "test-admin"));
    assertThat(refused.code()).isEqualTo(CalendarYears.NOTICE_EMPTY);
    assertThat(workingDays.calendar().isLoaded(year)).isFalse();
  }

  @Test
  void aDueDateInAYearBecomesFinalOnceTheYearIsImported() {
    int year = freeYear(2027);
    LocalDate start = LocalDate.of(year, 4, 20);
    DueDate before = workingDays.dueDate(start, 10);
    assertThat(before.provisional()).as("year " + year + " not loaded yet").isTrue();

    calendarYears.importNotice(bytes(mayDayNotice(year)), "test-admin");

    DueDate after = workingDays.dueDate(start, 10);
    assertThat(after.provisional()).isFalse();
    assertThat(after.date()).as("1–5 May are days off").isAfter(before.date())
        .isEqualTo(WorkingDayCalendar.of(CalendarFixture.parse(mayDayNotice(year))).addWorkingDays(start, 10).date());
  }

  @Test
  void aYearStoredByAnotherNodeIsSeenAfterTheVersionCheck() {
    int year = freeYear(2100);
    HolidayNotice notice = CalendarFixture.parse(mayDayNotice(year));
    // Another node writes to the shared database; this node's cache is not told.
    store.insert(notice, CalendarYears.fingerprint(notice), CalendarYears.workingDaysOf(notice),
        java.time.Instant.parse("2099-11-20T02:00:00Z"), "other-node");

    assertThat(workingDays.refreshIfChanged().calendar().isLoaded(year)).isTrue();
    assertThat(workingDays.dueDate(LocalDate.of(year, 4, 20), 10).provisional()).isFalse();
  }
}
