package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.identity.Account;
import org.openhall.identity.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * 送达 over HTTP: a result is handed over only once it exists and only by a clerk of the lead department
 * (a real case of another department stays out of reach); the collector's ID number is checked and shown
 * masked to everyone after the clerk's own answer; the applicant sees how it was handed over; a download
 * by the applicant is recorded by itself, the first time only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeliveryIntegrationTest {

  @Autowired
  TestRestTemplate http;

  @Autowired
  ObjectMapper json;

  @Autowired
  Accounts accountRepository;

  @Autowired
  PasswordEncoder passwords;

  HallApi api;

  @BeforeEach
  void connect() {
    api = new HallApi(http, json);
  }

  private String deliveries(String caseNumber) {
    return "/api/v1/console/cases/" + caseNumber + "/deliveries";
  }

  private static Map<String, Object> collection(String name, String idNumber) {
    Map<String, Object> body = new HashMap<>();
    body.put("method", "COLLECTED_AT_WINDOW");
    body.put("collectorName", name);
    body.put("collectorIdNumber", idNumber);
    body.put("collectorRelation", "本单位员工");
    return body;
  }

  private void assertProblem(ResponseEntity<String> response, HttpStatus status, String code) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
    assertThat(json.readTree(response.getBody()).path("code").asText()).isEqualTo(code);
  }

  /** demo-company's food licence refused at acceptance: the quickest case with a result (a decision). */
  private String refusedCase() throws Exception {
    String caseNumber = api.applyForFoodLicence();
    api.completeTask("demo-scjg-clerk", caseNumber, "ACCEPT", "NOT_ACCEPTED", "申请事项不属于本机关职权范围");
    return caseNumber;
  }

  @Test
  void aResultIsHandedOverOnlyOnceItExistsAndOnlyByAClerkOfTheLeadDepartment() throws Exception {
    String caseNumber = api.applyForFoodLicence();
    String idNumber = Parties.newResidentIdNumber();
    assertProblem(api.as("demo-scjg-clerk").postForEntity(deliveries(caseNumber), collection("王小明", idNumber),
        String.class), HttpStatus.CONFLICT, "DELIVERY_NO_RESULT_YET");
    assertProblem(api.as("demo-scjg-reviewer").postForEntity(deliveries(caseNumber), collection("王小明", idNumber),
        String.class), HttpStatus.FORBIDDEN, "DELIVERY_CLERK_REQUIRED");

    // A real case of another department (公安局's seal filing, FILED at once): SCJG's clerk cannot reach it.
    Account company = new Parties(accountRepository, passwords).company("闽侯送达测试有限公司");
    String filing = new Filings(api).sealFiling(company);
    HallApi.await(() -> api.caseOf(api.as(company.username()), filing),
        c -> c.path("status").asText().equals("FILED"), "seal filing " + filing + " filed");
    assertThat(api.as("demo-scjg-clerk").postForEntity(deliveries(filing), collection("王小明", idNumber),
        String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertProblem(api.as("demo-ga-supervisor").postForEntity(deliveries(filing), collection("王小明", idNumber),
        String.class), HttpStatus.FORBIDDEN, "DELIVERY_CLERK_REQUIRED");
    JsonNode recorded = api.read(api.as("demo-clerk").postForEntity(deliveries(filing),
        collection("王小明", idNumber), String.class), HttpStatus.CREATED);
    assertThat(recorded.path("method").asText()).isEqualTo("COLLECTED_AT_WINDOW");
    assertThat(recorded.path("result").asText()).as("a filing's result is its receipt").isEqualTo("DECISION");
  }

  @LocalServerPort
  int port;

  /** The applicant's stage bar says 送达 is done only once the result was handed over, not at issue. */
  @Test
  void theStageBarShowsDeliveryDoneOnlyAfterTheLicenceWasHandedOver() throws Exception {
    String caseNumber = api.applyForFoodLicence();
    api.completeTask("demo-scjg-clerk", caseNumber, "ACCEPT", "ACCEPTED", "予以受理");
    api.completeTask("demo-scjg-reviewer", caseNumber, "REVIEW", "PASSED", "符合条件");
    api.completeTask("demo-scjg-approver", caseNumber, "DECIDE", "APPROVED", "准予许可");
    HallApi.await(() -> api.caseOf(api.as("demo-company"), caseNumber),
        c -> c.path("status").asText().equals("ISSUED"), "the licence of " + caseNumber);
    PortalSession company = PortalSession.signIn(port, "demo-company");

    assertThat(company.get("/cases/" + caseNumber).body())
        .contains("data-stage=\"ISSUE\" data-state=\"DONE\"")
        .contains("data-stage=\"DELIVER\" data-state=\"CURRENT\"");
    api.read(api.as("demo-scjg-clerk").postForEntity(deliveries(caseNumber),
        collection("王小明", Parties.newResidentIdNumber()), String.class), HttpStatus.CREATED);
    assertThat(company.get("/cases/" + caseNumber).body())
        .contains("data-stage=\"DELIVER\" data-state=\"DONE\"");
  }

  @Test
  void theCollectorsIdIsCheckedAndShownMaskedAndTheApplicantSeesTheHandingOver() throws Exception {
    String caseNumber = refusedCase();
    TestRestTemplate clerk = api.as("demo-scjg-clerk");
    String idNumber = Parties.newResidentIdNumber();
    char last = idNumber.charAt(17);
    String wrongCheckDigit = idNumber.substring(0, 17) + (last == '1' ? '2' : '1');

    ResponseEntity<String> refused = clerk.postForEntity(deliveries(caseNumber),
        collection("", wrongCheckDigit), String.class);
    assertProblem(refused, HttpStatus.BAD_REQUEST, "VALIDATION_FAILED");
    JsonNode errors = json.readTree(refused.getBody()).path("errors");
    assertThat(errors).extracting(e -> e.path("field").asText() + ":" + e.path("code").asText())
        .containsExactlyInAnyOrder("collectorName:DELIVERY_COLLECTOR_REQUIRED", "collectorIdNumber:DELIVERY_ID_INVALID");
    assertThat(refused.getBody()).contains("校验位");
    Map<String, Object> posted = new HashMap<>(Map.of("method", "POSTED", "carrier", "中国邮政 EMS"));
    ResponseEntity<String> noTracking = clerk.postForEntity(deliveries(caseNumber), posted, String.class);
    assertProblem(noTracking, HttpStatus.BAD_REQUEST, "VALIDATION_FAILED");
    assertThat(json.readTree(noTracking.getBody()).path("errors")).extracting(e -> e.path("code").asText())
        .containsExactly("DELIVERY_TRACKING_REQUIRED");

    JsonNode collected = api.read(clerk.postForEntity(deliveries(caseNumber), collection("王小明", idNumber),
        String.class), HttpStatus.CREATED);
    assertThat(collected.path("collectorIdNumber").asText()).as("in full for the clerk, this once").isEqualTo(idNumber);
    assertThat(collected.path("collectorIdMasked").asText()).startsWith(idNumber.substring(0, 4)).contains("****")
        .doesNotContain(idNumber.substring(6, 14));
    // MySQL keeps whole seconds here (Connector/J with sendFractionalSeconds=false, as Camunda asks): a
    // posting comes long after a collection in life; here it must at least come a second later
    java.time.Instant collectedAt = java.time.Instant.now();
    while (java.time.Instant.now().getEpochSecond() <= collectedAt.getEpochSecond()) {
      Thread.sleep(50);
    }
    posted.put("trackingNumber", "ea 123456789 cn");
    JsonNode post = api.read(clerk.postForEntity(deliveries(caseNumber), posted, String.class), HttpStatus.CREATED);
    assertThat(post.path("trackingNumber").asText()).isEqualTo("EA123456789CN");

    String staffView = api.as("demo-scjg-reviewer").getForEntity("/api/v1/console/cases/" + caseNumber,
        String.class).getBody();
    assertThat(staffView).doesNotContain(idNumber);
    assertThat(json.readTree(staffView).path("deliveries")).extracting(d -> d.path("method").asText())
        .containsExactly("COLLECTED_AT_WINDOW", "POSTED");
    assertThat(json.readTree(staffView).path("deliveries").get(0).path("collectorName").asText()).isEqualTo("王小明");

    ResponseEntity<String> mine = api.as("demo-company").getForEntity("/api/v1/cases/" + caseNumber, String.class);
    assertThat(mine.getBody()).doesNotContain(idNumber).doesNotContain("王小明");
    JsonNode delivered = json.readTree(mine.getBody()).path("deliveries");
    assertThat(delivered).hasSize(2);
    assertThat(delivered.get(0).path("collectorNameMasked").asText()).isEqualTo("王**");
    assertThat(delivered.get(0).path("collectorIdMasked").asText()).contains("****");
    assertThat(delivered.get(1).path("carrier").asText()).isEqualTo("中国邮政 EMS");
    assertThat(delivered.get(1).path("trackingNumber").asText()).isEqualTo("EA123456789CN");

    JsonNode apiDocs = api.read(http.getForEntity("/v3/api-docs", String.class), HttpStatus.OK);
    assertThat(apiDocs.path("paths").has("/api/v1/console/cases/{caseNumber}/deliveries")).isTrue();
  }

  @Test
  void theApplicantsFirstDownloadOfTheResultIsRecordedOnce() throws Exception {
    String caseNumber = refusedCase();
    TestRestTemplate company = api.as("demo-company");
    JsonNode documents = HallApi.await(() -> api.read(company.getForEntity("/api/v1/cases/" + caseNumber
        + "/documents", String.class), HttpStatus.OK), d -> d.findValuesAsText("kind").contains("NOT_ACCEPTED_DECISION"),
        "the decision not to accept");
    String receipt = null;
    String decision = null;
    for (JsonNode d : documents) {
      if (d.path("kind").asText().equals("RECEIPT")) {
        receipt = d.path("documentId").asText();
      } else if (d.path("kind").asText().equals("NOT_ACCEPTED_DECISION")) {
        decision = d.path("documentId").asText();
      }
    }
    String pdf = "/api/v1/cases/" + caseNumber + "/documents/";
    assertThat(api.as("demo-scjg-clerk").exchange("/api/v1/console/cases/" + caseNumber + "/documents/" + decision
        + ".pdf", HttpMethod.GET, new HttpEntity<>(new HttpHeaders()), byte[].class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(company.getForEntity(pdf + receipt + ".pdf", byte[].class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(api.caseOf(company, caseNumber).path("deliveries")).as("staff reading it, or a receipt, is no delivery")
        .isEmpty();

    assertThat(company.getForEntity(pdf + decision + ".pdf", byte[].class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(company.getForEntity(pdf + decision + ".pdf", byte[].class).getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode delivered = api.caseOf(company, caseNumber).path("deliveries");
    assertThat(delivered).singleElement().satisfies(d -> {
      assertThat(d.path("method").asText()).isEqualTo("DOWNLOADED");
      assertThat(d.path("result").asText()).isEqualTo("DECISION");
      assertThat(d.path("deliveredAt").asText()).isNotBlank();
    });
    assertProblem(api.as("demo-scjg-clerk").postForEntity(deliveries(caseNumber), Map.of("method", "DOWNLOADED"),
        String.class), HttpStatus.BAD_REQUEST, "VALIDATION_FAILED");
  }
}
