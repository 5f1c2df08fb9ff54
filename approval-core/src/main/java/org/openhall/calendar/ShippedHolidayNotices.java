package org.openhall.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The holiday notices shipped on the classpath under {@code calendar/<year>.json}. */
public final class ShippedHolidayNotices {

    /** The years shipped, oldest first. Add a year here when its file is added. */
    public static final List<Integer> YEARS = List.of(2024, 2025, 2026);

    private ShippedHolidayNotices() {
    }

    /**
     * Reads and validates every shipped notice.
     *
     * @throws IllegalStateException when a file is missing, unreadable, invalid or for another year than its name
     */
    public static List<HolidayNotice> load() {
        HolidayNoticeParser parser = new HolidayNoticeParser();
        List<HolidayNotice> notices = new ArrayList<>();
        for (int year : YEARS) {
            String resource = "calendar/" + year + ".json";
            HolidayNotice notice;
            try {
                notice = parser.parse(read(resource));
            } catch (InvalidHolidayNotice e) {
                throw new IllegalStateException("shipped " + resource + " is invalid: " + e.getMessage(), e);
            }
            if (notice.year() != year) {
                throw new IllegalStateException("shipped " + resource + " is for year " + notice.year());
            }
            notices.add(notice);
        }
        return List.copyOf(notices);
    }

    /** A calendar of the shipped notices. */
    public static WorkingDayCalendar calendar() {
        return WorkingDayCalendar.of(load());
    }

    private static byte[] read(String resource) {
        try (InputStream in = ShippedHolidayNotices.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("shipped " + resource + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
