package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * 人员与部门 over real HTTP: an administrator adds a department and a member of staff who reviews
 * there and heads SCJG; the new person must first replace the temporary password, then sees only
 * the work of the department where they review; disabling refuses every sign-in; a reset forces a
 * new change; every change is in the admin audit; nobody but ADMIN gets in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffAdministrationIntegrationTest {

  private static final String NEW_PASSWORD = "Neues2026pass";

  @Autowired
  TestRestTemplate http;

  @Autowired
  ObjectMapper json;

  @LocalServerPort
  int port;

  @Test
  void onlyAdministratorsReachTheAdministration() throws Exception {
    HallApi api = new HallApi(http, json);
    assertThat(http.getForEntity("/api/v1/console/admin/staff", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    JsonNode refused = api.read(api.as("demo-clerk").getForEntity("/api/v1/console/admin/staff", String.class),
        HttpStatus.FORBIDDEN);
    assertThat(refused.path("code").asText()).isEqualTo("FORBIDDEN");
    assertThat(api.as("demo-head").postForEntity("/api/v1/console/admin/departments",
        Map.of("code", "XX", "name", "x"), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(StaffSession.signIn(port, "demo-clerk").get("/console/staff").statusCode()).isEqualTo(403);
    HttpResponse<String> page = StaffSession.signIn(port, "demo-admin").get("/console/staff");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("人员与部门", "demo-scjg-reviewer", "管理审计");
  }

  @Test
  void refusesEveryProblemOfAFormAtOnceFieldByFieldInTheCallersLanguage() throws Exception {
    HallApi api = new HallApi(http, json);
    JsonNode problem = api.read(api.as("demo-admin").exchange("/api/v1/console/admin/staff", HttpMethod.POST,
        english(Map.of("username", "A b", "displayName", " ",
            "grants", List.of(Map.of("departmentCode", "NOPE", "role", "APPLICANT")))), String.class),
        HttpStatus.BAD_REQUEST);
    assertThat(problem.path("code").asText()).isEqualTo("VALIDATION_FAILED");
    assertThat(fields(problem)).containsExactlyInAnyOrder("username", "displayName",
        "grants[0].departmentCode", "grants[0].role");
    assertThat(problem.toString()).contains("There is no department NOPE");

    JsonNode taken = api.read(api.as("demo-admin").postForEntity("/api/v1/console/admin/departments",
        Map.of("code", "SCJG", "name", ""), String.class), HttpStatus.BAD_REQUEST);
    assertThat(fields(taken)).containsExactlyInAnyOrder("code", "name");
    assertThat(taken.toString()).contains("部门编码 SCJG 已存在", "请填写部门名称");

    JsonNode self = api.read(api.as("demo-admin").postForEntity(
        "/api/v1/console/admin/staff/demo-admin/disable", null, String.class), HttpStatus.CONFLICT);
    assertThat(self.path("code").asText()).isEqualTo("ADMIN_CANNOT_DISABLE_SELF");
  }

  @Test
  void aNewReviewerChangesTheTemporaryPasswordSeesOnlyTheirDepartmentAndCanBeDisabledAndReset()
      throws Exception {
    HallApi api = new HallApi(http, json);
    TestRestTemplate admin = api.as("demo-admin");
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String department = "T" + suffix.toUpperCase(Locale.ROOT).replace('-', '_');
    String username = "rev-" + suffix;

    api.read(admin.postForEntity("/api/v1/console/admin/departments",
        Map.of("code", department, "name", "测试局" + suffix), String.class), HttpStatus.CREATED);
    JsonNode renamed = api.read(admin.exchange("/api/v1/console/admin/departments/" + department,
        HttpMethod.PUT, new HttpEntity<>(Map.of("name", "测试管理局" + suffix)), String.class), HttpStatus.OK);
    assertThat(renamed.path("name").asText()).isEqualTo("测试管理局" + suffix);

    // Reviews in the new department, heads SCJG: SCJG's review tasks are not theirs.
    JsonNode created = api.read(admin.postForEntity("/api/v1/console/admin/staff", Map.of(
        "username", username, "displayName", "新审查员",
        "grants", List.of(Map.of("departmentCode", department, "role", "REVIEWER"),
            Map.of("departmentCode", "SCJG", "role", "HEAD"))), String.class), HttpStatus.CREATED);
    String temporary = created.path("temporaryPassword").asText();
    assertThat(temporary).hasSizeGreaterThanOrEqualTo(10);
    assertThat(created.path("staff").path("mustChangePassword").asBoolean()).isTrue();
    assertThat(created.toString()).doesNotContain("argon", "passwordHash");

    // The API refuses everything but the change itself until the password is changed.
    TestRestTemplate withTemporary = http.withBasicAuth(username, temporary);
    JsonNode mustChange = api.read(withTemporary.getForEntity("/api/v1/console/tasks", String.class),
        HttpStatus.FORBIDDEN);
    assertThat(mustChange.path("code").asText()).isEqualTo("PASSWORD_CHANGE_REQUIRED");

    // The console sends them to the change-password page before anything else.
    StaffSession console = StaffSession.signIn(port, username, temporary);
    HttpResponse<String> worklist = console.get("/console");
    assertThat(worklist.statusCode()).isEqualTo(302);
    assertThat(worklist.headers().firstValue("Location").orElse("")).endsWith("/console/password");
    console.get("/console/password");
    HttpResponse<String> refused = console.post("/console/password", Map.of("currentPassword", temporary,
        "newPassword", "short", "repeatPassword", "short"));
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("密码至少 10 位");
    HttpResponse<String> changed = console.post("/console/password", Map.of("currentPassword", temporary,
        "newPassword", NEW_PASSWORD, "repeatPassword", NEW_PASSWORD));
    assertThat(changed.headers().firstValue("Location").orElse("")).endsWith("/console");
    assertThat(console.get("/console").statusCode()).isEqualTo(200);

    TestRestTemplate person = http.withBasicAuth(username, NEW_PASSWORD);
    String caseNumber = api.applyForFoodLicence();
    api.completeTask("demo-scjg-clerk", caseNumber, "ACCEPT", "ACCEPTED", "材料齐全");
    HallApi.await(() -> api.taskFor(api.as("demo-scjg-reviewer"), caseNumber, "REVIEW"),
        t -> !t.isMissingNode(), "the review task of " + caseNumber);
    // As head of SCJG they oversee its review task (to release or reassign it), but may not review it:
    // the reviewer's role is theirs in the new department only.
    JsonNode overseen = api.taskFor(person, caseNumber, "REVIEW");
    assertThat(overseen.isMissingNode()).as("a head sees every task of the department").isFalse();
    assertThat(person.postForEntity("/api/v1/console/tasks/" + overseen.path("taskId").asText() + "/claim", null,
        String.class).getStatusCode()).as("but reviews only where they are a reviewer").isEqualTo(HttpStatus.NOT_FOUND);

    // Now reviewing in SCJG, the same task is theirs.
    api.read(admin.exchange("/api/v1/console/admin/staff/" + username, HttpMethod.PUT, new HttpEntity<>(Map.of(
        "displayName", "新审查员",
        "grants", List.of(Map.of("departmentCode", "SCJG", "role", "REVIEWER")))), String.class), HttpStatus.OK);
    JsonNode review = api.taskFor(http.withBasicAuth(username, NEW_PASSWORD), caseNumber, "REVIEW");
    assertThat(review.isMissingNode()).isFalse();
    String taskId = review.path("taskId").asText();
    api.read(person.postForEntity("/api/v1/console/tasks/" + taskId + "/claim", null, String.class), HttpStatus.OK);

    // Disabled: no sign-in anywhere.
    JsonNode disabled = api.read(admin.postForEntity("/api/v1/console/admin/staff/" + username + "/disable",
        null, String.class), HttpStatus.OK);
    assertThat(disabled.path("enabled").asBoolean()).isFalse();
    assertThat(http.withBasicAuth(username, NEW_PASSWORD).getForEntity("/api/v1/console/tasks", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(StaffSession.anonymous(port).attemptSignIn(username, NEW_PASSWORD).headers()
        .firstValue("Location").orElse("")).contains("error");

    // The task they claimed stays open and in sight of SCJG's head, not of other staff.
    JsonNode stranded = api.read(api.as("demo-scjg-head").getForEntity("/api/v1/console/stranded-tasks",
        String.class), HttpStatus.OK);
    assertThat(stranded.findValuesAsText("taskId")).contains(taskId);
    assertThat(stranded.toString()).contains(username);
    assertThat(api.read(api.as("demo-scjg-reviewer").getForEntity("/api/v1/console/stranded-tasks",
        String.class), HttpStatus.OK).findValuesAsText("taskId")).doesNotContain(taskId);

    // Enabled again and reset: the temporary password works only to change it.
    api.read(admin.postForEntity("/api/v1/console/admin/staff/" + username + "/enable", null, String.class),
        HttpStatus.OK);
    JsonNode reset = api.read(admin.postForEntity("/api/v1/console/admin/staff/" + username + "/password-reset",
        Map.of(), String.class), HttpStatus.OK);
    String second = reset.path("temporaryPassword").asText();
    assertThat(second).isNotBlank().isNotEqualTo(temporary);
    assertThat(http.withBasicAuth(username, NEW_PASSWORD).getForEntity("/api/v1/console/tasks", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    TestRestTemplate afterReset = http.withBasicAuth(username, second);
    assertThat(api.read(afterReset.getForEntity("/api/v1/console/tasks", String.class), HttpStatus.FORBIDDEN)
        .path("code").asText()).isEqualTo("PASSWORD_CHANGE_REQUIRED");
    ResponseEntity<String> apiChange = afterReset.postForEntity("/api/v1/console/password",
        Map.of("currentPassword", second, "newPassword", "Zweites2026pw"), String.class);
    assertThat(apiChange.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    api.read(http.withBasicAuth(username, "Zweites2026pw").getForEntity("/api/v1/console/tasks", String.class),
        HttpStatus.OK);

    // Every change is in the audit, without any password.
    JsonNode audit = api.read(admin.getForEntity("/api/v1/console/admin/audit?page=0&size=100", String.class),
        HttpStatus.OK);
    List<String> actions = new ArrayList<>();
    for (JsonNode row : audit.path("content")) {
      if (row.path("target").asText().equals(username)) {
        actions.add(row.path("action").asText());
        assertThat(row.path("actor").asText()).isIn("demo-admin", username);
      }
      if (row.path("target").asText().equals(department)) {
        actions.add(row.path("action").asText());
      }
    }
    assertThat(actions).containsExactlyInAnyOrder("PASSWORD_CHANGED", "PASSWORD_RESET", "STAFF_ENABLED", "STAFF_DISABLED",
        "STAFF_CHANGED", "PASSWORD_CHANGED", "STAFF_CREATED", "DEPARTMENT_RENAMED", "DEPARTMENT_CREATED");
    assertThat(audit.toString()).doesNotContain(temporary, second, NEW_PASSWORD, "$argon2");
  }

  @Test
  void theConsoleFormKeepsWhatWasTypedBesideEachProblemThenAddsEditsAndResets() throws Exception {
    StaffSession admin = StaffSession.signIn(port, "demo-admin");
    admin.get("/console/staff");
    String username = "clerk-" + UUID.randomUUID().toString().substring(0, 6);
    Map<String, String> typed = new java.util.LinkedHashMap<>();
    typed.put("username", username);
    typed.put("displayName", "");
    typed.put("grantDepartment", "SCJG");
    typed.put("grantRole", "");
    HttpResponse<String> refused = admin.post("/console/staff", typed);
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("value=\"" + username + "\"", "请填写姓名", "角色  无效",
        "id=\"grantRole0-error\"", "<option value=\"SCJG\" selected=\"selected\"");

    typed.put("displayName", "窗口新人");
    typed.put("grantRole", "CLERK");
    HttpResponse<String> added = admin.post("/console/staff", typed);
    assertThat(added.statusCode()).isEqualTo(302);
    HttpResponse<String> overview = admin.get("/console/staff");
    assertThat(overview.body()).contains("已新增工作人员 " + username, "临时密码", "窗口新人", "受理人员");

    HttpResponse<String> edit = admin.get("/console/staff/" + username);
    assertThat(edit.statusCode()).isEqualTo(200);
    assertThat(edit.body()).contains("value=\"窗口新人\"", "<option value=\"CLERK\" selected=\"selected\"");
    Map<String, String> changed = new java.util.LinkedHashMap<>();
    changed.put("displayName", "窗口老手");
    changed.put("grantDepartment", "SCJG");
    changed.put("grantRole", "REVIEWER");
    assertThat(admin.post("/console/staff/" + username, changed).statusCode()).isEqualTo(302);
    admin.get("/console/staff");
    assertThat(admin.post("/console/staff/" + username + "/password-reset", Map.of()).statusCode())
        .isEqualTo(302);
    HttpResponse<String> after = admin.get("/console/staff?lang=en");
    assertThat(after.body()).contains("已重置 " + username + " 的密码", "Must change password",
        "Reviewer", "Staff member added", "Admin audit").doesNotContain("$argon2");
  }

  private static HttpEntity<Object> english(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
    return new HttpEntity<>(body, headers);
  }

  private static List<String> fields(JsonNode problem) {
    List<String> fields = new ArrayList<>();
    problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
    return fields;
  }
}
