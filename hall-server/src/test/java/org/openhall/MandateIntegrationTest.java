package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.identity.Account;
import org.openhall.identity.Accounts;
import org.openhall.licence.LicenceIssuing;
import org.openhall.notification.Inbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * 代办 over real HTTP: an agent files only under a mandate its principal confirmed, in force today,
 * their own and covering the item; the case then names the principal as applicant and the agent
 * beside it, both see it, nobody else does, and the licence names the principal.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MandateIntegrationTest {

  private static final String FOOD_LICENCE = HallApi.ITEM;
  private static final String FILING_ITEM = "SCJG-004";

  @Autowired
  TestRestTemplate http;

  @Autowired
  ObjectMapper json;

  @Autowired
  Accounts accountRepository;

  @Autowired
  PasswordEncoder passwords;

  @Autowired
  Inbox inbox;

  @Autowired
  LicenceIssuing licences;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  Clock clock;

  HallApi api;
  Parties parties;
  LocalDate today;

  @BeforeEach
  void connect() {
    api = new HallApi(http, json);
    parties = new Parties(accountRepository, passwords);
    today = LocalDate.now(clock);
  }

  @Test
  void anAgentFilesOnlyUnderAConfirmedValidMandateOfTheirOwnThatCoversTheItem() throws Exception {
    Account agent = parties.agent("王代办");
    Account company = parties.company("福州闽江餐饮管理有限公司");
    Account otherAgent = parties.agent("赵代办");
    Account stranger = parties.person("陈路人");
    TestRestTemplate asAgent = api.as(agent.username());
    String material = api.uploadPdf(asAgent, "申请书.pdf").path("materialId").asText();

    assertMandateRequired(file(asAgent, foodLicence(company, material, null)), "no onBehalfOf: never for themself");
    assertMandateRequired(file(asAgent, foodLicence(company, material, company.partyId())),
        "no mandate recorded yet");

    JsonNode recorded = api.read(record(asAgent, company.partyId(), List.of(FOOD_LICENCE), today,
        today.plusMonths(6)), HttpStatus.CREATED);
    String mandateId = recorded.path("mandateId").asText();
    assertThat(recorded.path("status").asText()).isEqualTo("PENDING_CONFIRMATION");
    assertThat(recorded.path("principalMasked").asText())
        .isEqualTo(company.partyId().substring(0, 4) + "**********" + company.partyId().substring(14));
    assertThat(recorded.path("scope")).extracting(JsonNode::asText).containsExactly(FOOD_LICENCE);
    assertThat(recorded.path("validFrom").asText()).isEqualTo(today.toString());
    assertThat(inbox.of(company.username())).as("the principal is asked in their inbox")
        .anySatisfy(n -> assertThat(n.subject()).contains("王代办"));

    assertMandateRequired(file(asAgent, foodLicence(company, material, mandateId)), "not yet confirmed");

    assertMandateNotFound(confirm(api.as(stranger.username()), mandateId));
    assertMandateNotFound(confirm(asAgent, mandateId));
    JsonNode confirmed = api.read(confirm(api.as(company.username()), mandateId), HttpStatus.OK);
    assertThat(confirmed.path("status").asText()).isEqualTo("CONFIRMED");

    assertMandateRequired(file(asAgent, filing(company, mandateId)), "the filing item is out of scope");
    TestRestTemplate asOtherAgent = api.as(otherAgent.username());
    String otherMaterial = api.uploadPdf(asOtherAgent, "申请书.pdf").path("materialId").asText();
    assertMandateRequired(file(asOtherAgent, foodLicence(company, otherMaterial, mandateId)),
        "someone else's mandate");
    assertMandateRequired(file(asOtherAgent, foodLicence(company, otherMaterial, company.partyId())),
        "someone else's principal");

    JsonNode filed = api.read(file(asAgent, foodLicence(company, material, mandateId)), HttpStatus.CREATED);
    String caseNumber = filed.path("caseNumber").asText();
    JsonNode byAgent = api.caseOf(asAgent, caseNumber);
    assertThat(byAgent.path("channel").asText()).isEqualTo("AGENT");
    assertThat(byAgent.path("applicant").path("name").asText()).isEqualTo("福州闽江餐饮管理有限公司");
    assertThat(byAgent.path("applicant").path("kind").asText()).isEqualTo("ENTITY");
    assertThat(byAgent.path("agent").path("name").asText()).isEqualTo("王代办");
    assertThat(byAgent.path("timeline").get(0).path("actorRole").asText()).isEqualTo("AGENT");
    JsonNode byPrincipal = api.caseOf(api.as(company.username()), caseNumber);
    assertThat(byPrincipal.path("agent").path("name").asText()).isEqualTo("王代办");
    assertThat(caseNumbers(api.as(company.username()))).contains(caseNumber);
    assertThat(caseNumbers(asAgent)).contains(caseNumber);
    assertThat(caseNumbers(api.as(stranger.username()))).doesNotContain(caseNumber);
    assertThat(api.as(stranger.username()).getForEntity("/api/v1/cases/" + caseNumber, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(jdbc.queryForMap("select applicant_account_id, applicant_party_id, filed_by_account_id,"
        + " agent_account_id, mandate_id from case_file where case_number = ?", caseNumber))
        .containsEntry("APPLICANT_ACCOUNT_ID", company.id())
        .containsEntry("APPLICANT_PARTY_ID", company.partyId())
        .containsEntry("FILED_BY_ACCOUNT_ID", agent.id())
        .containsEntry("AGENT_ACCOUNT_ID", agent.id())
        .containsEntry("MANDATE_ID", mandateId);

    JsonNode byNumber = api.read(file(asAgent, foodLicence(company, material, company.partyId())),
        HttpStatus.CREATED);
    assertThat(api.caseOf(asAgent, byNumber.path("caseNumber").asText()).path("applicant").path("name")
        .asText()).as("the principal's number names their one usable mandate").isEqualTo("福州闽江餐饮管理有限公司");
  }

  @Test
  void anExpiredMandateNoLongerCounts() throws Exception {
    Account agent = parties.agent("孙代办");
    Account company = parties.company("福州榕城小吃店");
    TestRestTemplate asAgent = api.as(agent.username());
    String mandateId = api.read(record(asAgent, company.partyId(), List.of(), today, today.plusDays(30)),
        HttpStatus.CREATED).path("mandateId").asText();
    api.read(confirm(api.as(company.username()), mandateId), HttpStatus.OK);
    // The month passes: the mandate ran from 40 to 10 days ago.
    jdbc.update("update mandate set valid_from = ?, valid_to = ? where id = ?",
        today.minusDays(40), today.minusDays(10), mandateId);

    String material = api.uploadPdf(asAgent, "申请书.pdf").path("materialId").asText();
    assertMandateRequired(file(asAgent, foodLicence(company, material, mandateId)), "expired");
    assertMandateRequired(file(asAgent, foodLicence(company, material, company.partyId())), "expired");
    JsonNode listed = api.read(asAgent.getForEntity("/api/v1/mandates", String.class), HttpStatus.OK);
    assertThat(listed).singleElement().satisfies(m -> {
      assertThat(m.path("status").asText()).isEqualTo("EXPIRED");
      assertThat(m.path("role").asText()).isEqualTo("AGENT");
    });
    ResponseEntity<String> lateConfirmation = confirm(api.as(company.username()), mandateId);
    assertThat(lateConfirmation.getStatusCode()).as("confirming again changes nothing").isEqualTo(HttpStatus.OK);
  }

  @Test
  void recordingNeedsARegisteredPrincipalAValidPeriodAndKnownItems() throws Exception {
    Account agent = parties.agent("周代办");
    Account person = parties.person("林秀英");
    TestRestTemplate asAgent = api.as(agent.username());

    ResponseEntity<String> unknown = record(asAgent, Parties.newResidentIdNumber(), List.of(), today,
        today.plusMonths(1));
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(unknown.getBody()).path("code").asText()).isEqualTo("PRINCIPAL_UNKNOWN");
    assertThat(json.readTree(unknown.getBody()).path("detail").asText()).contains("注册");

    assertInvalid(record(asAgent, "11010519900307123", List.of(), today, today.plusMonths(1)),
        "principal", "PRINCIPAL_ID_INVALID");
    assertInvalid(record(asAgent, person.partyId(), List.of(), today, today.minusDays(1)),
        "validTo", "MANDATE_ENDS_BEFORE_IT_STARTS");
    assertInvalid(record(asAgent, person.partyId(), List.of(), today, today.plusYears(1)),
        "validTo", "MANDATE_TOO_LONG");
    assertInvalid(record(asAgent, person.partyId(), List.of(), today.minusDays(1), today.plusDays(1)),
        "validFrom", "MANDATE_STARTS_IN_THE_PAST");
    assertInvalid(record(asAgent, person.partyId(), List.of("NO-SUCH-ITEM"), today, today.plusDays(1)),
        "scope[0]", "ITEM_NOT_FOUND");

    ResponseEntity<String> byApplicant = record(api.as(person.username()), agent.partyId(), List.of(),
        today, today.plusDays(1));
    assertThat(byApplicant.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(json.readTree(byApplicant.getBody()).path("code").asText()).isEqualTo("MANDATE_AGENTS_ONLY");

    api.read(record(asAgent, person.partyId().toLowerCase(), List.of(), today,
        today.plusYears(1).minusDays(1)), HttpStatus.CREATED);
    JsonNode theirs = api.read(api.as(person.username()).getForEntity("/api/v1/mandates", String.class),
        HttpStatus.OK);
    assertThat(theirs).singleElement().satisfies(m -> {
      assertThat(m.path("role").asText()).isEqualTo("PRINCIPAL");
      assertThat(m.path("agentName").asText()).isEqualTo("周代办");
      assertThat(m.path("scope")).as("no items listed: all items").isEmpty();
    });
  }

  @Test
  void anApplicantCannotFileForSomeoneElse() throws Exception {
    Account applicant = parties.person("黄一鸣");
    Account company = parties.company("福州三坊七巷茶叶有限公司");
    TestRestTemplate asApplicant = api.as(applicant.username());
    String material = api.uploadPdf(asApplicant, "申请书.pdf").path("materialId").asText();
    assertMandateRequired(file(asApplicant, foodLicence(company, material, company.partyId())),
        "an applicant holds no mandates");
  }

  @Test
  void theLicenceOfACaseFiledByAnAgentNamesThePrincipal() throws Exception {
    Account agent = parties.agent("吴代办");
    Account company = parties.company("福州鼓楼鱼丸食品有限公司");
    TestRestTemplate asAgent = api.as(agent.username());
    String mandateId = api.read(record(asAgent, company.partyId(), List.of(FOOD_LICENCE), today,
        today.plusMonths(3)), HttpStatus.CREATED).path("mandateId").asText();
    api.read(confirm(api.as(company.username()), mandateId), HttpStatus.OK);
    String material = api.uploadPdf(asAgent, "申请书.pdf").path("materialId").asText();
    String caseNumber = api.read(file(asAgent, foodLicence(company, material, mandateId)), HttpStatus.CREATED)
        .path("caseNumber").asText();

    api.completeTask("demo-clerk", caseNumber, "ACCEPT", "ACCEPTED", "材料齐全，予以受理");
    api.completeTask("demo-reviewer", caseNumber, "REVIEW", "PASSED", "符合许可条件");
    api.completeTask("demo-approver", caseNumber, "DECIDE", "APPROVED", "准予许可");
    TestRestTemplate asCompany = api.as(company.username());
    HallApi.await(() -> api.caseOf(asCompany, caseNumber), c -> c.path("status").asText().equals("ISSUED"),
        "case " + caseNumber + " issued");

    assertThat(licences.ofCase(caseNumber)).hasValueSatisfying(
        l -> assertThat(l.holderName()).isEqualTo("福州鼓楼鱼丸食品有限公司"));
    for (TestRestTemplate reader : List.of(asCompany, asAgent)) {
      ResponseEntity<byte[]> pdf = reader.getForEntity("/api/v1/cases/" + caseNumber + "/licence.pdf", byte[].class);
      assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
      try (PDDocument licence = Loader.loadPDF(pdf.getBody())) {
        assertThat(new PDFTextStripper().getText(licence)).contains("福州鼓楼鱼丸食品有限公司")
            .doesNotContain("吴代办");
      }
    }
    JsonNode staffView = api.read(api.as("demo-clerk").getForEntity("/api/v1/console/cases/" + caseNumber,
        String.class), HttpStatus.OK);
    assertThat(staffView.path("agent").path("name").asText()).isEqualTo("吴代办");
    assertThat(staffView.path("agent").path("mandateId").asText()).isEqualTo(mandateId);
    assertThat(staffView.path("applicant").path("idNumber").asText()).isEqualTo(company.partyId());
  }

  private ResponseEntity<String> record(TestRestTemplate agent, String principal, List<String> scope,
      LocalDate validFrom, LocalDate validTo) {
    return agent.postForEntity("/api/v1/mandates", Map.of("principal", principal, "scope", scope,
        "validFrom", validFrom.toString(), "validTo", validTo.toString()), String.class);
  }

  private static ResponseEntity<String> confirm(TestRestTemplate principal, String mandateId) {
    return principal.postForEntity("/api/v1/mandates/" + mandateId + "/confirmation", null, String.class);
  }

  private ResponseEntity<String> file(TestRestTemplate filer, Map<String, Object> application) {
    return api.file(filer, application, HallApi.newIdempotencyKey());
  }

  /** The food-licence application of the company, with onBehalfOf when given. */
  private static Map<String, Object> foodLicence(Account company, String materialId, String onBehalfOf) {
    Map<String, Object> application = new HashMap<>(Map.of(
        "itemCode", FOOD_LICENCE,
        "formData", Map.of("applicantName", company.displayName(), "creditCode", company.partyId(),
            "businessScope", "HOT_FOOD", "contactPhone", "13812345678"),
        "materials", List.of(Map.of("requirementId", "M1", "materialId", materialId))));
    if (onBehalfOf != null) {
      application.put("onBehalfOf", onBehalfOf);
    }
    return application;
  }

  private static Map<String, Object> filing(Account company, String onBehalfOf) {
    return Map.of("itemCode", FILING_ITEM, "formData", Map.of(), "materials", List.of(),
        "onBehalfOf", onBehalfOf);
  }

  private List<String> caseNumbers(TestRestTemplate who) throws Exception {
    JsonNode cases = api.read(who.getForEntity("/api/v1/cases", String.class), HttpStatus.OK);
    return cases.findValuesAsText("caseNumber");
  }

  /** 403 MANDATE_REQUIRED, its detail in Chinese by default and in English when asked. */
  private void assertMandateRequired(ResponseEntity<String> answer, String why) throws Exception {
    assertThat(answer.getStatusCode()).as(why + ": " + answer.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    JsonNode problem = json.readTree(answer.getBody());
    assertThat(problem.path("code").asText()).as(why).isEqualTo("MANDATE_REQUIRED");
    assertThat(problem.path("detail").asText()).contains("代办须有申请人确认的有效授权");
  }

  private void assertMandateNotFound(ResponseEntity<String> answer) throws Exception {
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(json.readTree(answer.getBody()).path("code").asText()).isEqualTo("MANDATE_NOT_FOUND");
  }

  private void assertInvalid(ResponseEntity<String> answer, String field, String code) throws Exception {
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode problem = json.readTree(answer.getBody());
    assertThat(problem.path("code").asText()).isEqualTo("VALIDATION_FAILED");
    assertThat(problem.path("errors")).anySatisfy(e -> {
      assertThat(e.path("field").asText()).isEqualTo(field);
      assertThat(e.path("code").asText()).isEqualTo(code);
      assertThat(e.path("message").asText()).isNotBlank().isNotEqualTo(code);
    });
  }

  @Test
  void theMandateEndpointsArePublishedInTheOpenApiDocument() throws Exception {
    JsonNode paths = api.read(http.getForEntity("/v3/api-docs", String.class), HttpStatus.OK).path("paths");
    assertThat(paths.has("/api/v1/mandates")).isTrue();
    assertThat(paths.has("/api/v1/mandates/{mandateId}/confirmation")).isTrue();
  }

  @Test
  void theRefusalReadsInEnglishWhenAsked() throws Exception {
    Account agent = parties.agent("Agent Li");
    HttpHeaders headers = HallApi.newIdempotencyKey();
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
    ResponseEntity<String> answer = api.as(agent.username()).exchange("/api/v1/cases", HttpMethod.POST,
        new HttpEntity<>(Map.of("itemCode", FOOD_LICENCE, "formData", Map.of(), "materials", List.of()),
            headers), String.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    JsonNode problem = json.readTree(answer.getBody());
    assertThat(problem.path("code").asText()).isEqualTo("MANDATE_REQUIRED");
    assertThat(problem.path("detail").asText())
        .startsWith("Filing for someone else needs a valid mandate confirmed by them");
  }
}
