package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Worklists that scale, over HTTP: paged on the server with the total, soonest due first, filtered by
 * item, stage, warning and department, scoped to the caller's departments and roles; released and
 * reassigned by a head of the task's department. Extra work items are written straight into the index
 * (for a real case, under an item code of this test alone) so the totals are exact in the shared database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorklistIntegrationTest {

  @Autowired
  TestRestTemplate http;

  @Autowired
  ObjectMapper json;

  @Autowired
  JdbcTemplate jdbc;

  @org.springframework.boot.test.web.server.LocalServerPort
  int port;

  HallApi api;
  String item;
  final List<String> inserted = new ArrayList<>();

  @BeforeEach
  void connect() {
    api = new HallApi(http, json);
    item = "WL-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @AfterEach
  void removeInsertedItems() {
    inserted.forEach(id -> jdbc.update("delete from work_item where task_id = ?", id));
  }

  @Test
  void pagesTheWorklistSoonestDueFirstWithTheTotal() throws Exception {
    String caseNumber = api.applyForFoodLicence();
    LocalDate start = LocalDate.of(2026, 1, 5);
    for (int i = 0; i < 25; i++) {
      // Inserted out of order: the list must sort them.
      insert(caseNumber, "SCJG", "ACCEPT", "CLERK", start.plusDays((i * 7) % 25), i < 6 ? "RED" : "GREEN");
    }
    for (int i = 0; i < 4; i++) {
      insert(caseNumber, "SCJG", "DECIDE", "CLERK", start.plusDays(40 + i), "YELLOW");
    }
    TestRestTemplate clerk = api.as("demo-scjg-clerk");

    JsonNode first = get(clerk, "/api/v1/console/tasks?itemCode=" + item + "&page=0&size=10");
    assertThat(first.path("total").asLong()).isEqualTo(29);
    assertThat(first.path("page").asInt()).isZero();
    assertThat(first.path("size").asInt()).isEqualTo(10);
    assertThat(first.path("items")).hasSize(10);
    assertThat(first.path("items").get(0).path("dueDate").asText()).isEqualTo("2026-01-05");
    assertThat(first.path("items").get(0).path("applicantMasked").asText()).isEqualTo("福州海峡食品贸易有限公司");

    List<String> dueDates = new ArrayList<>();
    for (int p = 0; p < 3; p++) {
      get(clerk, "/api/v1/console/tasks?itemCode=" + item + "&page=" + p + "&size=10").path("items")
          .forEach(t -> dueDates.add(t.path("dueDate").asText()));
    }
    assertThat(dueDates).hasSize(29).isSorted();
    assertThat(get(clerk, "/api/v1/console/tasks?itemCode=" + item + "&page=3&size=10").path("items")).isEmpty();

    assertThat(get(clerk, "/api/v1/console/tasks?itemCode=" + item + "&stage=DECIDE&page=0").path("total")
        .asLong()).isEqualTo(4);
    assertThat(get(clerk, "/api/v1/console/tasks?itemCode=" + item + "&warning=RED&page=0").path("total")
        .asLong()).isEqualTo(6);
    assertThat(get(clerk, "/api/v1/console/tasks?itemCode=" + item + "&warning=YELLOW&stage=ACCEPT&page=0")
        .path("total").asLong()).isZero();
  }

  @Test
  void keepsThePlainArrayWithoutPageAndTellsTheTotalInHeaders() throws Exception {
    String caseNumber = api.applyForFoodLicence();
    for (int i = 0; i < 7; i++) {
      insert(caseNumber, "SCJG", "ACCEPT", "CLERK", LocalDate.of(2026, 2, 1).plusDays(i), "GREEN");
    }
    ResponseEntity<String> response = api.as("demo-scjg-clerk")
        .getForEntity("/api/v1/console/tasks?itemCode=" + item + "&size=5", String.class);
    JsonNode body = api.read(response, HttpStatus.OK);
    assertThat(body.isArray()).isTrue();
    assertThat(body).hasSize(5);
    assertThat(response.getHeaders().getFirst("X-Total-Count")).isEqualTo("7");
    assertThat(response.getHeaders().getFirst(HttpHeaders.LINK)).contains("page=1", "rel=\"next\"");
  }

  @Test
  void aMarketRegulationClerkNeverSeesPublicSecurityTasks() throws Exception {
    String caseNumber = api.applyForFoodLicence();
    for (int i = 0; i < 3; i++) {
      insert(caseNumber, "GA", "ACCEPT", "CLERK", LocalDate.of(2026, 3, 1).plusDays(i), "GREEN");
    }
    insert(caseNumber, "SCJG", "ACCEPT", "CLERK", LocalDate.of(2026, 3, 1), "GREEN");

    assertThat(get(api.as("demo-scjg-clerk"), "/api/v1/console/tasks?itemCode=" + item + "&page=0")
        .path("total").asLong()).isEqualTo(1);
    assertThat(get(api.as("demo-scjg-clerk"), "/api/v1/console/tasks?itemCode=" + item + "&department=GA&page=0")
        .path("total").asLong()).isZero();
    // demo-clerk belongs to every demo department: the department filter narrows to one.
    assertThat(get(api.as("demo-clerk"), "/api/v1/console/tasks?itemCode=" + item + "&page=0")
        .path("total").asLong()).isEqualTo(4);
    JsonNode ga = get(api.as("demo-clerk"), "/api/v1/console/tasks?itemCode=" + item + "&department=GA&page=0");
    assertThat(ga.path("total").asLong()).isEqualTo(3);
    ga.path("items").forEach(t -> assertThat(t.path("departmentCode").asText()).isEqualTo("GA"));
    // A reviewer of the same department sees no acceptance tasks: the role scopes too.
    assertThat(get(api.as("demo-scjg-reviewer"), "/api/v1/console/tasks?itemCode=" + item + "&page=0")
        .path("total").asLong()).isZero();
  }

  @Test
  void aHeadReassignsAndReleasesWhileOthersMayNot() throws Exception {
    String caseNumber = api.applyForFoodLicence();
    TestRestTemplate clerk = api.as("demo-scjg-clerk");
    String taskId = HallApi.await(() -> api.taskFor(clerk, caseNumber, "ACCEPT"), t -> !t.isMissingNode(),
        "acceptance task").path("taskId").asText();
    String task = "/api/v1/console/tasks/" + taskId;

    assertProblem(post(api.as("demo-scjg-reviewer"), task + "/assignee", Map.of("username", "demo-scjg-clerk")),
        HttpStatus.FORBIDDEN, "HEAD_OF_TASK_DEPARTMENT_REQUIRED");
    assertProblem(post(api.as("demo-ga-supervisor"), task + "/assignee", Map.of("username", "demo-scjg-clerk")),
        HttpStatus.NOT_FOUND, "TASK_NOT_FOUND");
    ResponseEntity<String> unfit = api.as("demo-scjg-head").exchange(task + "/assignee", HttpMethod.POST,
        new HttpEntity<>(Map.of("username", "demo-scjg-reviewer"), english()), String.class);
    assertProblem(unfit, HttpStatus.BAD_REQUEST, "ASSIGNEE_NOT_FIT");
    assertThat(json.readTree(unfit.getBody()).path("detail").asText()).contains("demo-scjg-reviewer", "cannot take");
    assertThat(json.readTree(unfit.getBody()).path("detail").asText()).as("names, not codes")
        .contains("市场监督管理局", "Clerk").doesNotContain("SCJG", "CLERK");

    JsonNode reassigned = api.read(post(api.as("demo-scjg-head"), task + "/assignee",
        Map.of("username", "demo-scjg-clerk")), HttpStatus.OK);
    assertThat(reassigned.path("assignee").asText()).isEqualTo("demo-scjg-clerk");
    assertThat(api.taskFor(clerk, caseNumber, "ACCEPT").path("assignee").asText()).isEqualTo("demo-scjg-clerk");
    // Someone else holding it cannot release it; its holder or a head can.
    assertProblem(post(api.as("demo-clerk"), task + "/release", null), HttpStatus.CONFLICT, "TASK_CLAIMED_BY_OTHER");
    JsonNode released = api.read(post(api.as("demo-scjg-head"), task + "/release", null), HttpStatus.OK);
    assertThat(released.path("assignee").asText(null)).isNull();
    api.read(post(clerk, task + "/claim", null), HttpStatus.OK);
    api.read(post(clerk, task + "/release", null), HttpStatus.OK);
    api.read(post(api.as("demo-clerk"), task + "/claim", null), HttpStatus.OK);
  }

  @Test
  void theConsolePageShowsOnePageWithLocalizedLabelsAndAHeadsActions() throws Exception {
    String caseNumber = api.applyForFoodLicence();
    for (int i = 0; i < 8; i++) {
      insert(caseNumber, "SCJG", "ACCEPT", "CLERK", LocalDate.of(2026, 4, 1).plusDays(i), "GREEN");
    }
    for (int i = 0; i < 4; i++) {
      insert(caseNumber, "CG", "REVIEW", "REVIEWER", LocalDate.of(2026, 5, 1).plusDays(i), "RED");
    }
    StaffSession head = StaffSession.signIn(port, "demo-head");
    String page = head.get("/console?item=" + item + "&size=10").body();
    assertThat(page).contains("共 12 件", "第 1 页，共 2 页", "受理", "审查", "协办", "福州海峡食品贸易有限公司",
        "name=\"username\"", "rel=\"next\"");
    // A head oversees and reassigns, but does not work the tasks: no link into them.
    assertThat(page).doesNotContain("id=\"open-");
    String red = head.get("/console?item=" + item + "&warning=RED&size=10").body();
    assertThat(red).contains("共 4 件").doesNotContain("第 1 页");
    String english = head.get("/console?item=" + item + "&size=10&page=1&lang=en").body();
    assertThat(english).contains("12 task(s) in all", "Page 2 of 2", "co-department", "Review", "rel=\"prev\"");

    StaffSession clerk = StaffSession.signIn(port, "demo-scjg-clerk");
    String clerks = clerk.get("/console?item=" + item).body();
    assertThat(clerks).contains("共 8 件", "id=\"open-").doesNotContain("协办", "name=\"username\"");
  }

  /**
   * The SQL Hibernate sends for one department and role ({@code WorkItems.pageOfOne}), explained by H2 on
   * a database of its own built by the real migrations and 100,000 open items (a planner picks indexes by
   * size, so the shared test database is too small to tell): it reads the page off ix_work_item_worklist.
   */
  @Test
  void theWorklistQueryReadsThePageOffTheWorklistIndex() throws Exception {
    try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:h2:mem:explain-" + UUID.randomUUID());
        java.sql.Statement s = db.createStatement()) {
      for (String v : List.of("V3__work_items.sql", "V43__work_item_deadline_sweep.sql", "V51__worklist_paging.sql")) {
        try (var in = getClass().getResourceAsStream("/db/migration/h2/" + v)) {
          for (String sql : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split(";")) {
            if (!sql.replaceAll("(?m)^--.*$", "").isBlank()) {
              s.execute(sql);
            }
          }
        }
      }
      s.execute("""
          insert into work_item (task_id, row_version, process_instance_id, case_number, item_code, item_name,
            stage, role, department_code, due_date, created_at, warning)
          select 't' || x, 0, 'p' || x, 'C' || x, 'SCJG-001', '事项', 'ACCEPT', 'CLERK',
            case mod(x, 4) when 0 then 'SCJG' else 'GA' end, dateadd(day, mod(x * 7919, 3650), date '2024-01-01'),
            current_timestamp, case when mod(x, 10) = 0 then 'RED' else 'GREEN' end
          from system_range(1, 100000)""");
      try (java.sql.ResultSet plan = s.executeQuery("""
          explain select * from work_item w
          where w.completed_at is null and w.department_code = 'SCJG' and w.role = 'CLERK'
            and (cast(null as varchar) is null or w.warning = cast(null as varchar))
          order by w.completed_at, w.department_code, w.role, w.due_date, w.created_at, w.task_id
          offset 100000 rows fetch first 20 rows only""")) {
        plan.next();
        assertThat(plan.getString(1)).contains("IX_WORK_ITEM_WORKLIST", "index sorted");
      }
    }
  }

  private void insert(String caseNumber, String department, String stage, String role, LocalDate due,
      String warning) {
    String id = "wl-" + UUID.randomUUID();
    jdbc.update("""
        insert into work_item (task_id, row_version, process_instance_id, case_number, item_code, item_name,
          stage, role, department_code, due_date, created_at, warning)
        values (?, 0, 'none', ?, ?, '测试事项', ?, ?, ?, ?, ?, ?)""",
        id, caseNumber, item, stage, role, department, Date.valueOf(due), Timestamp.from(Instant.now()), warning);
    inserted.add(id);
  }

  private JsonNode get(TestRestTemplate who, String path) throws Exception {
    return api.read(who.getForEntity(path, String.class), HttpStatus.OK);
  }

  private static ResponseEntity<String> post(TestRestTemplate who, String path, Object body) {
    return who.postForEntity(path, body, String.class);
  }

  private static HttpHeaders english() {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
    return headers;
  }

  private void assertProblem(ResponseEntity<String> response, HttpStatus status, String code) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
    assertThat(json.readTree(response.getBody()).path("code").asText()).isEqualTo(code);
  }
}
