package org.openhall.calendar;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** 工作日历: PRC working days (Mon–Fri, minus listed days off, plus adjusted working weekend days); immutable. */
public final class WorkingDayCalendar {

    // A day is working when it is Mon–Fri and not a listed day off, or a listed adjusted working weekend day.
    // Years without a loaded notice are counted Mon–Fri, and any deadline whose computation looks at such a
    // year is provisional. Queries are O(1) / O(log n) on arrays precomputed for the loaded range (first to
    // last loaded year): one working flag per day and a running count of how far the real calendar differs
    // from the plain Mon–Fri rule. Nothing is allocated per call except the returned values.

    /** Epoch day 4 (1970-01-05) is a Monday; weekday arithmetic is anchored there. */
    private static final long MONDAY_EPOCH_DAY = 4;

    private final int firstYear;
    private final boolean[] loaded;
    private final long firstEpochDay;
    private final boolean[] working;
    /** {@code correction[i]}: working days minus Mon–Fri days over table days 0..i. */
    private final int[] correction;
    private final Map<LocalDate, String> holidayNames;

    private WorkingDayCalendar(List<HolidayNotice> notices) {
        TreeMap<Integer, HolidayNotice> byYear = new TreeMap<>();
        for (HolidayNotice notice : notices) {
            Objects.requireNonNull(notice, "notice");
            if (notice.isEmpty()) {
                continue;
            }
            if (byYear.putIfAbsent(notice.year(), notice) != null) {
                throw new IllegalArgumentException("two holiday notices for year " + notice.year());
            }
        }
        Map<LocalDate, String> names = new HashMap<>();
        if (byYear.isEmpty()) {
            firstYear = 0;
            loaded = new boolean[0];
            firstEpochDay = 0;
            working = new boolean[0];
            correction = new int[0];
            holidayNames = Map.of();
            return;
        }
        firstYear = byYear.firstKey();
        int lastYear = byYear.lastKey();
        loaded = new boolean[lastYear - firstYear + 1];
        firstEpochDay = LocalDate.of(firstYear, 1, 1).toEpochDay();
        int length = (int) (LocalDate.of(lastYear, 12, 31).toEpochDay() - firstEpochDay + 1);
        working = new boolean[length];
        for (int i = 0; i < length; i++) {
            working[i] = isMondayToFriday(firstEpochDay + i);
        }
        for (HolidayNotice notice : byYear.values()) {
            loaded[notice.year() - firstYear] = true;
            for (HolidayDay day : notice.days()) {
                working[(int) (day.date().toEpochDay() - firstEpochDay)] = !day.offDay();
                if (day.offDay()) {
                    names.put(day.date(), day.name());
                }
            }
        }
        correction = new int[length];
        int running = 0;
        for (int i = 0; i < length; i++) {
            running += (working[i] ? 1 : 0) - (isMondayToFriday(firstEpochDay + i) ? 1 : 0);
            correction[i] = running;
        }
        holidayNames = Map.copyOf(names);
    }

    /**
     * Builds a calendar. Empty notices (not announced yet) are ignored, so their years are not loaded.
     *
     * @throws IllegalArgumentException when two non-empty notices are for the same year
     */
    public static WorkingDayCalendar of(Collection<HolidayNotice> notices) {
        return new WorkingDayCalendar(List.copyOf(notices));
    }

    /** Same as {@link #of(Collection)}. */
    public static WorkingDayCalendar of(HolidayNotice... notices) {
        return of(Arrays.asList(notices));
    }

    /** Whether a non-empty notice for {@code year} was loaded. */
    public boolean isLoaded(int year) {
        int index = year - firstYear;
        return index >= 0 && index < loaded.length && loaded[index];
    }

    /** Whether the day is a working day (Mon–Fri rule for years not loaded). */
    public boolean isWorkingDay(LocalDate date) {
        return isWorking(date.toEpochDay());
    }

    /** The holiday name of a listed day off, e.g. "春节"; empty for ordinary days and adjusted working days. */
    public Optional<String> holidayName(LocalDate date) {
        return Optional.ofNullable(holidayNames.get(date));
    }

    /**
     * The {@code n}th working day strictly after {@code start}.
     *
     * <p>Choice for {@code n = 0}: the result is {@code start} itself when it is a working day, otherwise the
     * next working day (a deadline never falls on a day off). For {@code n > 0} whether {@code start} is a
     * working day does not matter. Provisional when a day in the examined range ({@code (start, due]}, or
     * {@code [start, due]} for {@code n = 0}) lies in a year not loaded.
     *
     * @throws IllegalArgumentException when {@code n < 0}
     */
    public DueDate addWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, was " + n);
        }
        long startDay = start.toEpochDay();
        if (n == 0) {
            long due = nthWorkingDayAfter(startDay - 1, 1);
            return dueDate(startDay, due);
        }
        long due = nthWorkingDayAfter(startDay, n);
        return dueDate(startDay + 1, due);
    }

    /**
     * Moves a due date later by {@code workingDays} working days (the legal clock stopped for that long):
     * the result has exactly {@code workingDays} working days in {@code (due, result]}.
     * Same rules as {@link #addWorkingDays(LocalDate, int)}.
     */
    public DueDate shift(LocalDate due, int workingDays) {
        return addWorkingDays(due, workingDays);
    }

    /** Like {@link #shift(LocalDate, int)}, keeping the due date provisional if it already was. */
    public DueDate shift(DueDate due, int workingDays) {
        DueDate shifted = shift(due.date(), workingDays);
        return due.provisional() && !shifted.provisional() ? new DueDate(shifted.date(), true) : shifted;
    }

    /** The number of working days in {@code (fromExclusive, toInclusive]}; 0 when {@code to <= from}. */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        long from = fromExclusive.toEpochDay();
        long to = toInclusive.toEpochDay();
        if (to <= from) {
            return 0;
        }
        return Math.toIntExact(cumulative(to) - cumulative(from));
    }

    /**
     * The working days in {@code (fromExclusive, toInclusive]}, provisional when a day of that range lies in a
     * year not loaded (a stop that runs into such a year is never silently counted Monday–Friday).
     */
    public WorkingDayCount countWorkingDays(LocalDate fromExclusive, LocalDate toInclusive) {
        int days = workingDaysBetween(fromExclusive, toInclusive);
        boolean provisional = toInclusive.isAfter(fromExclusive)
            && touchesUnloadedYear(fromExclusive.plusDays(1), toInclusive);
        return new WorkingDayCount(days, provisional);
    }

    /** {@code date} itself when it is a working day, otherwise the first working day after it. */
    public LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
        return LocalDate.ofEpochDay(nthWorkingDayAfter(date.toEpochDay() - 1, 1));
    }

    /** Whether any day of {@code [from, to]} (either order) lies in a year whose notice is not loaded. */
    public boolean touchesUnloadedYear(LocalDate from, LocalDate to) {
        int low = Math.min(from.getYear(), to.getYear());
        int high = Math.max(from.getYear(), to.getYear());
        for (int year = low; year <= high; year++) {
            if (!isLoaded(year)) {
                return true;
            }
        }
        return false;
    }

    private DueDate dueDate(long firstExamined, long due) {
        LocalDate dueDate = LocalDate.ofEpochDay(due);
        return new DueDate(dueDate, touchesUnloadedYear(LocalDate.ofEpochDay(firstExamined), dueDate));
    }

    private boolean isWorking(long epochDay) {
        long index = epochDay - firstEpochDay;
        if (index >= 0 && index < working.length) {
            return working[(int) index];
        }
        return isMondayToFriday(epochDay);
    }

    /**
     * A running count of working days: {@code cumulative(b) - cumulative(a)} is the number of working days in
     * {@code (a, b]} for any {@code a <= b}. Mon–Fri count plus the correction of the loaded range.
     */
    private long cumulative(long epochDay) {
        long k = epochDay - MONDAY_EPOCH_DAY + 1;
        long weekdays = Math.floorDiv(k, 7) * 5 + Math.min(Math.floorMod(k, 7), 5);
        long index = epochDay - firstEpochDay;
        if (index < 0 || correction.length == 0) {
            return weekdays;
        }
        return weekdays + correction[(int) Math.min(index, correction.length - 1)];
    }

    /** The smallest day {@code d > after} with exactly {@code n >= 1} working days in {@code (after, d]}. */
    private long nthWorkingDayAfter(long after, long n) {
        long target = cumulative(after) + n;
        // Gallop to a bound, then binary search: cumulative() is non-decreasing and steps by 1 on working days.
        long low = after;
        long high = after + n;
        while (cumulative(high) < target) {
            low = high;
            high = after + 2 * (high - after);
        }
        while (high - low > 1) {
            long mid = low + (high - low) / 2;
            if (cumulative(mid) >= target) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return high;
    }

    private static boolean isMondayToFriday(long epochDay) {
        return Math.floorMod(epochDay - MONDAY_EPOCH_DAY, 7) < 5;
    }
}
