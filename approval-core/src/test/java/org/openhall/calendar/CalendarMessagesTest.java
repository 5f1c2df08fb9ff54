package org.openhall.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class CalendarMessagesTest {

    /** Reads one bundle file on its own (no parent bundle), as UTF-8. */
    private static Properties file(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CalendarMessagesTest.class.getClassLoader().getResourceAsStream("i18n/" + name);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static int placeholdersOf(String code) {
        if (CalendarProblem.DATE_OUTSIDE_YEAR.equals(code)) {
            return 2;
        }
        if (CalendarProblem.YEAR_MISSING.equals(code) || CalendarProblem.PAPERS_INVALID.equals(code)
                || CalendarProblem.DAYS_MISSING.equals(code) || CalendarYears.PAPERS_TOO_LONG.equals(code)) {
            return 0;
        }
        return 1;
    }

    private static java.util.List<String> allCodes() {
        java.util.List<String> codes = new java.util.ArrayList<>(CalendarProblem.ALL_CODES);
        codes.addAll(CalendarYears.IMPORT_CODES);
        return codes;
    }

    @Test
    void eachBundleFileHasAMessageForExactlyTheProblemAndImportCodes() throws IOException {
        assertThat(file("calendar.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(allCodes());
        assertThat(file("calendar_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(allCodes());
    }

    @Test
    void everyMessageUsesExactlyThePlaceholdersItsCodeNeeds() throws IOException {
        for (String name : new String[] {"calendar.properties", "calendar_en.properties"}) {
            Properties messages = file(name);
            for (String code : allCodes()) {
                String text = messages.getProperty(code);
                int expected = placeholdersOf(code);
                assertThat(text.contains("{0}")).as(name + " " + code + " {0}").isEqualTo(expected >= 1);
                assertThat(text.contains("{1}")).as(name + " " + code + " {1}").isEqualTo(expected >= 2);
                assertThat(text).as(name + " " + code + " must not need MessageFormat quoting").doesNotContain("'");
            }
        }
    }

    @Test
    void theDefaultFileIsChinese() throws IOException {
        assertThat(file("calendar.properties").getProperty(CalendarProblem.DATE_OUTSIDE_YEAR))
                .isEqualTo("日期 {0} 不在 {1} 年内");
    }

    @Test
    void rendersChineseByDefaultWithTheArgumentsInPlace() {
        CalendarProblem problem = CalendarProblem.of(CalendarProblem.DATE_OUTSIDE_YEAR, "2025-12-31", 2026);
        assertThat(CalendarMessages.format(problem, Locale.SIMPLIFIED_CHINESE)).isEqualTo("日期 2025-12-31 不在 2026 年内");
        assertThat(CalendarMessages.format(problem, Locale.FRENCH)).isEqualTo("日期 2025-12-31 不在 2026 年内");
    }

    @Test
    void rendersEnglishForAnEnglishLocale() {
        CalendarProblem problem = CalendarProblem.of(CalendarProblem.DATE_OUTSIDE_YEAR, "2025-12-31", 2026);
        assertThat(CalendarMessages.format(problem, Locale.US)).isEqualTo("Date 2025-12-31 is not in the year 2026");
    }

    @Test
    void rendersEveryProblemOfARejectedNotice() {
        InvalidHolidayNotice rejected = new InvalidHolidayNotice(java.util.List.of(
                CalendarProblem.of(CalendarProblem.YEAR_MISSING),
                CalendarProblem.of(CalendarProblem.DATE_DUPLICATE, "2026-01-01")));
        assertThat(CalendarMessages.format(rejected, Locale.ENGLISH)).containsExactly(
                "The holiday notice has no year", "Date 2026-01-01 is listed more than once");
    }
}
