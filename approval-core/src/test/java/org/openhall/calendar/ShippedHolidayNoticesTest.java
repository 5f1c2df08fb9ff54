package org.openhall.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShippedHolidayNoticesTest {

    private static final List<HolidayNotice> NOTICES = ShippedHolidayNotices.load();

    private static HolidayNotice year(int year) {
        return NOTICES.stream().filter(n -> n.year() == year).findFirst().orElseThrow();
    }

    private static long offDays(HolidayNotice notice) {
        return notice.days().stream().filter(HolidayDay::offDay).count();
    }

    private static List<LocalDate> adjustedWorkingDays(HolidayNotice notice) {
        return notice.days().stream().filter(d -> !d.offDay()).map(HolidayDay::date).toList();
    }

    @Test
    void shipsTheThreeYearsInOrderAllAnnounced() {
        assertThat(NOTICES).extracting(HolidayNotice::year).containsExactly(2024, 2025, 2026);
        assertThat(NOTICES).noneMatch(HolidayNotice::isEmpty);
    }

    @Test
    void ships2024AsAnnounced() {
        HolidayNotice notice = year(2024);
        // 元旦 1 + 春节 8 + 清明 3 + 劳动节 5 + 端午 1 + 中秋 3 + 国庆 7
        assertThat(offDays(notice)).isEqualTo(28);
        assertThat(adjustedWorkingDays(notice)).containsExactly(
                LocalDate.of(2024, 2, 4), LocalDate.of(2024, 2, 18), LocalDate.of(2024, 4, 7),
                LocalDate.of(2024, 4, 28), LocalDate.of(2024, 5, 11), LocalDate.of(2024, 9, 14),
                LocalDate.of(2024, 9, 29), LocalDate.of(2024, 10, 12));
        assertThat(notice.papers()).containsExactly("https://www.gov.cn/zhengce/content/202310/content_6911527.htm");
    }

    @Test
    void ships2025AsAnnounced() {
        HolidayNotice notice = year(2025);
        // 元旦 1 + 春节 8 + 清明 3 + 劳动节 5 + 端午 3 + 国庆中秋 8
        assertThat(offDays(notice)).isEqualTo(28);
        assertThat(adjustedWorkingDays(notice)).containsExactly(
                LocalDate.of(2025, 1, 26), LocalDate.of(2025, 2, 8), LocalDate.of(2025, 4, 27),
                LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11));
        assertThat(notice.papers()).containsExactly("https://www.gov.cn/zhengce/content/202411/content_6986382.htm");
    }

    @Test
    void ships2026AsAnnounced() {
        HolidayNotice notice = year(2026);
        // 元旦 3 + 春节 9 + 清明 3 + 劳动节 5 + 端午 3 + 中秋 3 + 国庆 7
        assertThat(offDays(notice)).isEqualTo(33);
        assertThat(adjustedWorkingDays(notice)).containsExactly(
                LocalDate.of(2026, 1, 4), LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28),
                LocalDate.of(2026, 5, 9), LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10));
    }

    @Test
    void namesEveryHolidayPeriodOf2026() {
        assertThat(year(2026).days()).extracting(HolidayDay::name).containsOnly(
                "元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节");
    }
}
