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
  void theWorklistQueryUsesTheWorklistIndex() {
    List<String> plan = jdbc.queryForList("""
        explain select * from work_item
        where completed_at is null and department_code in ('SCJG') and role in ('CLERK')
        order by due_date asc, created_at asc, task_id asc
        limit 20 offset 100""", String.class);
    assertThat(String.join("\n", plan)).containsIgnoringCase("IX_WORK_ITEM_WORKLIST");
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
