package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The legal clock over HTTP: a reviewer starts and ends a special procedure, an approver extends
 * the time limit, and the applicant sees every stop and the extension in the case's clock and
 * timeline; the endpoints are in the published OpenAPI document.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LegalClockIntegrationTest {

  @Autowired
  TestRestTemplate http;

  @Autowired
  ObjectMapper json;

  HallApi api;

  @BeforeEach
  void connect() {
    api = new HallApi(http, json);
  }

  private ResponseEntity<String> post(TestRestTemplate as, String path, Object body) {
    return as.postForEntity(path, body, String.class);
  }

  private void assertProblem(ResponseEntity<String> response, HttpStatus status, String code) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
    assertThat(json.readTree(response.getBody()).path("code").asText()).isEqualTo(code);
  }

  @Test
  void specialProcedureAndExtensionAreRecordedAndShownToTheApplicant() throws Exception {
    TestRestTemplate company = api.as("demo-company");
    String caseNumber = api.applyForFoodLicence();
    api.completeTask("demo-scjg-clerk", caseNumber, "ACCEPT", "ACCEPTED", "予以受理");
    String dueBefore = api.caseOf(company, caseNumber).path("dueDate").asText();
    String cases = "/api/v1/console/cases/" + caseNumber;

    TestRestTemplate reviewer = api.as("demo-scjg-reviewer");
    assertProblem(post(reviewer, cases + "/special-procedures", Map.of("kind", "EXPERT_REVIEW",
        "reason", "组织专家评审")), HttpStatus.BAD_REQUEST, "SPECIAL_PROCEDURE_DAYS_INVALID");
    JsonNode started = api.read(post(reviewer, cases + "/special-procedures", Map.of("kind", "EXPERT_REVIEW",
        "expectedWorkingDays", 10, "reason", "组织专家评审")), HttpStatus.OK);
    assertThat(started.path("status").asText()).isEqualTo("SPECIAL_PROCEDURE");
    JsonNode during = api.caseOf(company, caseNumber);
    assertThat(during.path("status").asText()).isEqualTo("SPECIAL_PROCEDURE");
    assertThat(during.path("specialProcedure").path("kind").asText()).isEqualTo("EXPERT_REVIEW");
    assertThat(during.path("specialProcedure").path("expectedWorkingDays").asInt()).isEqualTo(10);
    assertThat(during.path("specialProcedure").path("expectedEnd").asText()).isNotBlank();
    assertThat(during.path("warning").asText()).as("nothing is late while the clock stands").isEqualTo("GREEN");
    JsonNode ended = api.read(post(reviewer, cases + "/special-procedures/current/end",
        Map.of("note", "专家意见已出具")), HttpStatus.OK);
    assertThat(ended.path("status").asText()).isEqualTo("ACCEPTED");

    // §42: a co-department's approver, a supervisor and an unrelated department cannot extend the lead's case.
    assertThat(post(api.as("demo-cg-reviewer"), cases + "/extensions", Map.of("workingDays", 3, "reason", "x"))
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(post(api.as("demo-ga-supervisor"), cases + "/extensions", Map.of("workingDays", 3, "reason", "x"))
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertProblem(post(reviewer, cases + "/extensions", Map.of("workingDays", 3, "reason", "")),
        HttpStatus.BAD_REQUEST, "REASON_REQUIRED");
    assertProblem(post(reviewer, cases + "/extensions", Map.of("workingDays", 11, "reason", "情况复杂")),
        HttpStatus.BAD_REQUEST, "EXTENSION_TOO_LONG");
    ResponseEntity<String> requested = post(reviewer, cases + "/extensions",
        Map.of("workingDays", 3, "reason", "需补充现场勘验"));
    JsonNode extension = api.read(requested, HttpStatus.CREATED);
    assertThat(extension.path("status").asText()).isEqualTo("REQUESTED");
    String extensionId = extension.path("extensionId").asText();
    assertThat(api.caseOf(company, caseNumber).path("dueDate").asText()).as("nothing moves before the head decides")
        .isEqualTo(dueBefore);
    assertProblem(post(reviewer, cases + "/extensions", Map.of("workingDays", 2, "reason", "再延")),
        HttpStatus.CONFLICT, "EXTENSION_PENDING");

    String decision = cases + "/extensions/" + extensionId + "/decision";
    assertProblem(post(api.as("demo-scjg-approver"), decision, Map.of("approved", true, "note", "同意")),
        HttpStatus.FORBIDDEN, "HEAD_OF_LEAD_DEPARTMENT_REQUIRED");
    JsonNode decided = api.read(post(api.as("demo-scjg-head"), decision, Map.of("approved", true, "note", "同意延期")),
        HttpStatus.OK);
    assertThat(decided.path("extensions").get(0).path("status").asText()).isEqualTo("GRANTED");
    assertProblem(post(reviewer, cases + "/extensions", Map.of("workingDays", 2, "reason", "再延")),
        HttpStatus.CONFLICT, "EXTENSION_ALREADY_GRANTED");
    assertProblem(post(api.as("demo-scjg-head"), decision, Map.of("approved", true, "note", "再次同意")),
        HttpStatus.CONFLICT, "EXTENSION_ALREADY_DECIDED");

    JsonNode view = api.caseOf(company, caseNumber);
    assertThat(view.path("dueDate").asText()).isGreaterThan(dueBefore);
    assertThat(view.path("clock").path("extendedWorkingDays").asInt()).isEqualTo(3);
    assertThat(view.path("clock").path("stoppedWorkingDays").asInt()).isZero();
    assertThat(view.path("extensions")).singleElement().satisfies(e -> {
      assertThat(e.path("reason").asText()).isEqualTo("需补充现场勘验");
      assertThat(e.path("workingDays").asInt()).isEqualTo(3);
      assertThat(e.path("status").asText()).isEqualTo("GRANTED");
    });
    assertThat(view.path("clock").path("entries")).extracting(e -> e.path("kind").asText())
        .containsExactly("START", "STOP", "RESUME", "EXTENSION");
    assertThat(view.path("timeline")).extracting(e -> e.path("action").asText())
        .containsSubsequence("ACCEPTED", "SPECIAL_PROCEDURE_STARTED", "SPECIAL_PROCEDURE_ENDED",
            "EXTENSION_REQUESTED", "EXTENDED");

    JsonNode apiDocs = api.read(http.getForEntity("/v3/api-docs", String.class), HttpStatus.OK);
    assertThat(apiDocs.path("paths").has("/api/v1/console/cases/{caseNumber}/special-procedures")).isTrue();
    assertThat(apiDocs.path("paths").has("/api/v1/console/cases/{caseNumber}/extensions")).isTrue();
    assertThat(apiDocs.path("paths").has("/api/v1/console/cases/{caseNumber}/extensions/{extensionId}/decision"))
        .isTrue();
  }

  @Test
  void aSupplementMustAnswerEveryItemOfTheCorrectionNotice() throws Exception {
    TestRestTemplate company = api.as("demo-company");
    String caseNumber = api.applyForFoodLicence();
    TestRestTemplate clerk = api.as("demo-scjg-clerk");
    JsonNode task = HallApi.await(() -> api.taskFor(clerk, caseNumber, "ACCEPT"), t -> !t.isMissingNode(),
        "acceptance task");
    String taskId = task.path("taskId").asText();
    api.read(post(clerk, "/api/v1/console/tasks/" + taskId + "/claim", null), HttpStatus.OK);
    api.read(post(clerk, "/api/v1/console/tasks/" + taskId + "/complete", Map.of("outcome", "CORRECTION_REQUIRED",
        "opinion", "材料不齐", "missing", List.of(Map.of("requirementId", "M1", "reason", "未签字"),
            Map.of("requirementId", "M2", "reason", "缺少")))), HttpStatus.OK);
    assertThat(api.caseOf(company, caseNumber).path("acceptanceDueDate").isNull()).as("§32 stops").isTrue();

    String material = api.uploadPdf(company, "申请书-签字.pdf").path("materialId").asText();
    String supplements = "/api/v1/cases/" + caseNumber + "/supplements";
    ResponseEntity<String> partial = post(company, supplements,
        Map.of("materials", List.of(Map.of("requirementId", "M1", "materialId", material))));
    assertProblem(partial, HttpStatus.BAD_REQUEST, "CORRECTION_INCOMPLETE");
    JsonNode problem = json.readTree(partial.getBody());
    assertThat(problem.path("errors")).singleElement()
        .satisfies(e -> assertThat(e.path("code").asText()).isEqualTo("CORRECTION_ITEM_UNANSWERED"));
    assertThat(api.caseOf(company, caseNumber).path("status").asText()).isEqualTo("CORRECTION_REQUIRED");
    assertProblem(post(company, supplements, Map.of("materials", List.of())), HttpStatus.BAD_REQUEST,
        "CORRECTION_INCOMPLETE");

    JsonNode answered = api.read(post(company, supplements, Map.of(
        "materials", List.of(Map.of("requirementId", "M1", "materialId", material)),
        "explanations", Map.of("M2", "本企业无分支机构，不涉及此项材料"))), HttpStatus.OK);
    assertThat(answered.path("status").asText()).isEqualTo("SUBMITTED");
    assertThat(answered.path("acceptanceDueDate").asText()).as("a new five-day period").isNotBlank();
    assertThat(answered.path("timeline")).filteredOn(e -> e.path("action").asText().equals("SUPPLEMENTED"))
        .singleElement().satisfies(e -> assertThat(e.path("note").asText()).contains("不涉及此项材料"));

    ResponseEntity<String> again = post(company, supplements, Map.of("materials", List.of()));
    assertProblem(again, HttpStatus.CONFLICT, "ILLEGAL_TRANSITION");
    assertThat(json.readTree(again.getBody()).path("detail").asText()).as("in words, not codes")
        .contains("已提交").contains("补正材料").doesNotContain("SUBMITTED").doesNotContain("SUPPLEMENTED");
  }

  @Test
  void aCaseIsVisibleOnlyToThoseTheAccessPolicyNames() throws Exception {
    String caseNumber = api.applyForFoodLicence();
    String path = "/api/v1/console/cases/" + caseNumber;
    for (String user : List.of("demo-scjg-clerk", "demo-scjg-reviewer", "demo-supervisor", "demo-admin")) {
      assertThat(api.as(user).getForEntity(path, String.class).getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
    }
    for (String user : List.of("demo-cg-reviewer", "demo-sthj-reviewer", "demo-ga-supervisor")) {
      assertThat(api.as(user).getForEntity(path, String.class).getStatusCode()).as(user)
          .isEqualTo(HttpStatus.NOT_FOUND);
    }
    assertThat(api.as("demo-citizen").getForEntity("/api/v1/cases/" + caseNumber, String.class).getStatusCode())
        .as("another applicant").isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void coDepartmentReviewersSeeTheJointCaseReviewItAndTheApproverSeesEveryOpinion() throws Exception {
    TestRestTemplate company = api.as("demo-company");
    String pdf = api.uploadPdf(company, "联办申请材料.pdf").path("materialId").asText();
    Map<String, Object> application = Map.of("itemCode", "SCJG-006",
        "formData", Map.of("applicantName", "福州海峡食品贸易有限公司", "creditCode", "91350100M000100Y43",
            "shopAddress", "福州市鼓楼区五一北路 1 号", "seatCount", "40", "businessArea", "120",
            "contactPhone", "13812345678"),
        "materials", List.of(Map.of("requirementId", "M1", "materialId", pdf),
            Map.of("requirementId", "M2", "materialId", pdf), Map.of("requirementId", "M3", "materialId", pdf),
            Map.of("requirementId", "M4", "materialId", pdf), Map.of("requirementId", "M5", "materialId", pdf),
            Map.of("requirementId", "M6", "materialId", pdf)));
    String caseNumber = api.read(api.file(company, application, HallApi.newIdempotencyKey()), HttpStatus.CREATED)
        .path("caseNumber").asText();
    api.completeTask("demo-scjg-clerk", caseNumber, "ACCEPT", "ACCEPTED", "予以受理");
    String path = "/api/v1/console/cases/" + caseNumber;

    JsonNode seen = api.read(api.as("demo-cg-reviewer").getForEntity(path, String.class), HttpStatus.OK);
    assertThat(seen.path("access").asText()).isEqualTo("CO_DEPARTMENT_STAFF");
    assertThat(seen.path("coDepartments")).extracting(JsonNode::asText).containsExactly("CG", "STHJ");
    assertThat(api.as("demo-ga-supervisor").getForEntity(path, String.class).getStatusCode())
        .as("a supervisor of another department").isEqualTo(HttpStatus.NOT_FOUND);
    assertProblem(post(api.as("demo-cg-reviewer"), path + "/extensions", Map.of("workingDays", 3, "reason", "x")),
        HttpStatus.FORBIDDEN, "NOT_CASE_HANDLER");

    JsonNode cgTask = HallApi.await(() -> api.taskFor(api.as("demo-cg-reviewer"), caseNumber, "REVIEW"),
        t -> !t.isMissingNode(), "城管's review task");
    assertThat(cgTask.path("departmentCode").asText()).isEqualTo("CG");
    assertThat(api.taskFor(api.as("demo-scjg-reviewer"), caseNumber, "REVIEW").isMissingNode())
        .as("the lead's reviewer does not hold the co-departments' reviews").isTrue();
    api.completeTask("demo-cg-reviewer", caseNumber, "REVIEW", "FAILED", "占道经营，不符合市容要求");
    api.completeTask("demo-sthj-reviewer", caseNumber, "REVIEW", "PASSED", "排污符合要求");

    TestRestTemplate approver = api.as("demo-scjg-approver");
    JsonNode decide = HallApi.await(() -> api.taskFor(approver, caseNumber, "DECIDE"), t -> !t.isMissingNode(),
        "decision task");
    assertThat(decide.path("outcomes")).extracting(JsonNode::asText).contains("APPROVED", "DENIED", "RETURNED");
    JsonNode staffView = api.read(approver.getForEntity(path, String.class), HttpStatus.OK);
    assertThat(staffView.path("reviews")).extracting(r -> r.path("departmentCode").asText() + ":"
        + r.path("action").asText()).containsExactlyInAnyOrder("CG:REVIEW_FAILED", "STHJ:REVIEW_PASSED");
    String taskId = decide.path("taskId").asText();
    api.read(post(approver, "/api/v1/console/tasks/" + taskId + "/claim", null), HttpStatus.OK);
    assertProblem(post(approver, "/api/v1/console/tasks/" + taskId + "/complete", Map.of("outcome", "APPROVED")),
        HttpStatus.BAD_REQUEST, "OVERRULING_REASON_REQUIRED");
    api.read(post(approver, "/api/v1/console/tasks/" + taskId + "/complete",
        Map.of("outcome", "RETURNED", "opinion", "请城管局结合整改承诺重新审查")), HttpStatus.OK);
    JsonNode again = HallApi.await(() -> api.taskFor(api.as("demo-cg-reviewer"), caseNumber, "REVIEW"),
        t -> !t.isMissingNode(), "城管's second review");
    assertThat(again.path("taskId").asText()).isNotEqualTo(cgTask.path("taskId").asText());
    assertThat(api.caseOf(company, caseNumber).path("timeline")).extracting(e -> e.path("action").asText())
        .containsSubsequence("REVIEW_FAILED", "RETURNED_TO_REVIEW");
  }
}
