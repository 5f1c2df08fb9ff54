package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The legal clock over HTTP: a reviewer starts and ends a special procedure, an approver extends
 * the time limit, and the applicant sees every stop and the extension in the case's clock and
 * timeline; the endpoints are in the published OpenAPI document.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LegalClockIntegrationTest {

  private static final String PASSWORD = "Demo#2026";
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @Autowired
  TestRestTemplate http;

  @Autowired
  ObjectMapper json;

  @Test
  void specialProcedureAndExtensionAreRecordedAndShownToTheApplicant() throws Exception {
    TestRestTemplate company = http.withBasicAuth("demo-company", PASSWORD);
    String caseNumber = applyForFoodLicence(company);
    accept(caseNumber);
    String dueBefore = caseOf(company, caseNumber).path("dueDate").asText();

    TestRestTemplate reviewer = http.withBasicAuth("demo-reviewer", PASSWORD);
    JsonNode started = read(reviewer.postForEntity("/api/v1/console/cases/" + caseNumber + "/special-procedures",
        Map.of("kind", "EXPERT_REVIEW", "reason", "组织专家评审"), String.class), HttpStatus.OK);
    assertThat(started.path("status").asText()).isEqualTo("SPECIAL_PROCEDURE");
    assertThat(caseOf(company, caseNumber).path("status").asText()).isEqualTo("SPECIAL_PROCEDURE");
    JsonNode ended = read(reviewer.postForEntity("/api/v1/console/cases/" + caseNumber
        + "/special-procedures/current/end", Map.of("note", "专家意见已出具"), String.class), HttpStatus.OK);
    assertThat(ended.path("status").asText()).isEqualTo("ACCEPTED");

    ResponseEntity<String> byReviewer = reviewer.postForEntity("/api/v1/console/cases/" + caseNumber
        + "/extensions", Map.of("workingDays", 3, "reason", "情况复杂"), String.class);
    assertThat(byReviewer.getStatusCode()).as("only an approver extends").isEqualTo(HttpStatus.NOT_FOUND);
    TestRestTemplate approver = http.withBasicAuth("demo-approver", PASSWORD);
    ResponseEntity<String> noReason = approver.postForEntity("/api/v1/console/cases/" + caseNumber
        + "/extensions", Map.of("workingDays", 3, "reason", ""), String.class);
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(noReason.getBody()).path("code").asText()).isEqualTo("REASON_REQUIRED");
    read(approver.postForEntity("/api/v1/console/cases/" + caseNumber + "/extensions",
        Map.of("workingDays", 3, "reason", "情况复杂，经负责人批准"), String.class), HttpStatus.OK);

    JsonNode view = caseOf(company, caseNumber);
    assertThat(view.path("dueDate").asText()).isGreaterThan(dueBefore);
    assertThat(view.path("clock").path("extendedWorkingDays").asInt()).isEqualTo(3);
    assertThat(view.path("clock").path("stoppedWorkingDays").asInt()).isZero();
    assertThat(view.path("clock").path("entries")).extracting(e -> e.path("kind").asText())
        .containsExactly("START", "STOP", "RESUME", "EXTENSION");
    assertThat(view.path("timeline")).extracting(e -> e.path("action").asText())
        .containsSubsequence("ACCEPTED", "SPECIAL_PROCEDURE_STARTED", "SPECIAL_PROCEDURE_ENDED", "EXTENDED");

    JsonNode apiDocs = read(http.getForEntity("/v3/api-docs", String.class), HttpStatus.OK);
    assertThat(apiDocs.path("paths").has("/api/v1/console/cases/{caseNumber}/special-procedures")).isTrue();
    assertThat(apiDocs.path("paths").has("/api/v1/console/cases/{caseNumber}/special-procedures/current/end")).isTrue();
    assertThat(apiDocs.path("paths").has("/api/v1/console/cases/{caseNumber}/extensions")).isTrue();
  }

  private String applyForFoodLicence(TestRestTemplate company) throws Exception {
    var upload = new LinkedMultiValueMap<String, Object>();
    upload.add("file", new ByteArrayResource(pdf()) {
      @Override
      public String getFilename() {
        return "申请书.pdf";
      }
    });
    HttpHeaders multipart = new HttpHeaders();
    multipart.setContentType(MediaType.MULTIPART_FORM_DATA);
    JsonNode material = read(company.postForEntity("/api/v1/materials",
        new HttpEntity<>(upload, multipart), String.class), HttpStatus.CREATED);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set("Idempotency-Key", UUID.randomUUID().toString());
    Map<String, Object> application = Map.of(
        "itemCode", "SCJG-001",
        "formData", Map.of("applicantName", "福州海峡食品贸易有限公司",
            "creditCode", "91350100M000100Y43", "businessScope", "HOT_FOOD",
            "contactPhone", "13812345678"),
        "materials", List.of(Map.of("requirementId", "M1",
            "materialId", material.path("materialId").asText())));
    return read(company.postForEntity("/api/v1/cases", new HttpEntity<>(application, headers),
        String.class), HttpStatus.CREATED).path("caseNumber").asText();
  }

  private void accept(String caseNumber) throws Exception {
    TestRestTemplate clerk = http.withBasicAuth("demo-clerk", PASSWORD);
    Instant giveUp = Instant.now().plus(PATIENCE);
    JsonNode task = null;
    while (task == null) {
      for (JsonNode t : read(clerk.exchange("/api/v1/console/tasks?stage=ACCEPT", HttpMethod.GET, null,
          String.class), HttpStatus.OK)) {
        if (t.path("caseNumber").asText().equals(caseNumber)) {
          task = t;
        }
      }
      if (task == null) {
        assertThat(Instant.now()).as("accept task of " + caseNumber).isBefore(giveUp);
        Thread.sleep(200);
      }
    }
    read(clerk.postForEntity("/api/v1/console/tasks/" + task.path("taskId").asText() + "/complete",
        Map.of("outcome", "ACCEPTED", "opinion", "予以受理"), String.class), HttpStatus.OK);
  }

  private JsonNode caseOf(TestRestTemplate applicant, String caseNumber) throws IOException {
    return read(applicant.getForEntity("/api/v1/cases/" + caseNumber, String.class), HttpStatus.OK);
  }

  private JsonNode read(ResponseEntity<String> response, HttpStatus expected) throws IOException {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(expected);
    return json.readTree(response.getBody());
  }

  private static byte[] pdf() throws IOException {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.addPage(new PDPage());
      doc.save(out);
      return out.toByteArray();
    }
  }
}
