package org.openhall.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openhall.calendar.CalendarFixture;
import org.openhall.calendar.WorkingDayCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An admin loads next year's State Council notice over HTTP, and the public due-date API counts on it at
 * once; clerks may read the calendar but not change it; a broken file is answered with every problem.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CalendarImportIntegrationTest {

  private static final String PASSWORD = "Demo#2026";

  @Autowired
  TestRestTemplate http;

  @Autowired
  ObjectMapper json;

  private JsonNode read(ResponseEntity<String> response, HttpStatus expected) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(expected);
    return json.readTree(response.getBody());
  }

  private ResponseEntity<String> upload(String username, String notice, String language) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (language != null) {
      headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
    }
    return http.withBasicAuth(username, PASSWORD).postForEntity("/api/v1/console/calendar/years",
        new HttpEntity<>(CalendarFixture.bytes(notice), headers), String.class);
  }

  private int freeYear(int from) throws Exception {
    JsonNode years = read(http.withBasicAuth("demo-clerk", PASSWORD)
        .getForEntity("/api/v1/console/calendar/years", String.class), HttpStatus.OK);
    List<Integer> loaded = new ArrayList<>();
    years.forEach(y -> loaded.add(y.path("year").asInt()));
    assertThat(loaded).contains(2024, 2025, 2026);
    return CalendarFixture.freeYear(loaded, from);
  }

  private JsonNode dueDate(LocalDate start, int workingDays) throws Exception {
    return read(http.getForEntity("/api/v1/calendar/due-date?start={start}&workingDays={n}", String.class,
        start, workingDays), HttpStatus.OK);
  }

  @Test
  void anAdminLoadsAYearAndTheDueDateApiCountsOnItAtOnce() throws Exception {
    int year = freeYear(2120);
    LocalDate start = LocalDate.of(year, 4, 20);
    assertThat(dueDate(start, 10).path("provisional").asBoolean()).as("year not loaded yet").isTrue();

    JsonNode loaded = read(upload("demo-admin", CalendarFixture.mayDayNotice(year), null), HttpStatus.CREATED);
    assertThat(loaded.path("year").asInt()).isEqualTo(year);
    assertThat(loaded.path("outcome").asText()).isEqualTo("LOADED");
    assertThat(loaded.path("workingDays").asInt()).isBetween(240, 262);

    JsonNode due = dueDate(start, 10);
    assertThat(due.path("provisional").asBoolean()).isFalse();
    assertThat(due.path("dueDate").asText()).isEqualTo(WorkingDayCalendar
        .of(CalendarFixture.parse(CalendarFixture.mayDayNotice(year))).addWorkingDays(start, 10).date().toString());

    JsonNode again = read(upload("demo-admin", CalendarFixture.mayDayNotice(year), null), HttpStatus.CREATED);
    assertThat(again.path("outcome").asText()).isEqualTo("UNCHANGED");
    JsonNode replaced = read(upload("demo-admin", CalendarFixture.mayDayAndNationalDayNotice(year), null),
        HttpStatus.CREATED);
    assertThat(replaced.path("outcome").asText()).isEqualTo("REPLACED");

    JsonNode years = read(http.withBasicAuth("demo-clerk", PASSWORD)
        .getForEntity("/api/v1/console/calendar/years", String.class), HttpStatus.OK);
    assertThat(years.findValues("year")).extracting(JsonNode::asInt).contains(year);
  }

  @Test
  void aClerkMayNotImportACalendar() throws Exception {
    int year = freeYear(2140);
    JsonNode refused = read(upload("demo-clerk", CalendarFixture.mayDayNotice(year), null), HttpStatus.FORBIDDEN);
    assertThat(refused.path("code").asText()).isEqualTo("FORBIDDEN");
    assertThat(dueDate(LocalDate.of(year, 4, 20), 10).path("provisional").asBoolean()).isTrue();
  }

  @Test
  void aBrokenFileIsAnsweredWithEveryProblemLocalized() throws Exception {
    int year = freeYear(2160);
    ResponseEntity<String> response = upload("demo-admin", CalendarFixture.brokenNotice(year), "en");
    JsonNode problem = read(response, HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(problem.path("code").asText()).isEqualTo("CALENDAR_NOTICE_INVALID");
    assertThat(problem.path("detail").asText()).isEqualTo("The holiday notice has 4 problem(s); nothing was imported");
    assertThat(problem.path("errors").findValuesAsText("code")).containsExactlyInAnyOrder(
        "CALENDAR_NAME_MISSING", "CALENDAR_DATE_OUTSIDE_YEAR", "CALENDAR_DATE_DUPLICATE",
        "CALENDAR_WORKDAY_NOT_WEEKEND");
    assertThat(problem.path("errors").findValuesAsText("message"))
        .contains("Date " + year + "-05-01 is listed more than once");

    JsonNode chinese = read(upload("demo-admin", CalendarFixture.brokenNotice(year), null), HttpStatus.BAD_REQUEST);
    assertThat(chinese.path("detail").asText()).isEqualTo("节假日安排文件有 4 处问题，未导入任何内容");
    assertThat(chinese.path("errors").findValuesAsText("message")).contains("日期 " + year + "-05-01 重复出现");
    assertThat(freeYear(2160)).as("nothing stored").isEqualTo(year);
  }

  @Test
  void aFileThatIsNotJsonIsRefusedAsMalformed() throws Exception {
    JsonNode problem = read(upload("demo-admin", "年份：2027", "en"), HttpStatus.BAD_REQUEST);
    assertThat(problem.path("code").asText()).isEqualTo("CALENDAR_NOTICE_INVALID");
    assertThat(problem.path("errors").findValuesAsText("code")).containsExactly("CALENDAR_MALFORMED_JSON");
  }
}
