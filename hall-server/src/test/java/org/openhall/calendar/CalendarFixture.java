package org.openhall.calendar;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;

/**
 * Holiday notices for tests, in the holiday-cn format, for years far from the shipped ones: the tests share
 * one database (also MariaDB in CI), so each picks a year nobody loaded yet.
 */
public final class CalendarFixture {

  private CalendarFixture() {
  }

  /** The first year from {@code from} on that is not in {@code loaded}. */
  public static int freeYear(Collection<Integer> loaded, int from) {
    int year = from;
    while (loaded.contains(year)) {
      year++;
    }
    return year;
  }

  /** A notice: New Year's Day off, 1–5 May off, and the Saturday before May made a working day. */
  public static String mayDayNotice(int year) {
    return """
        {
          "$schema": "https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/schema.json",
          "year": %1$d,
          "papers": ["https://www.gov.cn/test/%1$d.htm"],
          "days": [
            {"name": "元旦", "date": "%1$d-01-01", "isOffDay": true},
            {"name": "劳动节", "date": "%2$s", "isOffDay": false},
            {"name": "劳动节", "date": "%1$d-05-01", "isOffDay": true},
            {"name": "劳动节", "date": "%1$d-05-02", "isOffDay": true},
            {"name": "劳动节", "date": "%1$d-05-03", "isOffDay": true},
            {"name": "劳动节", "date": "%1$d-05-04", "isOffDay": true},
            {"name": "劳动节", "date": "%1$d-05-05", "isOffDay": true}
          ]
        }
        """.formatted(year, saturdayBeforeMay(year));
  }

  /** The same notice with 1–3 October added as days off (a revised arrangement). */
  public static String mayDayAndNationalDayNotice(int year) {
    return mayDayNotice(year).replace("""
            {"name": "劳动节", "date": "%1$d-05-05", "isOffDay": true}
        """.formatted(year), """
            {"name": "劳动节", "date": "%1$d-05-05", "isOffDay": true},
            {"name": "国庆节", "date": "%1$d-10-01", "isOffDay": true},
            {"name": "国庆节", "date": "%1$d-10-02", "isOffDay": true},
            {"name": "国庆节", "date": "%1$d-10-03", "isOffDay": true}
        """.formatted(year));
  }

  /**
   * A notice for {@code year} with four problems: a day of the next year, a day without a name, a date listed
   * twice and an adjusted working day on a weekday.
   */
  public static String brokenNotice(int year) {
    LocalDate monday = LocalDate.of(year, 3, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    return """
        {"year": %1$d, "papers": [], "days": [
          {"name": "元旦", "date": "%2$d-01-01", "isOffDay": true},
          {"date": "%1$d-02-01", "isOffDay": true},
          {"name": "劳动节", "date": "%1$d-05-01", "isOffDay": true},
          {"name": "劳动节", "date": "%1$d-05-01", "isOffDay": true},
          {"name": "春节", "date": "%3$s", "isOffDay": false}
        ]}
        """.formatted(year, year + 1, monday);
  }

  public static HolidayNotice parse(String json) {
    return new HolidayNoticeParser().parse(bytes(json));
  }

  public static byte[] bytes(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }

  private static LocalDate saturdayBeforeMay(int year) {
    return LocalDate.of(year, 4, 30).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
  }
}
