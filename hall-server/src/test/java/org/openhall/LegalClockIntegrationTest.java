package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

  @Test
  void specialProcedureAndExtensionAreRecordedAndShownToTheApplicant() throws Exception {
    TestRestTemplate company = api.as("demo-company");
    String caseNumber = api.applyForFoodLicence();
    api.completeTask("demo-clerk", caseNumber, "ACCEPT", "ACCEPTED", "予以受理");
    String dueBefore = api.caseOf(company, caseNumber).path("dueDate").asText();

    TestRestTemplate reviewer = api.as("demo-reviewer");
    JsonNode started = api.read(reviewer.postForEntity("/api/v1/console/cases/" + caseNumber + "/special-procedures",
        Map.of("kind", "EXPERT_REVIEW", "reason", "组织专家评审"), String.class), HttpStatus.OK);
    assertThat(started.path("status").asText()).isEqualTo("SPECIAL_PROCEDURE");
    assertThat(api.caseOf(company, caseNumber).path("status").asText()).isEqualTo("SPECIAL_PROCEDURE");
    JsonNode ended = api.read(reviewer.postForEntity("/api/v1/console/cases/" + caseNumber
        + "/special-procedures/current/end", Map.of("note", "专家意见已出具"), String.class), HttpStatus.OK);
    assertThat(ended.path("status").asText()).isEqualTo("ACCEPTED");

    ResponseEntity<String> byReviewer = reviewer.postForEntity("/api/v1/console/cases/" + caseNumber
        + "/extensions", Map.of("workingDays", 3, "reason", "情况复杂"), String.class);
    assertThat(byReviewer.getStatusCode()).as("only an approver extends").isEqualTo(HttpStatus.NOT_FOUND);
    TestRestTemplate approver = api.as("demo-approver");
    ResponseEntity<String> noReason = approver.postForEntity("/api/v1/console/cases/" + caseNumber
        + "/extensions", Map.of("workingDays", 3, "reason", ""), String.class);
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(noReason.getBody()).path("code").asText()).isEqualTo("REASON_REQUIRED");
    api.read(approver.postForEntity("/api/v1/console/cases/" + caseNumber + "/extensions",
        Map.of("workingDays", 3, "reason", "情况复杂，经负责人批准"), String.class), HttpStatus.OK);

    JsonNode view = api.caseOf(company, caseNumber);
    assertThat(view.path("dueDate").asText()).isGreaterThan(dueBefore);
    assertThat(view.path("clock").path("extendedWorkingDays").asInt()).isEqualTo(3);
    assertThat(view.path("clock").path("stoppedWorkingDays").asInt()).isZero();
    assertThat(view.path("clock").path("entries")).extracting(e -> e.path("kind").asText())
        .containsExactly("START", "STOP", "RESUME", "EXTENSION");
    assertThat(view.path("timeline")).extracting(e -> e.path("action").asText())
        .containsSubsequence("ACCEPTED", "SPECIAL_PROCEDURE_STARTED", "SPECIAL_PROCEDURE_ENDED", "EXTENDED");

    JsonNode apiDocs = api.read(http.getForEntity("/v3/api-docs", String.class), HttpStatus.OK);
    assertThat(apiDocs.path("paths").has("/api/v1/console/cases/{caseNumber}/special-procedures")).isTrue();
    assertThat(apiDocs.path("paths").has("/api/v1/console/cases/{caseNumber}/special-procedures/current/end")).isTrue();
    assertThat(apiDocs.path("paths").has("/api/v1/console/cases/{caseNumber}/extensions")).isTrue();
  }
}
