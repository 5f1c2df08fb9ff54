package org.openhall.calendar;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The calendar tables ({@code calendar_year}, {@code calendar_day}, {@code calendar_import}) over plain JDBC:
 * a year is read and written as a whole, and a cheap {@link Token} tells whether anything changed.
 */
@Repository
class CalendarStore {

  private static final String PAPER_SEPARATOR = "\n";

  private final JdbcTemplate jdbc;

  CalendarStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Changes whenever any year is added or replaced, on any node: years are never deleted, a new year adds a
   * row and a replacement increments that row's version, so (count, sum of versions) only ever grows.
   */
  record Token(long years, long versions) {
  }

  /** A stored year with its fingerprint and optimistic-lock version. */
  record StoredYear(HolidayNotice notice, String sha256, long version, int workingDays, Instant loadedAt,
      String loadedBy) {
  }

  Token token() {
    return jdbc.queryForObject("select count(*), coalesce(sum(row_version), 0) from calendar_year",
        (rs, i) -> new Token(rs.getLong(1), rs.getLong(2)));
  }

  /** Every stored year, oldest first. */
  List<StoredYear> all() {
    Map<Integer, List<HolidayDay>> days = new LinkedHashMap<>();
    jdbc.query("select calendar_year, day_date, name, off_day from calendar_day order by calendar_year, day_date",
        rs -> {
          days.computeIfAbsent(rs.getInt(1), y -> new ArrayList<>())
              .add(new HolidayDay(rs.getString(3), rs.getObject(2, LocalDate.class), rs.getBoolean(4)));
        });
    return jdbc.query("select calendar_year, papers, content_sha256, row_version, working_days, loaded_at, loaded_by"
            + " from calendar_year order by calendar_year",
        (rs, i) -> new StoredYear(
            new HolidayNotice(rs.getInt(1), papers(rs.getString(2)), days.getOrDefault(rs.getInt(1), List.of())),
            rs.getString(3), rs.getLong(4), rs.getInt(5), rs.getTimestamp(6).toInstant(), rs.getString(7)));
  }

  Optional<StoredYear> find(int year) {
    return all().stream().filter(y -> y.notice().year() == year).findFirst();
  }

  boolean contains(int year) {
    Integer count = jdbc.queryForObject("select count(*) from calendar_year where calendar_year = ?",
        Integer.class, year);
    return count != null && count > 0;
  }

  /** Stores a year that is not there yet; a concurrent insert of the same year fails on the primary key. */
  void insert(HolidayNotice notice, String sha256, int workingDays, Instant at, String by) {
    jdbc.update("insert into calendar_year (calendar_year, row_version, content_sha256, papers, working_days,"
            + " loaded_at, loaded_by) values (?, 0, ?, ?, ?, ?, ?)",
        notice.year(), sha256, String.join(PAPER_SEPARATOR, notice.papers()), workingDays, Timestamp.from(at), by);
    insertDays(notice);
  }

  /** Replaces a stored year's content if nobody replaced it since {@code expectedVersion} was read. */
  void replace(HolidayNotice notice, long expectedVersion, String sha256, int workingDays, Instant at,
      String by) {
    int updated = jdbc.update("update calendar_year set row_version = row_version + 1, content_sha256 = ?,"
            + " papers = ?, working_days = ?, loaded_at = ?, loaded_by = ?"
            + " where calendar_year = ? and row_version = ?",
        sha256, String.join(PAPER_SEPARATOR, notice.papers()), workingDays, Timestamp.from(at), by,
        notice.year(), expectedVersion);
    if (updated != 1) {
      throw new OptimisticLockingFailureException("calendar year " + notice.year() + " changed meanwhile");
    }
    jdbc.update("delete from calendar_day where calendar_year = ?", notice.year());
    insertDays(notice);
  }

  void audit(CalendarImport entry, String sha256, String previousSha256) {
    jdbc.update("insert into calendar_import (id, calendar_year, outcome, imported_by, imported_at,"
            + " content_sha256, previous_sha256, days_added, days_removed, days_changed, changes)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        UUID.randomUUID().toString(), entry.year(), entry.outcome().name(), entry.importedBy(),
        Timestamp.from(entry.importedAt()), sha256, previousSha256, entry.added(), entry.removed(),
        entry.changed(), entry.changes());
  }

  /** The latest imports, newest first. */
  List<CalendarImport> recentImports(int limit) {
    return jdbc.query("select calendar_year, outcome, imported_by, imported_at, days_added, days_removed,"
            + " days_changed, changes from calendar_import order by imported_at desc",
        rs -> {
          List<CalendarImport> rows = new ArrayList<>();
          while (rs.next() && rows.size() < limit) {
            rows.add(new CalendarImport(rs.getInt(1), ImportOutcome.valueOf(rs.getString(2)), rs.getString(3),
                rs.getTimestamp(4).toInstant(), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getString(8)));
          }
          return rows;
        });
  }

  private void insertDays(HolidayNotice notice) {
    jdbc.batchUpdate("insert into calendar_day (calendar_year, day_date, name, off_day) values (?, ?, ?, ?)",
        notice.days().stream()
            .map(d -> new Object[] {notice.year(), d.date(), d.name(), d.offDay()})
            .toList());
  }

  private static List<String> papers(String stored) {
    return stored == null || stored.isEmpty() ? List.of() : Arrays.asList(stored.split(PAPER_SEPARATOR));
  }
}
