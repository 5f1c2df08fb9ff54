package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openhall.calendar.WorkingDays;
import org.openhall.identity.Account;
import org.openhall.identity.Accounts;
import org.openhall.workflow.DeadlineSweep;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * 电子监察 over real HTTP with real cases through the real engine: the figures of a known set of food-licence
 * cases (市场监管局) and one seal filing (公安局), each moved into March 2025 (a period no other test writes to)
 * by rewriting its dates, then the deadline sweep run as the scheduler would. Checks every period boundary (a
 * case on the first day, on the last, the day before and the day after), the trend, the overdue list's order,
 * paging, masking and drill-down, and the scoping of a supervisor of one department.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupervisionDashboardIntegrationTest {

  private static final ZoneId CENTRE = ZoneId.of("Asia/Shanghai");
  private static final String FROM = "2025-03-10";
  private static final String TO = "2025-03-14";
  private static final String SUMMARY = "/api/v1/console/supervision/summary";
  private static final String SCJG_PERIOD = "?from=" + FROM + "&to=" + TO + "&department=SCJG";

  @LocalServerPort
  int port;

  @Autowired
  TestRestTemplate http;

  @Autowired
  ObjectMapper json;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  DeadlineSweep sweep;

  @Autowired
  WorkingDays workingDays;

  @Autowired
  Accounts accountRepository;

  @Autowired
  PasswordEncoder passwords;

  HallApi api;

  /** Received on the first day (and deemed accepted), on the last day, the day before, the day after. */
  String onFirstDay;
  String onLastDay;
  String dayBefore;
  String dayAfter;
  /** Decided (denied) on time on the last day; late on the first day. */
  String onTime;
  String late;
  /** Open: past both due dates (with a granted extension); yellow; past the promised date only. */
  String pastLegal;
  String yellow;
  String pastPromised;
  /** 公安局's seal filing, filed in the period. */
  String police;

  @BeforeAll
  void fileTheCases() throws Exception {
    api = new HallApi(http, json);
    onFirstDay = api.applyForFoodLicence();
    onLastDay = api.applyForFoodLicence();
    dayBefore = api.applyForFoodLicence();
    dayAfter = api.applyForFoodLicence();
    onTime = denied();
    late = denied();
    pastLegal = accepted();
    yellow = accepted();
    pastPromised = accepted();
    String extension = api.read(api.as("demo-scjg-reviewer").postForEntity("/api/v1/console/cases/" + pastLegal
        + "/extensions", Map.of("workingDays", 3, "reason", "需现场核查"), String.class), HttpStatus.CREATED)
        .path("extensionId").asText();
    api.read(api.as("demo-scjg-head").postForEntity("/api/v1/console/cases/" + pastLegal + "/extensions/"
        + extension + "/decision", Map.of("approved", true, "note", "同意"), String.class), HttpStatus.OK);
    Account company = new Parties(accountRepository, passwords).company("福州闽江印章测试有限公司");
    police = new Filings(api).sealFiling(company);
    HallApi.await(() -> api.caseOf(api.as(company.username()), police),
        c -> c.path("status").asText().equals("FILED"), "the seal filing filed");

    received(onFirstDay, "2025-03-10T00:00:00");
    received(onLastDay, "2025-03-14T23:59:59.999");
    received(dayBefore, "2025-03-09T23:59:59.999");
    received(dayAfter, "2025-03-15T00:00:00");
    // §32: nobody decided on the first day's case within five working days: the sweep deems it accepted.
    jdbc.update("update case_file set acceptance_due_on = ? where case_number = ?", LocalDate.of(2025, 3, 17),
        onFirstDay);
    sweep.sweep();
    assertThat(api.caseOf(api.as("demo-company"), onFirstDay).path("status").asText()).isEqualTo("ACCEPTED");
    HallApi.await(() -> api.taskFor(api.as("demo-scjg-reviewer"), onFirstDay, "REVIEW"), t -> !t.isMissingNode(),
        "the review task of the deemed case");
    jdbc.update("update case_clock_entry set occurred_at = ? where reason = 'DEEMED_ACCEPTANCE' and case_id = "
        + "(select id from case_file where case_number = ?)", at("2025-03-11T12:00:00"), onFirstDay);

    for (String c : List.of(onTime, late)) {
      received(c, "2025-03-03T10:00:00");
      jdbc.update("update case_clock_entry set effective_on = ? where kind = 'START' and case_id = "
          + "(select id from case_file where case_number = ?)", LocalDate.of(2025, 3, 3), c);
    }
    set(onTime, "accepted_at", at("2025-03-14T23:59:59"));
    set(onTime, "completed_at", at("2025-03-14T23:59:59"));
    set(onTime, "due_date", LocalDate.of(2025, 3, 14));
    set(late, "accepted_at", at("2025-03-09T23:59:59"));
    set(late, "completed_at", at("2025-03-10T00:00:00"));
    set(late, "due_date", LocalDate.of(2025, 3, 7));

    received(pastLegal, "2025-03-05T09:00:00");
    set(pastLegal, "accepted_at", at("2025-03-05T09:30:00"));
    set(pastLegal, "due_date", LocalDate.of(2025, 4, 1));
    set(pastLegal, "legal_due_date", LocalDate.of(2025, 4, 15));
    jdbc.update("update case_extension set decided_at = ? where case_id = (select id from case_file where"
        + " case_number = ?)", at("2025-03-12T15:00:00"), pastLegal);
    LocalDate today = workingDays.today();
    received(yellow, "2025-03-06T09:00:00");
    set(yellow, "due_date", today);
    set(yellow, "legal_due_date", today.plusDays(60));
    received(pastPromised, "2025-03-07T09:00:00");
    set(pastPromised, "due_date", LocalDate.of(2025, 5, 1));
    set(pastPromised, "legal_due_date", today.plusDays(60));
    set(pastPromised, "applicant_name", "张三丰");

    received(police, "2025-03-12T10:00:00");
    set(police, "completed_at", at("2025-03-12T10:00:00"));

    // The sweep looks at each work item on the day its warnings may change: today, for these.
    jdbc.update("update work_item set next_check_on = ? where completed_at is null and case_number in (?, ?, ?, ?)",
        LocalDate.of(2000, 1, 1), onFirstDay, pastLegal, yellow, pastPromised);
    sweep.sweep();
  }

  private String accepted() throws Exception {
    String c = api.applyForFoodLicence();
    api.completeTask("demo-scjg-clerk", c, "ACCEPT", "ACCEPTED", "予以受理");
    HallApi.await(() -> api.taskFor(api.as("demo-scjg-reviewer"), c, "REVIEW"), t -> !t.isMissingNode(),
        "the review task of " + c);
    return c;
  }

  private String denied() throws Exception {
    String c = accepted();
    api.completeTask("demo-scjg-reviewer", c, "REVIEW", "FAILED", "经营场所与申报不符");
    api.completeTask("demo-scjg-approver", c, "DECIDE", "DENIED", "不符合许可条件");
    HallApi.await(() -> api.caseOf(api.as("demo-company"), c), v -> v.path("status").asText().equals("DENIED"),
        c + " denied");
    return c;
  }

  private void received(String caseNumber, String localTime) {
    set(caseNumber, "submitted_at", at(localTime));
  }

  private void set(String caseNumber, String column, Object value) {
    assertThat(jdbc.update("update case_file set " + column + " = ? where case_number = ?", value, caseNumber))
        .isEqualTo(1);
  }

  /** An instant given as the service centre's local time. */
  private static OffsetDateTime at(String localTime) {
    return LocalDateTime.parse(localTime).atZone(CENTRE).toOffsetDateTime();
  }

  private JsonNode get(String user, String path) throws Exception {
    return api.read(api.as(user).getForEntity(path, String.class), HttpStatus.OK);
  }

  @Test
  void countsEachFigureOfAKnownSetOfCases() throws Exception {
    JsonNode s = get("demo-supervisor", SUMMARY + SCJG_PERIOD);
    assertThat(s.path("received").asLong()).as("first and last day, not the days around them").isEqualTo(2);
    assertThat(s.path("accepted").asLong()).as("the deemed one on the first day, one on the last").isEqualTo(2);
    assertThat(s.path("deemedAcceptances").asLong()).isEqualTo(1);
    assertThat(s.path("completed").asLong()).isEqualTo(2);
    assertThat(s.path("completedOnTime").asLong()).isEqualTo(1);
    assertThat(s.path("onTimeRate").asDouble()).isEqualTo(0.5);
    assertThat(s.path("open").asLong()).as("received by the last day, not completed")
        .isEqualTo(6);
    assertThat(s.path("overdue").asLong()).isEqualTo(3);
    assertThat(s.path("overdueAgainstPromise").asLong()).isEqualTo(3);
    assertThat(s.path("overdueAgainstLaw").asLong()).as("the deemed case and the extended one").isEqualTo(2);
    assertThat(s.path("yellow").asLong()).isEqualTo(1);
    assertThat(s.path("extensionsGranted").asLong()).isEqualTo(1);
    assertThat(s.path("averageWorkingDaysUsed").asDouble()).as("(9 + 5) / 2 working days").isEqualTo(7.0);
    assertThat(s.path("averagePromisedDays").asDouble()).isEqualTo(5.0);
    assertThat(s.path("byDepartment")).singleElement().satisfies(d -> {
      assertThat(d.path("code").asText()).isEqualTo("SCJG");
      assertThat(d.path("open").asLong()).isEqualTo(6);
      assertThat(d.path("overdue").asLong()).isEqualTo(3);
      assertThat(d.path("yellow").asLong()).isEqualTo(1);
      assertThat(d.path("onTimeRate").asDouble()).isEqualTo(0.5);
    });
    JsonNode oneItem = get("demo-admin", SUMMARY + SCJG_PERIOD + "&item=GA-004");
    assertThat(oneItem.path("received").asLong()).as("another item").isZero();
    JsonNode handler = get("demo-admin", SUMMARY + SCJG_PERIOD + "&handler=demo-scjg-approver");
    assertThat(handler.path("completed").asLong()).as("the approver decided both").isEqualTo(2);
    assertThat(handler.path("received").asLong()).as("the approver never touched the new ones").isZero();
  }

  @Test
  void aDayCountsByTheServiceCentresCalendarBothEndsIncluded() throws Exception {
    assertThat(get("demo-supervisor", SUMMARY + "?from=2025-03-09&to=2025-03-09&department=SCJG")
        .path("received").asLong()).as("the day before, alone").isEqualTo(1);
    assertThat(get("demo-supervisor", SUMMARY + "?from=2025-03-15&to=2025-03-15&department=SCJG")
        .path("received").asLong()).as("the day after, alone").isEqualTo(1);
    assertThat(get("demo-supervisor", SUMMARY + "?from=2025-03-10&to=2025-03-10&department=SCJG")
        .path("received").asLong()).as("a one-day period").isEqualTo(1);
    // Completion: the same case moved across the boundaries.
    for (var move : Map.of("2025-03-09T23:59:59.999", 1L, "2025-03-10T00:00:00", 2L, "2025-03-14T23:59:59.999", 2L,
        "2025-03-15T00:00:00", 1L).entrySet()) {
      set(onTime, "completed_at", at(move.getKey()));
      assertThat(get("demo-supervisor", SUMMARY + SCJG_PERIOD).path("completed").asLong())
          .as("completed at " + move.getKey()).isEqualTo(move.getValue());
    }
    set(onTime, "completed_at", at("2025-03-14T23:59:59"));
    assertThat(api.as("demo-supervisor").getForEntity(SUMMARY + "?from=2025-03-14&to=2025-03-10", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void trendsCountByWeekAndByMonth() throws Exception {
    JsonNode weeks = get("demo-supervisor",
        "/api/v1/console/supervision/trend?granularity=WEEK&from=2025-03-03&to=2025-03-16&department=SCJG");
    assertThat(weeks.path("points")).extracting(p -> p.path("start").asText())
        .containsExactly("2025-03-03", "2025-03-10");
    JsonNode first = weeks.path("points").get(0);
    JsonNode second = weeks.path("points").get(1);
    assertThat(first.path("received").asLong()).isEqualTo(6);
    assertThat(second.path("received").asLong()).isEqualTo(3);
    assertThat(first.path("completed").asLong()).isZero();
    assertThat(second.path("completed").asLong()).isEqualTo(2);
    assertThat(first.path("overdue").asLong()).as("the late one fell overdue on Saturday 8 March").isEqualTo(1);
    assertThat(second.path("overdue").asLong()).isZero();
    JsonNode months = get("demo-supervisor",
        "/api/v1/console/supervision/trend?granularity=MONTH&from=2025-03-01&to=2025-04-30&department=SCJG");
    assertThat(months.path("points")).extracting(p -> p.path("start").asText())
        .containsExactly("2025-03-01", "2025-04-01");
    assertThat(months.path("points").get(0).path("received").asLong()).isEqualTo(9);
    assertThat(months.path("points").get(1).path("overdue").asLong()).as("past 1 April").isEqualTo(1);
  }

  @Test
  void theOverdueListPagesNewestOverdueFirstMasksNamesAndLeadsToTheClockLedger() throws Exception {
    String path = "/api/v1/console/supervision/overdue?to=" + TO + "&department=SCJG&size=2";
    JsonNode first = get("demo-supervisor", path + "&page=0");
    assertThat(first.path("total").asLong()).isEqualTo(3);
    assertThat(first.path("totalPages").asInt()).isEqualTo(2);
    assertThat(first.path("items")).extracting(i -> i.path("caseNumber").asText())
        .containsExactly(pastPromised, pastLegal);
    JsonNode top = first.path("items").get(0);
    assertThat(top.path("applicantMasked").asText()).isEqualTo("张**");
    assertThat(top.path("overdueSince").asText()).isEqualTo("2025-05-01");
    assertThat(top.path("overdueAgainstLaw").asBoolean()).isFalse();
    assertThat(first.path("items").get(1).path("overdueAgainstLaw").asBoolean()).isTrue();
    assertThat(get("demo-supervisor", path + "&page=1").path("items")).extracting(i -> i.path("caseNumber").asText())
        .containsExactly(onFirstDay);

    String caseUrl = top.path("caseUrl").asText();
    assertThat(caseUrl).isEqualTo("/console/cases/" + pastPromised);
    HttpResponse<String> casePage = StaffSession.signIn(port, "demo-supervisor").get(caseUrl);
    assertThat(casePage.statusCode()).isEqualTo(200);
    assertThat(casePage.body()).contains("id=\"clock-ledger\"");
    assertThat(get("demo-supervisor", top.path("apiUrl").asText()).path("caseNumber").asText())
        .isEqualTo(pastPromised);
  }

  @Test
  void aSupervisorOfOneDepartmentSeesOnlyThatDepartment() throws Exception {
    JsonNode ga = get("demo-ga-supervisor", SUMMARY + "?from=" + FROM + "&to=" + TO);
    assertThat(ga.path("byDepartment")).extracting(d -> d.path("code").asText()).containsExactly("GA");
    assertThat(ga.path("received").asLong()).as("the seal filing only").isEqualTo(1);
    assertThat(ga.path("completed").asLong()).isEqualTo(1);
    assertThat(ga.path("overdue").asLong()).as("市场监管局's overdue cases are not 公安局's").isZero();
    assertThat(ga.path("open").asLong()).isZero();

    var refused = api.as("demo-ga-supervisor").getForEntity(SUMMARY + SCJG_PERIOD, String.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(json.readTree(refused.getBody()).path("code").asText()).isEqualTo("SUPERVISION_DEPARTMENT_NOT_SUPERVISED");
    assertThat(api.as("demo-ga-supervisor").getForEntity("/api/v1/console/supervision/overdue?department=SCJG",
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    JsonNode overdue = get("demo-ga-supervisor", "/api/v1/console/supervision/overdue?to=" + TO);
    assertThat(overdue.path("total").asLong()).isZero();
    JsonNode trend = get("demo-ga-supervisor",
        "/api/v1/console/supervision/trend?granularity=MONTH&from=2025-03-01&to=2025-03-31");
    assertThat(trend.path("points").get(0).path("received").asLong()).isEqualTo(1);

    assertThat(get("demo-supervisor", SUMMARY + "?from=" + FROM + "&to=" + TO + "&department=GA")
        .path("received").asLong()).as("a supervisor of every department sees 公安局 too").isEqualTo(1);
    assertThat(api.as("demo-scjg-clerk").getForEntity(SUMMARY, String.class).getStatusCode())
        .as("not a supervisor").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(StaffSession.signIn(port, "demo-ga-supervisor")
        .get("/console/supervision?department=SCJG").statusCode()).isEqualTo(403);
  }

  @Test
  void theDashboardPageShowsFiguresChartsAndTheOverdueListInBothLanguages() throws Exception {
    StaffSession supervisor = StaffSession.signIn(port, "demo-supervisor");
    String page = supervisor.get("/console/supervision" + SCJG_PERIOD).body();
    assertThat(page).contains("id=\"figures\"", "id=\"chart-week\"", "id=\"chart-month\"", "<title", "<desc",
        "role=\"img\"", "id=\"trend-week\"", "按时办结率", "50.0%");
    assertThat(page).contains("href=\"/console/cases/" + pastPromised + "#clock-ledger\"", "张**")
        .doesNotContain("张三丰");
    assertThat(page).as("no inline styles under the console's policy").doesNotContain("style=\"");
    assertThat(page).as("no raw codes").doesNotContain(">UNDER_REVIEW<", ">ACCEPTED<", "DEADLINE_RED");
    String english = supervisor.get("/console/supervision" + SCJG_PERIOD + "&lang=en").body();
    assertThat(english).contains("E-supervision", "On-time rate", "Weekly trend", "Overdue now");

    assertThat(StaffSession.signIn(port, "demo-scjg-clerk").get("/console/supervision").statusCode())
        .isEqualTo(403);
    JsonNode apiDocs = api.read(http.getForEntity("/v3/api-docs", String.class), HttpStatus.OK);
    assertThat(apiDocs.path("paths").has("/api/v1/console/supervision/summary")).isTrue();
    assertThat(apiDocs.path("paths").has("/api/v1/console/supervision/trend")).isTrue();
    assertThat(apiDocs.path("paths").has("/api/v1/console/supervision/overdue")).isTrue();
  }
}
