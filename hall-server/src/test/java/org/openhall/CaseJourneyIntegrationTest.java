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
import java.util.function.Predicate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * The foundation's promise, over real HTTP against the running server: a company applies online
 * for a food business licence with its form and an uploaded PDF, a clerk accepts, a reviewer
 * passes, an approver approves, the engine issues the licence, and the company downloads a PDF
 * whose text names the holder, the item, the licence number and the issuing department.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseJourneyIntegrationTest {

  private static final String PASSWORD = "Demo#2026";
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @Autowired
  TestRestTemplate http;

  @Autowired
  ObjectMapper json;

  @Test
  void foodBusinessLicenceGoesFromOnlineApplicationToDownloadedLicence() throws Exception {
    TestRestTemplate company = http.withBasicAuth("demo-company", PASSWORD);

    JsonNode guide = read(http.getForEntity("/api/v1/items/SCJG-001", String.class), HttpStatus.OK);
    assertThat(guide.path("name").asText()).isEqualTo("食品经营许可（新办）");
    String requirementId = guide.path("materials").get(0).path("id").asText();

    var upload = new LinkedMultiValueMap<String, Object>();
    upload.add("file", new ByteArrayResource(applicationFormPdf()) {
      @Override
      public String getFilename() {
        return "申请书.pdf";
      }
    });
    HttpHeaders multipart = new HttpHeaders();
    multipart.setContentType(MediaType.MULTIPART_FORM_DATA);
    JsonNode material = read(company.postForEntity("/api/v1/materials",
        new HttpEntity<>(upload, multipart), String.class), HttpStatus.CREATED);
    assertThat(material.path("mediaType").asText()).isEqualTo("application/pdf");

    HttpHeaders idempotent = new HttpHeaders();
    idempotent.setContentType(MediaType.APPLICATION_JSON);
    idempotent.set("Idempotency-Key", UUID.randomUUID().toString());
    Map<String, Object> application = Map.of(
        "itemCode", "SCJG-001",
        "formData", Map.of("applicantName", "福州海峡食品贸易有限公司",
            "creditCode", "91350100M000100Y43", "businessScope", "HOT_FOOD",
            "contactPhone", "13812345678"),
        "materials", List.of(Map.of("requirementId", requirementId,
            "materialId", material.path("materialId").asText())));
    JsonNode submitted = read(company.postForEntity("/api/v1/cases",
        new HttpEntity<>(application, idempotent), String.class), HttpStatus.CREATED);
    String caseNumber = submitted.path("caseNumber").asText();
    assertThat(submitted.path("status").asText()).isEqualTo("SUBMITTED");

    JsonNode again = read(company.postForEntity("/api/v1/cases",
        new HttpEntity<>(application, idempotent), String.class), HttpStatus.OK);
    assertThat(again.path("caseNumber").asText()).as("same Idempotency-Key, same case").isEqualTo(caseNumber);

    completeTask("demo-clerk", caseNumber, "ACCEPT", "ACCEPTED", "材料齐全，予以受理");
    JsonNode accepted = caseOf(company, caseNumber);
    assertThat(accepted.path("status").asText()).isEqualTo("ACCEPTED");
    assertThat(accepted.path("dueDate").asText()).matches("\\d{4}-\\d{2}-\\d{2}");

    completeTask("demo-reviewer", caseNumber, "REVIEW", "PASSED", "经审查，符合许可条件");
    assertThat(caseOf(company, caseNumber).path("status").asText()).isEqualTo("UNDER_REVIEW");

    completeTask("demo-approver", caseNumber, "DECIDE", "APPROVED", "准予许可");
    JsonNode issued = await(() -> caseOf(company, caseNumber),
        c -> c.path("status").asText().equals("ISSUED"), "case " + caseNumber + " issued");
    String licenceNumber = issued.path("licence").path("licenceNumber").asText();
    assertThat(licenceNumber).startsWith("SCJG-001-");
    assertThat(issued.path("timeline")).extracting(n -> n.path("action").asText())
        .containsExactly("SUBMITTED", "ACCEPTED", "REVIEW_PASSED", "APPROVED", "ISSUED");

    ResponseEntity<byte[]> pdf = company.getForEntity("/api/v1/cases/" + caseNumber + "/licence.pdf", byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    try (PDDocument licence = Loader.loadPDF(pdf.getBody())) {
      String text = new PDFTextStripper().getText(licence);
      assertThat(text).contains("福州海峡食品贸易有限公司")
          .contains("食品经营许可（新办）")
          .contains(licenceNumber)
          .contains("市场监督管理局");
      PDFont font = licence.getPage(0).getResources().getFont(
          licence.getPage(0).getResources().getFontNames().iterator().next());
      assertThat(font.isEmbedded()).as("the CJK font is embedded").isTrue();
      assertThat(font.getName()).as("embedded as a subset").matches("[A-Z]{6}\\+.*");
    }

    JsonNode verified = read(http.getForEntity("/api/v1/licences/"
        + issued.path("licence").path("verificationCode").asText(), String.class), HttpStatus.OK);
    assertThat(verified.path("status").asText()).isEqualTo("VALID");
    assertThat(verified.path("licenceNumber").asText()).isEqualTo(licenceNumber);
  }

  @Test
  void anotherApplicantCannotSeeTheCase() throws Exception {
    TestRestTemplate citizen = http.withBasicAuth("demo-citizen", PASSWORD);
    ResponseEntity<String> answer = citizen.getForEntity("/api/v1/cases/2099010100001", String.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(json.readTree(answer.getBody()).path("code").asText()).isEqualTo("CASE_NOT_FOUND");
  }

  @Test
  void staffCannotUseTheApplicantApiNorApplicantsTheConsole() throws Exception {
    ResponseEntity<String> clerkFiling = http.withBasicAuth("demo-clerk", PASSWORD)
        .getForEntity("/api/v1/cases", String.class);
    assertThat(clerkFiling.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> citizenWorklist = http.withBasicAuth("demo-citizen", PASSWORD)
        .getForEntity("/api/v1/console/tasks", String.class);
    assertThat(citizenWorklist.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(json.readTree(citizenWorklist.getBody()).path("code").asText()).isEqualTo("FORBIDDEN");
  }

  private void completeTask(String user, String caseNumber, String stage, String outcome,
      String opinion) throws Exception {
    TestRestTemplate staff = http.withBasicAuth(user, PASSWORD);
    JsonNode task = await(() -> taskFor(staff, caseNumber, stage), t -> !t.isMissingNode(),
        stage + " task of " + caseNumber + " on the worklist of " + user);
    String taskId = task.path("taskId").asText();
    read(staff.postForEntity("/api/v1/console/tasks/" + taskId + "/claim", null, String.class), HttpStatus.OK);
    read(staff.postForEntity("/api/v1/console/tasks/" + taskId + "/complete",
        Map.of("outcome", outcome, "opinion", opinion), String.class), HttpStatus.OK);
    ResponseEntity<String> twice = staff.postForEntity("/api/v1/console/tasks/" + taskId + "/complete",
        Map.of("outcome", outcome, "opinion", opinion), String.class);
    assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(json.readTree(twice.getBody()).path("code").asText()).isEqualTo("TASK_ALREADY_COMPLETED");
  }

  private JsonNode taskFor(TestRestTemplate staff, String caseNumber, String stage) throws IOException {
    JsonNode tasks = read(staff.exchange("/api/v1/console/tasks?stage=" + stage, HttpMethod.GET, null,
        String.class), HttpStatus.OK);
    for (JsonNode t : tasks) {
      if (t.path("caseNumber").asText().equals(caseNumber)) {
        return t;
      }
    }
    return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
  }

  private JsonNode caseOf(TestRestTemplate applicant, String caseNumber) throws IOException {
    return read(applicant.getForEntity("/api/v1/cases/" + caseNumber, String.class), HttpStatus.OK);
  }

  private JsonNode read(ResponseEntity<String> response, HttpStatus expected) throws IOException {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(expected);
    return json.readTree(response.getBody());
  }

  /** Waits for the asynchronous parts (process start after commit, the issuing job). */
  private static JsonNode await(Step<JsonNode> probe, Predicate<JsonNode> done, String what) throws Exception {
    Instant giveUp = Instant.now().plus(PATIENCE);
    JsonNode last = probe.get();
    while (!done.test(last)) {
      if (Instant.now().isAfter(giveUp)) {
        throw new AssertionError("gave up waiting for " + what + "; last seen: " + last);
      }
      Thread.sleep(200);
      last = probe.get();
    }
    return last;
  }

  private static byte[] applicationFormPdf() throws IOException {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.addPage(new PDPage());
      doc.save(out);
      return out.toByteArray();
    }
  }

  @FunctionalInterface
  private interface Step<T> {
    T get() throws Exception;
  }
}
