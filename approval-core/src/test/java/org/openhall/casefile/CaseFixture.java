package org.openhall.casefile;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openhall.calendar.HolidayDay;
import org.openhall.calendar.HolidayNotice;
import org.openhall.calendar.ShippedHolidayNotices;
import org.openhall.calendar.WorkingDayCalendar;
import org.openhall.catalogue.ItemVersion;
import org.openhall.catalogue.ServiceGuide;
import org.openhall.identity.PartyKind;

/**
 * Named cases for the clock, policy and decision tests: a food licence of 市场监督管理局 (SCJG) promised in
 * 10 and due by law in 20 working days, and a joint item that 卫生健康委员会 (WJ) reviews as well.
 * Every step happens at 10:00 Beijing time on the day given, on the shipped 2024–2026 calendar unless a
 * test passes another.
 */
final class CaseFixture {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  /** The shipped calendar: 2024–2026 loaded, 2027 counted Monday–Friday (provisional). */
  static final WorkingDayCalendar SHIPPED = ShippedHolidayNotices.calendar();

  static final String LEAD = "SCJG";
  static final String CO_DEPARTMENT = "WJ";
  static final int PROMISED_DAYS = 10;
  static final int LEGAL_DAYS = 20;
  /** The item's maxExtensionDays in these tests: the legal maximum of a non-joint item (§42). */
  static final int MAX_EXTENSION_DAYS = 10;

  static final String APPLICANT_ID = "applicant-1";
  static final String AGENT_ID = "agent-1";
  static final Actor APPLICANT = new Actor(APPLICANT_ID, "APPLICANT");
  static final Actor CLERK = new Actor("clerk-1", "CLERK");
  static final Actor REVIEWER = new Actor("reviewer-1", "REVIEWER");
  static final Actor CO_REVIEWER = new Actor("reviewer-wj", "REVIEWER");
  static final Actor APPROVER = new Actor("approver-1", "APPROVER");
  static final Actor HEAD = new Actor("head-1", "HEAD");

  private CaseFixture() {
  }

  /** The shipped calendar plus a 2027 notice that has only 元旦 (Fri 2027-01-01) off. */
  static WorkingDayCalendar shippedWithNewYear2027() {
    List<HolidayNotice> notices = new ArrayList<>(ShippedHolidayNotices.load());
    notices.add(new HolidayNotice(2027, List.of(),
        List.of(new HolidayDay("元旦", LocalDate.of(2027, 1, 1), true))));
    return WorkingDayCalendar.of(notices);
  }

  /** A food licence application filed online by its applicant and received on {@code day}. */
  static Case submittedOn(LocalDate day) {
    return submitted(foodLicence(), APPLICANT_ID, Channel.ONLINE, day, SHIPPED);
  }

  /** Same, counted on {@code calendar}. */
  static Case submittedOn(LocalDate day, WorkingDayCalendar calendar) {
    return submitted(foodLicence(), APPLICANT_ID, Channel.ONLINE, day, calendar);
  }

  /** A food licence received and accepted by the clerk on {@code day}: the clock runs from that day. */
  static Case acceptedOn(LocalDate day) {
    return acceptedOn(day, SHIPPED);
  }

  static Case acceptedOn(LocalDate day, WorkingDayCalendar calendar) {
    Case c = submittedOn(day, calendar);
    c.accept(CLERK, at(day), day, calendar, null, Set.of());
    return c;
  }

  /** 联办: a joint item led by SCJG with WJ as co-department, filed by an agent, accepted on {@code day}. */
  static Case acceptedJointCaseOn(LocalDate day) {
    Case c = submitted(jointItem(), AGENT_ID, Channel.AGENT, day, SHIPPED);
    c.accept(CLERK, at(day), day, SHIPPED, null, Set.of());
    return c;
  }

  /** 10:00 Beijing time on {@code day}. */
  static Instant at(LocalDate day) {
    return day.atTime(10, 0).atZone(ZONE).toInstant();
  }

  static LocalDate day(int year, int month, int dayOfMonth) {
    return LocalDate.of(year, month, dayOfMonth);
  }

  private static Case submitted(ItemVersion item, String filedBy, Channel channel, LocalDate day,
      WorkingDayCalendar calendar) {
    Applicant applicant = new Applicant(APPLICANT_ID, "张明华", PartyKind.PERSON, "110105199003071239",
        "13812345678");
    Actor filer = filedBy.equals(APPLICANT_ID) ? APPLICANT : new Actor(filedBy, "AGENT");
    return new Case("2026000001", item, applicant, filedBy, channel, "{}", Set.of(), null,
        day.atTime(9, 0).atZone(ZONE).toInstant(), day, calendar, filer, null);
  }

  private static ItemVersion foodLicence() {
    return item("食品经营许可（新办）", List.of());
  }

  private static ItemVersion jointItem() {
    return item("医疗机构执业许可（联办）", List.of(CO_DEPARTMENT));
  }

  private static ItemVersion item(String name, List<String> coDepartments) {
    ItemVersion item = mock(ItemVersion.class);
    when(item.id()).thenReturn("item-1");
    when(item.code()).thenReturn("T-1");
    when(item.name()).thenReturn(name);
    when(item.leadDepartment()).thenReturn(LEAD);
    when(item.processKey()).thenReturn("PromisedApproval");
    when(item.promisedDays()).thenReturn(PROMISED_DAYS);
    when(item.legalDays()).thenReturn(LEGAL_DAYS);
    when(item.guide()).thenReturn(new ServiceGuide(null, null, null, null, null, true, coDepartments,
        null, 0, null, null, null));
    return item;
  }
}
