package org.openhall.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HolidayNoticeParserTest {

    private final HolidayNoticeParser parser = new HolidayNoticeParser();

    private HolidayNotice parse(String json) {
        return parser.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private InvalidHolidayNotice rejection(String json) {
        InvalidHolidayNotice rejected = catchThrowableOfType(InvalidHolidayNotice.class, () -> parse(json));
        assertThat(rejected).as("expected the notice to be rejected").isNotNull();
        return rejected;
    }

    private static String notice(String days) {
        return "{\"year\": 2026, \"papers\": [\"https://www.gov.cn/x.htm\"], \"days\": [" + days + "]}";
    }

    @Test
    void readsAHolidayCnFileIgnoringUnknownFields() {
        HolidayNotice notice = parse("{\"$schema\": \"s\", \"$id\": \"i\", \"year\": 2026,"
                + " \"papers\": [\"https://www.gov.cn/x.htm\"], \"days\": ["
                + "{\"name\": \"春节\", \"date\": \"2026-02-14\", \"isOffDay\": false},"
                + "{\"name\": \"春节\", \"date\": \"2026-02-15\", \"isOffDay\": true}]}");
        assertThat(notice.year()).isEqualTo(2026);
        assertThat(notice.papers()).containsExactly("https://www.gov.cn/x.htm");
        assertThat(notice.days()).containsExactly(
                new HolidayDay("春节", LocalDate.of(2026, 2, 14), false),
                new HolidayDay("春节", LocalDate.of(2026, 2, 15), true));
    }

    @Test
    void readsANoticeNotOutYetAsEmpty() {
        HolidayNotice notice = parse("{\"year\": 2027, \"papers\": [], \"days\": []}");
        assertThat(notice.isEmpty()).isTrue();
        assertThat(WorkingDayCalendar.of(notice).isLoaded(2027)).isFalse();
    }

    @Test
    void rejectsTextThatIsNotJson() {
        assertThat(rejection("{\"year\": 2026, \"days\": [").codes()).containsExactly(CalendarProblem.MALFORMED_JSON);
    }

    @Test
    void rejectsJsonWhoseTopLevelIsNotAnObject() {
        assertThat(rejection("[1, 2]").codes()).containsExactly(CalendarProblem.MALFORMED_JSON);
    }

    @Test
    void rejectsAFieldWrittenTwice() {
        assertThat(rejection("{\"year\": 2026, \"year\": 2027, \"days\": []}").codes())
                .containsExactly(CalendarProblem.MALFORMED_JSON);
    }

    @Test
    void rejectsAMissingYear() {
        assertThat(rejection("{\"papers\": [], \"days\": []}").problems())
                .containsExactly(CalendarProblem.of(CalendarProblem.YEAR_MISSING));
    }

    @Test
    void rejectsAYearThatIsNotAWholeNumber() {
        assertThat(rejection("{\"year\": \"2026\", \"days\": []}").problems())
                .containsExactly(CalendarProblem.of(CalendarProblem.YEAR_INVALID, "2026"));
        assertThat(rejection("{\"year\": 2026.5, \"days\": []}").codes())
                .containsExactly(CalendarProblem.YEAR_INVALID);
        assertThat(rejection("{\"year\": 0, \"days\": []}").codes())
                .containsExactly(CalendarProblem.YEAR_INVALID);
    }

    @Test
    void rejectsMissingDays() {
        assertThat(rejection("{\"year\": 2026, \"papers\": []}").codes()).containsExactly(CalendarProblem.DAYS_MISSING);
        assertThat(rejection("{\"year\": 2026, \"days\": {}}").codes()).containsExactly(CalendarProblem.DAYS_MISSING);
    }

    @Test
    void rejectsPapersThatAreNotStrings() {
        assertThat(rejection("{\"year\": 2026, \"papers\": [1], \"days\": []}").codes())
                .containsExactly(CalendarProblem.PAPERS_INVALID);
    }

    @Test
    void rejectsADayThatIsNotAnObject() {
        assertThat(rejection(notice("\"2026-01-01\"")).problems())
                .containsExactly(CalendarProblem.of(CalendarProblem.DAY_INVALID, 0));
    }

    @Test
    void rejectsADayWithoutADate() {
        assertThat(rejection(notice("{\"name\": \"元旦\", \"isOffDay\": true}")).problems())
                .containsExactly(CalendarProblem.of(CalendarProblem.DATE_MISSING, 0));
    }

    @Test
    void rejectsADateThatIsNotAnIsoDate() {
        assertThat(rejection(notice("{\"name\": \"元旦\", \"date\": \"2026-02-30\", \"isOffDay\": true}")).problems())
                .containsExactly(CalendarProblem.of(CalendarProblem.DATE_INVALID, "2026-02-30"));
        assertThat(rejection(notice("{\"name\": \"元旦\", \"date\": \"2026-1-1\", \"isOffDay\": true}")).problems())
                .containsExactly(CalendarProblem.of(CalendarProblem.DATE_INVALID, "2026-1-1"));
    }

    @Test
    void rejectsADateOutsideTheYear() {
        assertThat(rejection(notice("{\"name\": \"元旦\", \"date\": \"2025-12-31\", \"isOffDay\": true}")).problems())
                .containsExactly(CalendarProblem.of(CalendarProblem.DATE_OUTSIDE_YEAR, "2025-12-31", "2026"));
    }

    @Test
    void rejectsADateListedTwiceReportingItOnce() {
        String day = "{\"name\": \"元旦\", \"date\": \"2026-01-01\", \"isOffDay\": true}";
        assertThat(rejection(notice(day + "," + day + "," + day)).problems())
                .containsExactly(CalendarProblem.of(CalendarProblem.DATE_DUPLICATE, "2026-01-01"));
    }

    @Test
    void rejectsADayWithoutAName() {
        assertThat(rejection(notice("{\"date\": \"2026-01-01\", \"isOffDay\": true}")).problems())
                .containsExactly(CalendarProblem.of(CalendarProblem.NAME_MISSING, "2026-01-01"));
        assertThat(rejection(notice("{\"name\": \" \", \"date\": \"2026-01-01\", \"isOffDay\": true}")).problems())
                .containsExactly(CalendarProblem.of(CalendarProblem.NAME_MISSING, "2026-01-01"));
    }

    @Test
    void rejectsADayWithoutABooleanOffDayFlag() {
        assertThat(rejection(notice("{\"name\": \"元旦\", \"date\": \"2026-01-01\"}")).problems())
                .containsExactly(CalendarProblem.of(CalendarProblem.OFF_DAY_FLAG_MISSING, "2026-01-01"));
        assertThat(rejection(notice("{\"name\": \"元旦\", \"date\": \"2026-01-01\", \"isOffDay\": \"true\"}")).codes())
                .containsExactly(CalendarProblem.OFF_DAY_FLAG_MISSING);
    }

    @Test
    void rejectsAnAdjustedWorkingDayOnAWeekday() {
        // 2026-01-05 is a Monday: it is a working day anyway, so listing it as adjusted is a mistake.
        assertThat(rejection(notice("{\"name\": \"元旦\", \"date\": \"2026-01-05\", \"isOffDay\": false}")).problems())
                .containsExactly(CalendarProblem.of(CalendarProblem.WORKDAY_NOT_WEEKEND, "2026-01-05"));
    }

    @Test
    void acceptsADayOffOnAWeekendInsideAHolidayPeriod() {
        HolidayNotice notice = parse(notice("{\"name\": \"元旦\", \"date\": \"2026-01-03\", \"isOffDay\": true}"));
        assertThat(notice.days()).hasSize(1);
    }

    @Test
    void reportsEveryProblemOfTheFileAtOnce() {
        String json = "{\"papers\": [], \"days\": ["
                + "{\"name\": \"元旦\", \"date\": \"2026-13-01\", \"isOffDay\": true},"
                + "{\"date\": \"2026-01-02\", \"isOffDay\": true},"
                + "{\"name\": \"元旦\", \"date\": \"2026-01-05\", \"isOffDay\": false},"
                + "{\"name\": \"春节\", \"date\": \"2026-01-05\", \"isOffDay\": true},"
                + "42]}";
        InvalidHolidayNotice rejected = rejection(json);
        // Entry problems in document order first, then the rules over the whole list of usable days.
        assertThat(rejected.problems()).containsExactly(
                CalendarProblem.of(CalendarProblem.YEAR_MISSING),
                CalendarProblem.of(CalendarProblem.DATE_INVALID, "2026-13-01"),
                CalendarProblem.of(CalendarProblem.NAME_MISSING, "2026-01-02"),
                CalendarProblem.of(CalendarProblem.DAY_INVALID, 4),
                CalendarProblem.of(CalendarProblem.WORKDAY_NOT_WEEKEND, "2026-01-05"),
                CalendarProblem.of(CalendarProblem.DATE_DUPLICATE, "2026-01-05"));
        assertThat(rejected.getMessage()).contains("CALENDAR_YEAR_MISSING", "CALENDAR_DATE_DUPLICATE[2026-01-05]");
    }

    @Test
    void reportsOutsideYearAndDuplicateTogetherForAKnownYear() {
        String json = notice("{\"name\": \"元旦\", \"date\": \"2027-01-01\", \"isOffDay\": true},"
                + "{\"name\": \"元旦\", \"date\": \"2027-01-01\", \"isOffDay\": true}");
        assertThat(rejection(json).codes()).containsExactly(
                CalendarProblem.DATE_OUTSIDE_YEAR, CalendarProblem.DATE_OUTSIDE_YEAR, CalendarProblem.DATE_DUPLICATE);
    }
}
