package org.openhall.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openhall.kernel.DomainException;
import org.openhall.kernel.DomainException.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads State Council holiday notices into the stored calendar, one year per file: validated as a whole,
 * stored in one transaction, idempotent (the same content again changes nothing), audited, and replacing a
 * loaded year only when its content differs. Every node's {@link WorkingDays} sees the result.
 */
@Service
public class CalendarYears {

  /** The notice broke rules; {@code errors[]} lists every {@link CalendarProblem}. {0} = number of problems. */
  public static final String NOTICE_INVALID = "CALENDAR_NOTICE_INVALID";
  /** The notice lists no day: the arrangement is not out yet. {0} = year. */
  public static final String NOTICE_EMPTY = "CALENDAR_NOTICE_EMPTY";
  /** A listed day's name is longer than the calendar stores. {0} = date. */
  public static final String NAME_TOO_LONG = "CALENDAR_NAME_TOO_LONG";
  /** The notice addresses are longer than the calendar stores. */
  public static final String PAPERS_TOO_LONG = "CALENDAR_PAPERS_TOO_LONG";
  /** Someone imported the same year at the same moment. {0} = year. */
  public static final String IMPORT_CONFLICT = "CALENDAR_IMPORT_CONFLICT";
  /** Message codes of the import, beside {@link CalendarProblem#ALL_CODES} in {@code i18n/calendar*.properties}. */
  public static final List<String> IMPORT_CODES =
      List.of(NOTICE_INVALID, NOTICE_EMPTY, NAME_TOO_LONG, PAPERS_TOO_LONG, IMPORT_CONFLICT);

  /** Who stores the shipped notices at first start. */
  static final String SYSTEM = "system";

  private static final Logger log = LoggerFactory.getLogger(CalendarYears.class);
  private static final int MAX_NAME = 100;
  private static final int MAX_PAPERS = 4000;
  private static final int MAX_CHANGES = 4000;

  private final CalendarStore store;
  private final WorkingDays workingDays;
  private final Clock clock;
  private final TransactionTemplate transaction;
  private final ApplicationEventPublisher events;
  private final HolidayNoticeParser parser = new HolidayNoticeParser();

  CalendarYears(CalendarStore store, WorkingDays workingDays, Clock clock, PlatformTransactionManager transactions,
      ApplicationEventPublisher events) {
    this.events = events;
    this.store = store;
    this.workingDays = workingDays;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
  }

  /**
   * Imports one holiday-cn JSON file.
   *
   * @throws DomainException {@value #NOTICE_INVALID} with every problem, {@value #NOTICE_EMPTY}, or
   *                         {@value #IMPORT_CONFLICT}; nothing is stored then
   */
  public CalendarImportResult importNotice(byte[] json, String importedBy) {
    HolidayNotice notice;
    try {
      notice = parser.parse(json);
    } catch (InvalidHolidayNotice e) {
      List<Violation> violations = e.problems().stream()
          .map(p -> new Violation("notice", p.code(), List.copyOf(p.args()))).toList();
      throw new DomainException(DomainException.Kind.INVALID, NOTICE_INVALID, violations,
          String.valueOf(violations.size()));
    }
    return store(notice, importedBy);
  }

  /** The stored years, oldest first. */
  public List<LoadedYear> years() {
    return store.all().stream().map(y -> new LoadedYear(y.notice().year(), y.workingDays(),
        (int) y.notice().days().stream().filter(HolidayDay::offDay).count(),
        (int) y.notice().days().stream().filter(d -> !d.offDay()).count(),
        y.loadedAt(), y.loadedBy(), y.notice().papers())).toList();
  }

  /** The latest imports (the audit trail), newest first. */
  public List<CalendarImport> recentImports(int limit) {
    return store.recentImports(limit);
  }

  /**
   * Stores each shipped notice whose year is not in the database yet (first start, or a release that ships
   * a new year). A year an admin loaded is never overwritten by a shipped file.
   */
  void importShippedYears() {
    for (HolidayNotice notice : ShippedHolidayNotices.load()) {
      if (store.contains(notice.year())) {
        continue;
      }
      try {
        CalendarImportResult result = store(notice, SYSTEM);
        log.info("Working-day calendar: shipped year {} {} ({} working days)", result.year(), result.outcome(),
            result.workingDays());
      } catch (DomainException e) {
        // Another node stored the same year at the same moment: its copy is as good as ours.
        log.info("Working-day calendar: shipped year {} was stored by another node", notice.year());
      }
    }
    workingDays.reload();
  }

  private CalendarImportResult store(HolidayNotice notice, String importedBy) {
    checkFits(notice);
    String year = String.valueOf(notice.year());
    if (notice.isEmpty()) {
      throw DomainException.invalid(NOTICE_EMPTY, year);
    }
    CalendarImportResult result;
    try {
      result = transaction.execute(status -> storeInTransaction(notice, importedBy));
    } catch (DuplicateKeyException | OptimisticLockingFailureException e) {
      throw DomainException.conflict(IMPORT_CONFLICT, year);
    }
    if (result.outcome() != ImportOutcome.UNCHANGED) {
      workingDays.reload();
      events.publishEvent(new CalendarYearChanged(notice.year()));
    }
    return result;
  }

  private CalendarImportResult storeInTransaction(HolidayNotice notice, String importedBy) {
    Instant now = clock.instant();
    String sha256 = fingerprint(notice);
    int working = workingDaysOf(notice);
    Optional<CalendarStore.StoredYear> previous = store.find(notice.year());
    ImportOutcome outcome;
    Diff diff;
    if (previous.isEmpty()) {
      store.insert(notice, sha256, working, now, importedBy);
      outcome = ImportOutcome.LOADED;
      diff = Diff.between(List.of(), notice.days());
    } else if (previous.get().sha256().equals(sha256)) {
      outcome = ImportOutcome.UNCHANGED;
      diff = Diff.between(notice.days(), notice.days());
    } else {
      store.replace(notice, previous.get().version(), sha256, working, now, importedBy);
      outcome = ImportOutcome.REPLACED;
      diff = Diff.between(previous.get().notice().days(), notice.days());
    }
    store.audit(new CalendarImport(notice.year(), outcome, importedBy, now, diff.added(), diff.removed(),
        diff.changed(), diff.text()), sha256, previous.map(CalendarStore.StoredYear::sha256).orElse(null));
    return new CalendarImportResult(notice.year(), outcome, working, diff.added(), diff.removed(),
        diff.changed());
  }

  private static void checkFits(HolidayNotice notice) {
    for (HolidayDay day : notice.days()) {
      if (day.name().length() > MAX_NAME) {
        throw DomainException.invalid(NAME_TOO_LONG, day.date().toString());
      }
    }
    if (String.join("\n", notice.papers()).length() > MAX_PAPERS) {
      throw DomainException.invalid(PAPERS_TOO_LONG);
    }
  }

  static int workingDaysOf(HolidayNotice notice) {
    LocalDate lastOfPreviousYear = LocalDate.of(notice.year() - 1, 12, 31);
    return WorkingDayCalendar.of(notice)
        .workingDaysBetween(lastOfPreviousYear, LocalDate.of(notice.year(), 12, 31));
  }

  /** A fingerprint of the content (days by date, and papers), blind to layout and order in the file. */
  static String fingerprint(HolidayNotice notice) {
    StringBuilder canonical = new StringBuilder().append(notice.year()).append('\n');
    notice.days().stream().sorted(Comparator.comparing(HolidayDay::date)).forEach(d -> canonical
        .append(d.date()).append('|').append(d.offDay()).append('|').append(d.name()).append('\n'));
    notice.papers().forEach(p -> canonical.append("paper|").append(p).append('\n'));
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }

  /** What changed between two lists of days, as counts and a readable text. */
  private record Diff(int added, int removed, int changed, String text) {

    static Diff between(List<HolidayDay> before, List<HolidayDay> after) {
      Map<LocalDate, HolidayDay> old = before.stream().collect(Collectors.toMap(HolidayDay::date, Function.identity()));
      Map<LocalDate, HolidayDay> now = after.stream().collect(Collectors.toMap(HolidayDay::date, Function.identity()));
      List<String> lines = new ArrayList<>();
      int added = 0;
      int removed = 0;
      int changed = 0;
      for (HolidayDay day : after.stream().sorted(Comparator.comparing(HolidayDay::date)).toList()) {
        HolidayDay was = old.get(day.date());
        if (was == null) {
          added++;
          lines.add("+" + describe(day));
        } else if (!was.equals(day)) {
          changed++;
          lines.add("~" + describe(day));
        }
      }
      for (HolidayDay day : before.stream().sorted(Comparator.comparing(HolidayDay::date)).toList()) {
        if (!now.containsKey(day.date())) {
          removed++;
          lines.add("-" + describe(day));
        }
      }
      String text = String.join("; ", lines);
      return new Diff(added, removed, changed, text.length() > MAX_CHANGES ? text.substring(0, MAX_CHANGES - 1) + "…" : text);
    }

    private static String describe(HolidayDay day) {
      return day.date() + " " + day.name() + (day.offDay() ? " 休" : " 班");
    }
  }
}
