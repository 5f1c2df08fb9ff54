package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
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
 * The JSON API as a test sees it, over real HTTP: demo accounts, the food-licence application of
 * demo-company (SCJG-001), worklist steps, and waiting for the asynchronous parts (the process
 * starts after the filing commits; the licence is issued by a job).
 */
final class HallApi {

  static final String PASSWORD = "Demo#2026";
  static final String ITEM = "SCJG-001";
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private final TestRestTemplate http;
  private final ObjectMapper json;

  HallApi(TestRestTemplate http, ObjectMapper json) {
    this.http = http;
    this.json = json;
  }

  TestRestTemplate as(String user) {
    return http.withBasicAuth(user, PASSWORD);
  }

  JsonNode read(ResponseEntity<String> response, HttpStatus expected) throws IOException {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(expected);
    return json.readTree(response.getBody());
  }

  /** Uploads a one-page PDF into the caller's vault and returns the material. */
  JsonNode uploadPdf(TestRestTemplate applicant, String fileName) throws IOException {
    var upload = new LinkedMultiValueMap<String, Object>();
    upload.add("file", new ByteArrayResource(blankPdf()) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    HttpHeaders multipart = new HttpHeaders();
    multipart.setContentType(MediaType.MULTIPART_FORM_DATA);
    return read(applicant.postForEntity("/api/v1/materials", new HttpEntity<>(upload, multipart),
        String.class), HttpStatus.CREATED);
  }

  /** The food-licence application of demo-company with the given material for M1. */
  static Map<String, Object> foodLicenceApplication(String materialId) {
    return Map.of(
        "itemCode", ITEM,
        "formData", Map.of("applicantName", "福州海峡食品贸易有限公司",
            "creditCode", "91350100M000100Y43", "businessScope", "HOT_FOOD",
            "contactPhone", "13812345678"),
        "materials", List.of(Map.of("requirementId", "M1", "materialId", materialId)));
  }

  /** Files with an Idempotency-Key; the same headers again must give the same case. */
  ResponseEntity<String> file(TestRestTemplate applicant, Map<String, Object> application,
      HttpHeaders idempotent) {
    return applicant.postForEntity("/api/v1/cases", new HttpEntity<>(application, idempotent), String.class);
  }

  static HttpHeaders newIdempotencyKey() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set("Idempotency-Key", UUID.randomUUID().toString());
    return headers;
  }

  /** demo-company applies for the food licence with a fresh PDF; returns the case number. */
  String applyForFoodLicence() throws IOException {
    TestRestTemplate company = as("demo-company");
    String material = uploadPdf(company, "申请书.pdf").path("materialId").asText();
    return read(file(company, foodLicenceApplication(material), newIdempotencyKey()), HttpStatus.CREATED)
        .path("caseNumber").asText();
  }

  JsonNode caseOf(TestRestTemplate applicant, String caseNumber) throws IOException {
    return read(applicant.getForEntity("/api/v1/cases/" + caseNumber, String.class), HttpStatus.OK);
  }

  /** Waits for the stage's task of the case on the user's worklist, claims and completes it. */
  String completeTask(String user, String caseNumber, String stage, String outcome, String opinion)
      throws Exception {
    TestRestTemplate staff = as(user);
    JsonNode task = await(() -> taskFor(staff, caseNumber, stage), t -> !t.isMissingNode(),
        stage + " task of " + caseNumber + " on the worklist of " + user);
    String taskId = task.path("taskId").asText();
    read(staff.postForEntity("/api/v1/console/tasks/" + taskId + "/claim", null, String.class), HttpStatus.OK);
    read(staff.postForEntity("/api/v1/console/tasks/" + taskId + "/complete",
        Map.of("outcome", outcome, "opinion", opinion), String.class), HttpStatus.OK);
    return taskId;
  }

  JsonNode taskFor(TestRestTemplate staff, String caseNumber, String stage) throws IOException {
    JsonNode tasks = read(staff.exchange("/api/v1/console/tasks?stage=" + stage + "&caseNumber=" + caseNumber, HttpMethod.GET, null,
        String.class), HttpStatus.OK);
    for (JsonNode t : tasks) {
      if (t.path("caseNumber").asText().equals(caseNumber)) {
        return t;
      }
    }
    return MissingNode.getInstance();
  }

  /** Polls until {@code done} holds, or fails saying what it waited for and what it last saw. */
  static JsonNode await(Probe probe, Predicate<JsonNode> done, String what) throws Exception {
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

  static byte[] blankPdf() throws IOException {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.addPage(new PDPage());
      doc.save(out);
      return out.toByteArray();
    }
  }

  /** One look at the server. */
  @FunctionalInterface
  interface Probe {
    JsonNode get() throws Exception;
  }
}
