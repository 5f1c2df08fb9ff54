package org.openhall.supervision;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.openhall.calendar.WorkingDays;
import org.openhall.casefile.Case;
import org.openhall.casefile.CaseFiles;
import org.openhall.casefile.CaseStatus;
import org.openhall.casefile.ClockEntry;
import org.openhall.casefile.Extension;
import org.openhall.casefile.WarningColour;
import org.openhall.casefile.WarningKind;
import org.openhall.identity.AccountDirectory;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.identity.Role;
import org.openhall.identity.RoleGrant;
import org.openhall.kernel.DomainException;
import org.openhall.kernel.PublicNames;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 电子监察 figures for a period and a scope (department, item, handler), answered from OpenHall's own
 * indexed tables (cases, their clock ledger and extensions, and the alerts the deadline sweep keeps in line
 * with the {@link org.openhall.casefile.WarningPolicy}); never from the engine's tables. Each figure's
 * definition is in docs/supervision.md. A supervisor sees the departments where they hold SUPERVISOR, an
 * admin every department; asking for another department is refused (403
 * {@code SUPERVISION_DEPARTMENT_NOT_SUPERVISED}).
 */
@Service
public class SupervisionSummary {

  /** The largest page of the overdue list. */
  public static final int MAX_PAGE_SIZE = 100;

  /** The longest period asked for at once (about ten years), so that no request reads everything. */
  static final long MAX_PERIOD_DAYS = 3660;

  /** How many case numbers go into one IN list. */
  private static final int CHUNK = 500;

  private static final Set<AlertKind> RED = kindsOf(WarningColour.RED);
  private static final Set<AlertKind> YELLOW = kindsOf(WarningColour.YELLOW);
  private static final Set<AlertKind> WARNINGS = union(RED, YELLOW);
  /** Withdrawn cases were ended by the applicant: they count as completed, not in the on-time rate. */
  private static final Set<CaseStatus> NOT_RATED = EnumSet.of(CaseStatus.WITHDRAWN);

  private final EntityManager entities;
  private final CaseFiles caseFiles;
  private final WorkingDays workingDays;
  private final AccountDirectory accounts;
  private final Clock clock;

  SupervisionSummary(EntityManager entities, CaseFiles caseFiles, WorkingDays workingDays,
      AccountDirectory accounts, Clock clock) {
    this.entities = entities;
    this.caseFiles = caseFiles;
    this.workingDays = workingDays;
    this.accounts = accounts;
    this.clock = clock;
  }

  /** Weekly (Monday to Sunday) or monthly buckets of a trend. */
  public enum Granularity { WEEK, MONTH }

  /**
   * What to count: the period's days (both included; default: from the first day of the month three
   * months back until today), and optionally one department, one item code and one handler (a staff
   * username: the cases where that person recorded a step).
   */
  public record Filter(LocalDate from, LocalDate to, String department, String item, String handler) {

    public Filter {
      department = blankToNull(department);
      item = blankToNull(item);
      handler = blankToNull(handler);
    }
  }

  /** The departments whose figures the member may see: every one ({@code all}), or those listed. */
  public record Scope(boolean all, Set<String> departments) {

    public boolean allows(String department) {
      return all || departments.contains(department);
    }
  }

  /** The figures of one department (a row of {@code byDepartment}). */
  public record DepartmentFigures(String code, long received, long accepted, long completed, long open,
      long overdue, long overdueAgainstLaw, long yellow, Double onTimeRate) {
  }

  /** The dashboard's figures (docs/supervision.md defines each). */
  public record Summary(LocalDate from, LocalDate to, LocalDate asOf, long received, long accepted,
      long deemedAcceptances, long completed, long completedOnTime, long rated, Double onTimeRate,
      long open, long overdue, long overdueAgainstPromise, long overdueAgainstLaw, long yellow,
      long extensionsGranted, Double averageWorkingDaysUsed, Double averagePromisedDays,
      List<DepartmentFigures> byDepartment) {
  }

  /** One bucket of a trend: its days (clipped to the period) and what happened in them. */
  public record TrendPoint(LocalDate start, LocalDate end, long received, long completed, long overdue) {
  }

  /** A trend over the period. */
  public record Trend(Granularity granularity, LocalDate from, LocalDate to, List<TrendPoint> points) {
  }

  /** One row of the overdue list: the applicant's name masked; {@code overdueSince} the date it passed. */
  public record OverdueCase(String caseNumber, String itemCode, String itemName, String departmentCode,
      String applicantMasked, CaseStatus status, LocalDate dueDate, LocalDate legalDueDate,
      LocalDate overdueSince, int workingDaysOverdue, boolean overdueAgainstLaw, String handler) {
  }

  /** A page of the overdue list; {@code page} counts from 0. */
  public record OverduePage(List<OverdueCase> items, int page, int size, long total) {

    public int totalPages() {
      return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }
  }

  /** Where the member supervises: every department for ADMIN, else their SUPERVISOR grants. */
  public Scope scopeOf(Member member) {
    if (member == null) {
      return new Scope(false, Set.of());
    }
    if (member.has(Role.ADMIN)) {
      return new Scope(true, Set.of());
    }
    Set<String> supervised = new TreeSet<>();
    for (RoleGrant g : member.grants()) {
      if (g.role() == Role.SUPERVISOR) {
        supervised.add(g.departmentCode());
      }
    }
    return new Scope(false, Set.copyOf(supervised));
  }

  /** The period and scope as they will be counted: defaults filled in, checked against the member. */
  public Filter resolve(Member member, Filter f) {
    LocalDate today = workingDays.today();
    LocalDate to = f.to() == null ? today : f.to();
    LocalDate from = f.from() == null ? to.minusMonths(3).withDayOfMonth(1) : f.from();
    if (from.isAfter(to)) {
      throw DomainException.invalid("SUPERVISION_PERIOD_INVALID", from, to);
    }
    if (ChronoUnit.DAYS.between(from, to) > MAX_PERIOD_DAYS) {
      throw DomainException.invalid("SUPERVISION_PERIOD_TOO_LONG", from, to);
    }
    if (f.department() != null && !scopeOf(member).allows(f.department())) {
      throw new DomainException(DomainException.Kind.FORBIDDEN, "SUPERVISION_DEPARTMENT_NOT_SUPERVISED",
          f.department());
    }
    return new Filter(from, to, f.department(), f.item(), f.handler());
  }

  /** The figures of the period for the member's scope. */
  @Transactional(readOnly = true)
  public Summary summarize(Member member, Filter filter) {
    Filter f = resolve(member, filter);
    Query q = new Query(scopeOf(member), f);
    LocalDate today = workingDays.today();
    LocalDate asOf = f.to().isBefore(today) ? f.to() : today;
    Map<String, Tally> tallies = new TreeMap<>();
    if (q.scope().departments().isEmpty() && !q.scope().all()) {
      return summary(f, asOf, tallies, 0, 0, List.of());
    }
    for (Object[] r : q.rows("select c.departmentCode, count(c) from CaseFile c where c.submittedAt >= :start"
        + " and c.submittedAt < :end group by c.departmentCode")) {
      tally(tallies, r[0]).received += ((Number) r[1]).longValue();
    }
    for (Object[] r : q.rows("select c.departmentCode, count(c) from CaseFile c where c.acceptedAt >= :start"
        + " and c.acceptedAt < :end group by c.departmentCode")) {
      tally(tallies, r[0]).accepted += ((Number) r[1]).longValue();
    }
    long deemed = total(q.rows("select c.departmentCode, count(e) from ClockEntry e join e.owner c"
        + " where e.kind = :began and e.reason = :deemed and e.at >= :start and e.at < :end group by c.departmentCode",
        Map.of("began", ClockEntry.Kind.START, "deemed", ClockEntry.Reason.DEEMED_ACCEPTANCE)));
    long extensions = total(q.rows("select c.departmentCode, count(x) from Extension x join x.owner c"
        + " where x.status = :granted and x.decidedAt >= :start and x.decidedAt < :end group by c.departmentCode",
        Map.of("granted", Extension.Status.GRANTED)));
    List<String> clockStarted = new ArrayList<>();
    for (Object[] r : q.rows("select c.departmentCode, c.caseNumber, c.completedAt, c.clock.promisedDue, c.status"
        + " from CaseFile c where c.completedAt >= :start and c.completedAt < :end")) {
      Tally t = tally(tallies, r[0]);
      t.completed++;
      LocalDate due = (LocalDate) r[3];
      if (due != null) {
        clockStarted.add((String) r[1]);
        if (!NOT_RATED.contains((CaseStatus) r[4])) {
          t.rated++;
          if (!day((Instant) r[2]).isAfter(due)) {
            t.onTime++;
          }
        }
      }
    }
    for (Object[] r : q.rows("select c.departmentCode, count(c) from CaseFile c where c.completedAt is null"
        + " and c.submittedAt < :end group by c.departmentCode")) {
      tally(tallies, r[0]).open += ((Number) r[1]).longValue();
    }
    for (Map.Entry<String, CaseWarnings> e : liveWarnings(q).entrySet()) {
      Tally t = tally(tallies, e.getValue().department);
      Set<AlertKind> kinds = e.getValue().kinds;
      if (kinds.stream().anyMatch(RED::contains)) {
        t.overdue++;
        if (kinds.contains(AlertKind.DEADLINE_RED)) {
          t.overdueAgainstPromise++;
        }
        if (kinds.contains(AlertKind.LEGAL_OVERDUE)) {
          t.overdueAgainstLaw++;
        }
      } else {
        t.yellow++;
      }
    }
    if (!q.scope().all()) {
      q.scope().departments().stream().filter(d -> f.department() == null || d.equals(f.department()))
          .forEach(d -> tally(tallies, d));
    }
    return summary(f, asOf, tallies, deemed, extensions, clockStarted);
  }

  private Summary summary(Filter f, LocalDate asOf, Map<String, Tally> tallies, long deemed, long extensions,
      List<String> clockStarted) {
    Tally all = new Tally();
    List<DepartmentFigures> byDepartment = new ArrayList<>();
    tallies.forEach((code, t) -> {
      all.add(t);
      byDepartment.add(new DepartmentFigures(code, t.received, t.accepted, t.completed, t.open, t.overdue,
          t.overdueAgainstLaw, t.yellow, rate(t.onTime, t.rated)));
    });
    long usedDays = 0;
    long promisedDays = 0;
    int counted = 0;
    for (int i = 0; i < clockStarted.size(); i += CHUNK) {
      List<String> chunk = clockStarted.subList(i, Math.min(clockStarted.size(), i + CHUNK));
      for (Case c : caseFiles.byNumbers(chunk).values()) {
        // One home for "working days used": the clock reading the applicant sees.
        usedDays += caseFiles.clockOf(c).workingDaysUsed();
        promisedDays += c.promisedDays();
        counted++;
      }
    }
    return new Summary(f.from(), f.to(), asOf, all.received, all.accepted, deemed, all.completed, all.onTime,
        all.rated, rate(all.onTime, all.rated), all.open, all.overdue, all.overdueAgainstPromise,
        all.overdueAgainstLaw, all.yellow, extensions, average(usedDays, counted), average(promisedDays, counted),
        byDepartment);
  }

  /**
   * Received, completed and newly overdue cases per week or month of the period. A case counts as overdue in
   * the bucket of the day after its promised due date when it was not completed by that date (completed later,
   * or still open after it).
   */
  @Transactional(readOnly = true)
  public Trend trend(Member member, Filter filter, Granularity granularity) {
    Filter f = resolve(member, filter);
    Query q = new Query(scopeOf(member), f);
    Map<LocalDate, long[]> buckets = new LinkedHashMap<>();
    for (LocalDate d = bucketOf(f.from(), granularity); !d.isAfter(f.to()); d = next(d, granularity)) {
      buckets.put(d, new long[3]);
    }
    if (!q.scope().all() && q.scope().departments().isEmpty()) {
      return trend(f, granularity, buckets);
    }
    for (Object[] r : q.rows("select c.departmentCode, c.submittedAt from CaseFile c where c.submittedAt >= :start"
        + " and c.submittedAt < :end")) {
      buckets.get(bucketOf(day((Instant) r[1]), granularity))[0]++;
    }
    for (Object[] r : q.rows("select c.departmentCode, c.completedAt from CaseFile c where c.completedAt >= :start"
        + " and c.completedAt < :end")) {
      buckets.get(bucketOf(day((Instant) r[1]), granularity))[1]++;
    }
    LocalDate today = workingDays.today();
    for (Object[] r : q.rows("select c.departmentCode, c.clock.promisedDue, c.completedAt from CaseFile c"
        + " where c.clock.promisedDue >= :dueFrom and c.clock.promisedDue < :dueTo",
        Map.of("dueFrom", f.from().minusDays(1), "dueTo", f.to()))) {
      LocalDate due = (LocalDate) r[1];
      Instant completed = (Instant) r[2];
      boolean late = completed == null ? due.isBefore(today) : day(completed).isAfter(due);
      if (late) {
        buckets.get(bucketOf(due.plusDays(1), granularity))[2]++;
      }
    }
    return trend(f, granularity, buckets);
  }

  private static Trend trend(Filter f, Granularity granularity, Map<LocalDate, long[]> buckets) {
    List<TrendPoint> points = new ArrayList<>();
    buckets.forEach((start, n) -> {
      LocalDate end = next(start, granularity).minusDays(1);
      points.add(new TrendPoint(start.isBefore(f.from()) ? f.from() : start, end.isAfter(f.to()) ? f.to() : end,
          n[0], n[1], n[2]));
    });
    return new Trend(granularity, f.from(), f.to(), points);
  }

  /**
   * The cases overdue now (an open red alert of the deadline sweep: past the promised or the legal due date,
   * or past the §32 date), received on or before the period's last day: the one that fell overdue last first.
   */
  @Transactional(readOnly = true)
  public OverduePage overdue(Member member, Filter filter, int page, int size) {
    Filter f = resolve(member, filter);
    Query q = new Query(scopeOf(member), f);
    int p = Math.max(page, 0);
    int s = Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
    if (!q.scope().all() && q.scope().departments().isEmpty()) {
      return new OverduePage(List.of(), p, s, 0);
    }
    String from = " from Alert a, CaseFile c where a.caseNumber = c.caseNumber and a.resolvedAt is null"
        + " and a.kind in :red and c.completedAt is null and c.submittedAt < :end";
    Map<String, Object> red = Map.of("red", RED);
    long total = ((Number) q.query("select count(distinct c.caseNumber)" + from, red, Object.class)
        .getSingleResult()).longValue();
    // A case fell overdue the day after the earliest date its red alerts watch (the promised one, or §32's).
    List<Object[]> rows = q.query("select c.caseNumber, min(a.dueDate)" + from
        + " group by c.caseNumber order by min(a.dueDate) desc, c.caseNumber", red, Object[].class)
        .setFirstResult(p * s).setMaxResults(s).getResultList();
    List<String> numbers = rows.stream().map(r -> (String) r[0]).toList();
    Map<String, Case> cases = caseFiles.byNumbers(numbers);
    Map<String, List<Alert>> alerts = new HashMap<>();
    if (!numbers.isEmpty()) {
      entities.createQuery("select a from Alert a where a.caseNumber in :numbers and a.resolvedAt is null"
          + " order by a.raisedAt", Alert.class).setParameter("numbers", numbers).getResultList()
          .forEach(a -> alerts.computeIfAbsent(a.caseNumber(), k -> new ArrayList<>()).add(a));
    }
    LocalDate today = workingDays.today();
    var calendar = workingDays.calendar();
    List<OverdueCase> items = new ArrayList<>();
    for (Object[] r : rows) {
      Case c = cases.get((String) r[0]);
      LocalDate since = (LocalDate) r[1];
      List<Alert> open = alerts.getOrDefault(c.caseNumber(), List.of());
      String handler = open.stream().map(Alert::handler).filter(h -> h != null && !h.isBlank())
          .reduce((first, last) -> last).orElse(null);
      items.add(new OverdueCase(c.caseNumber(), c.itemCode(), c.itemName(), c.departmentCode(),
          PublicNames.masked(c.applicant() == null ? null : c.applicant().name()), c.status(),
          c.dueDate().orElse(null), c.legalDueDate().orElse(null), since,
          since == null ? 0 : calendar.workingDaysBetween(since, today),
          open.stream().anyMatch(a -> a.kind() == AlertKind.LEGAL_OVERDUE), handler));
    }
    return new OverduePage(items, p, s, total);
  }

  /** Open cases of the scope with an open deadline alert, with the kinds of their open alerts. */
  private Map<String, CaseWarnings> liveWarnings(Query q) {
    Map<String, CaseWarnings> found = new LinkedHashMap<>();
    for (Object[] r : q.rows("select c.departmentCode, c.caseNumber, a.kind from Alert a, CaseFile c"
        + " where a.caseNumber = c.caseNumber and a.resolvedAt is null and a.kind in :warnings"
        + " and c.completedAt is null and c.submittedAt < :end", Map.of("warnings", WARNINGS))) {
      found.computeIfAbsent((String) r[1], n -> new CaseWarnings((String) r[0])).kinds.add((AlertKind) r[2]);
    }
    return found;
  }

  private LocalDate day(Instant at) {
    return at.atZone(zone()).toLocalDate();
  }

  private ZoneId zone() {
    return clock.getZone();
  }

  private static LocalDate bucketOf(LocalDate day, Granularity g) {
    return g == Granularity.WEEK ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
        : day.withDayOfMonth(1);
  }

  private static LocalDate next(LocalDate bucket, Granularity g) {
    return g == Granularity.WEEK ? bucket.plusWeeks(1) : bucket.plusMonths(1);
  }

  private static Double rate(long part, long whole) {
    return whole == 0 ? null
        : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP).doubleValue();
  }

  private static Double average(long sum, int count) {
    return count == 0 ? null
        : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP).doubleValue();
  }

  private static long total(List<Object[]> countsByDepartment) {
    return countsByDepartment.stream().mapToLong(r -> ((Number) r[1]).longValue()).sum();
  }

  private static Tally tally(Map<String, Tally> tallies, Object department) {
    return tallies.computeIfAbsent((String) department, d -> new Tally());
  }

  private static Set<AlertKind> kindsOf(WarningColour colour) {
    Set<AlertKind> kinds = EnumSet.noneOf(AlertKind.class);
    Arrays.stream(WarningKind.values()).filter(k -> k.colour() == colour).map(AlertKind::of).forEach(kinds::add);
    return Set.copyOf(kinds);
  }

  private static Set<AlertKind> union(Set<AlertKind> a, Set<AlertKind> b) {
    Set<AlertKind> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** The period and scope as JPQL: every query of the dashboard names the case {@code c}. */
  private final class Query {

    private final Scope scope;
    private final Filter filter;
    private final String handlerId;

    Query(Scope scope, Filter filter) {
      this.scope = scope;
      this.filter = filter;
      // A handler nobody is gets no cases, not every case.
      this.handlerId = filter.handler() == null ? null
          : accounts.find(filter.handler()).map(Member::id).orElse("-");
    }

    Scope scope() {
      return scope;
    }

    List<Object[]> rows(String jpql) {
      return rows(jpql, Map.of());
    }

    List<Object[]> rows(String jpql, Map<String, Object> params) {
      return query(jpql, params, Object[].class).getResultList();
    }

    <T> TypedQuery<T> query(String jpql, Map<String, Object> params, Class<T> type) {
      StringBuilder where = new StringBuilder();
      Map<String, Object> values = new HashMap<>(params);
      if (!scope.all()) {
        where.append(" and c.departmentCode in :scope");
        values.put("scope", scope.departments());
      }
      if (filter.department() != null) {
        where.append(" and c.departmentCode = :department");
        values.put("department", filter.department());
      }
      if (filter.item() != null) {
        where.append(" and c.itemCode = :item");
        values.put("item", filter.item());
      }
      if (handlerId != null) {
        where.append(" and exists (select 1 from CaseEvent h where h.owner = c and h.actorId = :handler)");
        values.put("handler", handlerId);
      }
      String text = insertWhere(jpql, where.toString());
      TypedQuery<T> query = entities.createQuery(text, type);
      if (text.contains(":start")) {
        query.setParameter("start", filter.from().atStartOfDay(zone()).toInstant());
      }
      if (text.contains(":end")) {
        query.setParameter("end", filter.to().plusDays(1).atStartOfDay(zone()).toInstant());
      }
      values.forEach((k, v) -> query.setParameter(k, v instanceof Collection<?> c ? List.copyOf(c) : v));
      return query;
    }
  }

  /** Puts the scope's conditions before a trailing group by / order by, or at the end. */
  private static String insertWhere(String jpql, String where) {
    int at = jpql.length();
    for (String tail : List.of(" group by ", " order by ")) {
      int i = jpql.indexOf(tail);
      if (i >= 0 && i < at) {
        at = i;
      }
    }
    return jpql.substring(0, at) + where + jpql.substring(at);
  }


  /** The department of an open case and the kinds of its open deadline alerts. */
  private static final class CaseWarnings {
    private final String department;
    private final Set<AlertKind> kinds = EnumSet.noneOf(AlertKind.class);

    CaseWarnings(String department) {
      this.department = department;
    }
  }

  /** Counts of one department while they are added up. */
  private static final class Tally {
    long received;
    long accepted;
    long completed;
    long rated;
    long onTime;
    long open;
    long overdue;
    long overdueAgainstPromise;
    long overdueAgainstLaw;
    long yellow;

    void add(Tally t) {
      received += t.received;
      accepted += t.accepted;
      completed += t.completed;
      rated += t.rated;
      onTime += t.onTime;
      open += t.open;
      overdue += t.overdue;
      overdueAgainstPromise += t.overdueAgainstPromise;
      overdueAgainstLaw += t.overdueAgainstLaw;
      yellow += t.yellow;
    }
  }
}
