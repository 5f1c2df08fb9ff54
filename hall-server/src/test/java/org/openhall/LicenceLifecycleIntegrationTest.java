package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.identity.Accounts;
import org.openhall.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A licence's life over HTTP (ADR 0013): revoked by an approver of its department with a reason and
 * verified as revoked at once; renewed (§50) into a next version that supersedes it; expired after its
 * last day; changed only by its holder. Dates in the past are set in the database, as the mandate tests do.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LicenceLifecycleIntegrationTest {

  @Autowired
  TestRestTemplate http;

  @Autowired
  ObjectMapper json;

  @Autowired
  Accounts accountRepository;

  @Autowired
  PasswordEncoder passwords;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  Clock clock;

  @org.springframework.boot.test.web.server.LocalServerPort
  int port;

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
  void anApproverOfTheIssuingDepartmentRevokesWithAReasonAndTheVerificationSaysRevokedAtOnce() throws Exception {
    JsonNode licence = issuedFoodLicence(null, null);
    String number = licence.path("licenceNumber").asText();
    String code = licence.path("verificationCode").asText();
    String revocation = "/api/v1/console/licences/" + number + "/revocation";
    Map<String, Object> penalty = Map.of("kind", "PENALTY", "reason", "超范围经营，情节严重");

    String otherApprover = parties.staff(Role.APPROVER, "GA").username();
    assertThat(api.as(otherApprover).postForEntity(revocation, penalty, String.class).getStatusCode())
        .as("an approver of another department").isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(api.as(otherApprover).getForEntity("/api/v1/console/licences/" + number, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    JsonNode clerk = api.read(api.as("demo-scjg-clerk").postForEntity(revocation, penalty, String.class),
        HttpStatus.FORBIDDEN);
    assertThat(clerk.path("code").asText()).isEqualTo("APPROVER_OF_ISSUING_DEPARTMENT_REQUIRED");
    JsonNode blank = api.read(api.as("demo-scjg-approver").postForEntity(revocation,
        Map.of("kind", "PENALTY", "reason", "  "), String.class), HttpStatus.BAD_REQUEST);
    assertThat(blank.path("code").asText()).isEqualTo("REVOCATION_REASON_MISSING");
    assertThat(blank.path("detail").asText()).contains("理由");
    assertThat(verification(code).path("status").asText()).as("nothing changed yet").isEqualTo("VALID");

    JsonNode revoked = api.read(api.as("demo-scjg-approver").postForEntity(revocation, penalty, String.class),
        HttpStatus.OK);
    assertThat(revoked.path("status").asText()).isEqualTo("REVOKED");
    assertThat(revoked.path("revocationReason").asText()).isEqualTo("超范围经营，情节严重");
    assertThat(revoked.path("revokedBy").asText()).isEqualTo("demo-scjg-approver");

    JsonNode verified = verification(code);
    assertThat(verified.path("status").asText()).isEqualTo("REVOKED");
    assertThat(verified.path("endedOn").asText()).isEqualTo(today.toString());
    assertThat(verified.path("revocationKind").asText()).isEqualTo("PENALTY");
    assertThat(verified.has("revocationReason")).as("the reason is not public").isFalse();
    String page = http.getForEntity("/verify/" + code, String.class).getBody();
    assertThat(page).contains("id=\"licence-status\">已撤销或吊销<", "吊销（行政处罚）",
        "id=\"licence-ended-on\">" + today + "<").doesNotContain(">REVOKED<");
    assertThat(api.caseOf(api.as("demo-company"), licence.path("caseNumber").asText())
        .path("licence").path("status").asText()).isEqualTo("REVOKED");

    String documents = "/api/v1/cases/" + licence.path("caseNumber").asText() + "/documents";
    JsonNode listed = HallApi.await(() -> api.read(api.as("demo-company").getForEntity(documents, String.class),
        HttpStatus.OK), l -> l.findValuesAsText("kind").contains("REVOCATION_PENALTY_DECISION"),
        "the revocation decision");
    String documentId = null;
    for (JsonNode d : listed) {
      if (d.path("kind").asText().equals("REVOCATION_PENALTY_DECISION")) {
        documentId = d.path("documentId").asText();
        assertThat(d.path("title").asText()).isEqualTo("吊销许可证决定书");
      }
    }
    byte[] pdf = api.as("demo-company").getForEntity(documents + "/" + documentId + ".pdf", byte[].class).getBody();
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      assertThat(document.getSignatureDictionaries()).as("sealed").hasSize(1);
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", ""))
          .contains("吊销许可证决定书", number, "决定吊销该许可证", "理由：超范围经营，情节严重", "六十日内依法申请行政复议")
          .doesNotContain("PENALTY", "REVOKED");
    }

    JsonNode again = api.read(api.as("demo-scjg-approver").postForEntity(revocation,
        Map.of("kind", "ANNULMENT", "reason", "以欺骗手段取得"), String.class), HttpStatus.CONFLICT);
    assertThat(again.path("code").asText()).isEqualTo("LICENCE_REVOKED");
    JsonNode change = api.read(fileOn(number, "CHANGE"), HttpStatus.CONFLICT);
    assertThat(change.path("code").asText()).as("nothing is applied for on a revoked licence")
        .isEqualTo("LICENCE_REVOKED");
  }

  @Test
  void aRenewalIssuesTheNextVersionWhichSupersedesTheOldOneAndFollowsItsTerm() throws Exception {
    JsonNode old = issuedFoodLicence(null, null);
    String oldNumber = old.path("licenceNumber").asText();

    JsonNode renewed = issuedFoodLicence(oldNumber, "RENEWAL");
    String newNumber = renewed.path("licenceNumber").asText();
    assertThat(newNumber).isNotEqualTo(oldNumber);
    assertThat(renewed.path("supersedes").asText()).isEqualTo(oldNumber);
    assertThat(renewed.path("status").asText()).isEqualTo("VALID");
    LocalDate oldEnd = LocalDate.parse(old.path("validUntil").asText());
    assertThat(LocalDate.parse(renewed.path("validUntil").asText()))
        .as("five more years from the day after the old licence ends")
        .isEqualTo(oldEnd.plusDays(1).plusYears(5).minusDays(1));

    JsonNode oldVerified = verification(old.path("verificationCode").asText());
    assertThat(oldVerified.path("status").asText()).isEqualTo("SUPERSEDED");
    assertThat(oldVerified.path("supersededBy").asText()).isEqualTo(newNumber);
    assertThat(verification(renewed.path("verificationCode").asText()).path("status").asText()).isEqualTo("VALID");
    assertThat(http.getForEntity("/verify/" + old.path("verificationCode").asText(), String.class).getBody())
        .contains("已被新证照替代", "id=\"licence-superseded-by\">" + newNumber + "<");

    JsonNode twice = api.read(fileOn(oldNumber, "RENEWAL"), HttpStatus.CONFLICT);
    assertThat(twice.path("code").asText()).isEqualTo("LICENCE_SUPERSEDED");
    assertThat(twice.path("detail").asText()).contains(newNumber);
  }

  @Test
  void aChangeIssuesTheNextVersionWithTheSameEndDate() throws Exception {
    JsonNode old = issuedFoodLicence(null, null);
    String oldNumber = old.path("licenceNumber").asText();
    endsOn(oldNumber, today.plusYears(2));
    JsonNode changed = issuedFoodLicence(oldNumber, "CHANGE");
    assertThat(changed.path("supersedes").asText()).isEqualTo(oldNumber);
    assertThat(changed.path("validUntil").asText()).isEqualTo(today.plusYears(2).toString());
    assertThat(verification(old.path("verificationCode").asText()).path("supersededBy").asText())
        .isEqualTo(changed.path("licenceNumber").asText());
  }

  @Test
  void anAnnulmentTakesTheApprovalDecisionOutOfForceAndAPenaltyDoesNot() throws Exception {
    JsonNode annulled = issuedFoodLicence(null, null);
    JsonNode penalised = issuedFoodLicence(null, null);
    api.read(api.as("demo-scjg-approver").postForEntity("/api/v1/console/licences/"
        + annulled.path("licenceNumber").asText() + "/revocation",
        Map.of("kind", "ANNULMENT", "reason", "以欺骗手段取得许可"), String.class), HttpStatus.OK);
    api.read(api.as("demo-scjg-approver").postForEntity("/api/v1/console/licences/"
        + penalised.path("licenceNumber").asText() + "/revocation",
        Map.of("kind", "PENALTY", "reason", "超范围经营"), String.class), HttpStatus.OK);

    assertThat(approvalDecisionVerified(annulled.path("caseNumber").asText()).path("status").asText())
        .as("撤销 (§69) undoes the decision itself").isEqualTo("ANNULLED");
    JsonNode penalty = approvalDecisionVerified(penalised.path("caseNumber").asText());
    assertThat(penalty.path("status").asText()).as("吊销 ends the licence, not the decision").isEqualTo("IN_FORCE");
    assertThat(penalty.path("addresseeMasked").asText()).isEqualTo("福州海峡食品贸易有限公司");
  }

  private JsonNode approvalDecisionVerified(String caseNumber) throws Exception {
    JsonNode listed = api.read(api.as("demo-company").getForEntity("/api/v1/cases/" + caseNumber + "/documents",
        String.class), HttpStatus.OK);
    String code = java.util.stream.StreamSupport.stream(listed.spliterator(), false)
        .filter(d -> d.path("kind").asText().equals("APPROVAL_DECISION")).findFirst().orElseThrow()
        .path("verificationCode").asText();
    return api.read(api.as("demo-company").getForEntity("/api/v1/documents/" + code, String.class), HttpStatus.OK);
  }

  @Test
  void aRenewalOfALicenceRevokedMeanwhileCanOnlyBeDenied() throws Exception {
    JsonNode licence = issuedFoodLicence(null, null);
    String number = licence.path("licenceNumber").asText();
    String caseNumber = api.read(fileOn(number, "RENEWAL"), HttpStatus.CREATED).path("caseNumber").asText();
    api.completeTask("demo-scjg-clerk", caseNumber, "ACCEPT", "ACCEPTED", "予以受理");
    api.completeTask("demo-scjg-reviewer", caseNumber, "REVIEW", "PASSED", "符合条件");
    api.read(api.as("demo-scjg-approver").postForEntity("/api/v1/console/licences/" + number + "/revocation",
        Map.of("kind", "ANNULMENT", "reason", "以欺骗手段取得许可"), String.class), HttpStatus.OK);

    TestRestTemplate approver = api.as("demo-scjg-approver");
    String taskId = HallApi.await(() -> api.taskFor(approver, caseNumber, "DECIDE"), t -> !t.isMissingNode(),
        "the decision task").path("taskId").asText();
    api.read(approver.postForEntity("/api/v1/console/tasks/" + taskId + "/claim", null, String.class), HttpStatus.OK);
    JsonNode refused = api.read(approver.postForEntity("/api/v1/console/tasks/" + taskId + "/complete",
        Map.of("outcome", "APPROVED", "opinion", "同意"), String.class), HttpStatus.CONFLICT);
    assertThat(refused.path("code").asText()).isEqualTo("LICENCE_REVOKED");
    api.read(approver.postForEntity("/api/v1/console/tasks/" + taskId + "/complete",
        Map.of("outcome", "DENIED", "opinion", "原许可已被撤销"), String.class), HttpStatus.OK);
    assertThat(HallApi.await(() -> api.caseOf(api.as("demo-company"), caseNumber),
        c -> c.path("status").asText().equals("DENIED"), "the denial").path("licence").path("licenceNumber")
        .isMissingNode()).isTrue();
  }

  @Test
  void aRenewalIsFiledThirtyDaysBeforeTheEndAtTheLatest() throws Exception {
    JsonNode licence = issuedFoodLicence(null, null);
    String number = licence.path("licenceNumber").asText();
    endsOn(number, today.plusDays(29));
    JsonNode late = api.read(fileOn(number, "RENEWAL"), HttpStatus.CONFLICT);
    assertThat(late.path("code").asText()).isEqualTo("RENEWAL_TOO_LATE");
    assertThat(late.path("detail").asText()).contains("第五十条", today.minusDays(1).toString());
    HttpHeaders english = HallApi.newIdempotencyKey();
    english.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
    JsonNode lateInEnglish = api.read(api.as("demo-company").postForEntity("/api/v1/cases",
        new HttpEntity<>(application(number, "RENEWAL"), english), String.class), HttpStatus.CONFLICT);
    assertThat(lateInEnglish.path("detail").asText()).contains("Article 50", "30 days",
        today.minusDays(1).toString());

    endsOn(number, today.plusDays(30));
    assertThat(api.read(fileOn(number, "RENEWAL"), HttpStatus.CREATED).path("caseNumber").asText())
        .as("filed on the last day").isNotBlank();
  }

  @Test
  void aLicencePastItsLastDayVerifiesAsExpiredAndCannotBeChanged() throws Exception {
    JsonNode licence = issuedFoodLicence(null, null);
    String number = licence.path("licenceNumber").asText();
    String code = licence.path("verificationCode").asText();
    endsOn(number, today);
    assertThat(verification(code).path("status").asText()).as("valid on its last day").isEqualTo("VALID");

    endsOn(number, today.minusDays(1));
    assertThat(verification(code).path("status").asText()).isEqualTo("EXPIRED");
    assertThat(http.getForEntity("/verify/" + code, String.class).getBody())
        .contains("id=\"licence-status\">已过期<");
    assertThat(api.caseOf(api.as("demo-company"), licence.path("caseNumber").asText())
        .path("licence").path("status").asText()).isEqualTo("EXPIRED");
    assertThat(api.read(fileOn(number, "CHANGE"), HttpStatus.CONFLICT).path("code").asText())
        .isEqualTo("LICENCE_EXPIRED");
  }

  @Test
  void onlyTheHolderAppliesForAChangeOfALicenceAndUnderItsOwnItem() throws Exception {
    JsonNode licence = issuedFoodLicence(null, null);
    String number = licence.path("licenceNumber").asText();

    TestRestTemplate stranger = api.as(parties.company("别家食品有限公司").username());
    String material = api.uploadPdf(stranger, "申请书.pdf").path("materialId").asText();
    Map<String, Object> application = new HashMap<>(HallApi.foodLicenceApplication(material));
    application.put("basedOnLicence", number);
    application.put("licenceAction", "CHANGE");
    JsonNode refused = api.read(api.file(stranger, application, HallApi.newIdempotencyKey()), HttpStatus.NOT_FOUND);
    assertThat(refused.path("code").asText()).isEqualTo("HELD_LICENCE_NOT_FOUND");
    JsonNode unknown = api.read(fileOn("SCJG-001-1999-000001", "CHANGE"), HttpStatus.NOT_FOUND);
    assertThat(unknown.path("code").asText()).as("the same answer as for a number nobody holds")
        .isEqualTo(refused.path("code").asText());

    JsonNode noAction = api.read(fileOn(number, null), HttpStatus.BAD_REQUEST);
    assertThat(noAction.path("code").asText()).isEqualTo("LICENCE_ACTION_MISSING");

    String caseNumber = api.read(fileOn(number, "CHANGE"), HttpStatus.CREATED).path("caseNumber").asText();
    assertThat(api.caseOf(api.as("demo-company"), caseNumber).path("basedOnLicence").asText()).isEqualTo(number);
    JsonNode staffView = api.read(api.as("demo-scjg-clerk").getForEntity("/api/v1/console/cases/" + caseNumber,
        String.class), HttpStatus.OK);
    assertThat(staffView.path("licenceAction").asText()).isEqualTo("CHANGE");
    assertThat(staffView.path("basedOnLicence").asText()).isEqualTo(number);
  }

  @Test
  void anApprovedCancellationEndsTheLicenceWithoutANewOne() throws Exception {
    JsonNode licence = issuedFoodLicence(null, null);
    String number = licence.path("licenceNumber").asText();
    String caseNumber = api.read(fileOn(number, "CANCELLATION"), HttpStatus.CREATED).path("caseNumber").asText();
    decide(caseNumber);
    JsonNode done = HallApi.await(() -> api.caseOf(api.as("demo-company"), caseNumber),
        c -> c.path("status").asText().equals("ISSUED"), "the cancellation completed");
    assertThat(done.path("licence").isNull() || done.path("licence").isMissingNode()).isTrue();
    JsonNode verified = verification(licence.path("verificationCode").asText());
    assertThat(verified.path("status").asText()).isEqualTo("CANCELLED");
    assertThat(verified.path("endedOn").asText()).isEqualTo(today.toString());
    assertThat(PortalSession.signIn(port, "demo-company").get("/cases/" + caseNumber).body())
        .contains("已办结：证照 " + number + " 已注销").doesNotContain("已发证");
    assertThat(PortalSession.signIn(port, "demo-company").get("/cases").body())
        .as("the case list says so too").contains("已办结：证照 " + number + " 已注销");
  }

  @Test
  void theHolderStartsARenewalFromTheCasePageWithTheLicenceChosenAndTheFormFilledIn() throws Exception {
    JsonNode licence = issuedFoodLicence(null, null);
    String number = licence.path("licenceNumber").asText();
    PortalSession page = PortalSession.signIn(port, "demo-company");
    String casePage = page.get("/cases/" + licence.path("caseNumber").asText()).body();
    assertThat(casePage).contains("id=\"licence-status\" data-status=\"VALID\">有效<", "申请变更", "申请延续",
        "申请注销", "延续申请最迟于 " + LocalDate.parse(licence.path("validUntil").asText()).minusDays(30));
    Matcher renewal = Pattern.compile("id=\"licence-renewal\"\\s+href=\"([^\"]+)\"").matcher(casePage);
    assertThat(renewal.find()).as("the renewal button").isTrue();
    String applyPath = renewal.group(1).replace("&amp;", "&");
    assertThat(applyPath).startsWith("/apply/SCJG-001?").contains("basedOnLicence=" + number, "licenceAction=RENEWAL");

    String applyPage = page.get(applyPath).body();
    assertThat(applyPage).contains("本次申请：申请延续，所持证照 " + number,
        "name=\"basedOnLicence\" value=\"" + number + "\"", "name=\"licenceAction\" value=\"RENEWAL\"",
        "value=\"福州海峡食品贸易有限公司\"");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("idempotencyKey", UUID.randomUUID().toString());
    fields.put("basedOnLicence", number);
    fields.put("licenceAction", "RENEWAL");
    fields.put("form.applicantName", "福州海峡食品贸易有限公司");
    fields.put("form.creditCode", "91350100M000100Y43");
    fields.put("form.businessScope", "HOT_FOOD");
    fields.put("form.contactPhone", "13812345678");
    HttpResponse<String> filed = page.postMultipart("/apply/SCJG-001", fields, "material.M1", HallApi.blankPdf());
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(302);
    String caseNumber = filed.headers().firstValue("Location").orElseThrow().replaceFirst("^.*/cases/", "");
    JsonNode renewalCase = api.caseOf(api.as("demo-company"), caseNumber);
    assertThat(renewalCase.path("licenceAction").asText()).isEqualTo("RENEWAL");
    assertThat(renewalCase.path("basedOnLicence").asText()).isEqualTo(number);
    assertThat(page.get("/cases/" + caseNumber).body()).contains("本次申请：申请延续，所持证照 " + number);
  }

  @Test
  void anApproverRevokesFromTheConsoleLicencePage() throws Exception {
    JsonNode licence = issuedFoodLicence(null, null);
    String number = licence.path("licenceNumber").asText();
    ConsoleSession approver = ConsoleSession.signedIn(port, "demo-scjg-approver");
    String find = "/console/licences?number=" + number;
    assertThat(approver.get(find).body()).contains("id=\"revocation\"", "data-status=\"VALID\">有效<",
        "撤销（行政许可法第六十九条）", "吊销（行政处罚）");

    String action = "/console/licences/" + number + "/revocation";
    HttpResponse<String> blank = approver.post(find, action, Map.of("kind", "ANNULMENT", "reason", " "));
    assertThat(blank.statusCode()).isEqualTo(302);
    assertThat(approver.get(find).body()).contains("撤销或吊销证照必须写明理由").contains("data-status=\"VALID\"");

    ConsoleSession stranger = ConsoleSession.signedIn(port, parties.staff(Role.APPROVER, "GA").username());
    assertThat(stranger.get(find).body()).contains("证照“" + number + "”不存在").doesNotContain("id=\"revocation\"");

    assertThat(approver.post(find, action, Map.of("kind", "ANNULMENT", "reason", "以欺骗手段取得许可"))
        .statusCode()).isEqualTo(302);
    assertThat(approver.get(find).body()).contains("data-status=\"REVOKED\">已撤销或吊销<", "以欺骗手段取得许可",
        "撤销（行政许可法第六十九条）").doesNotContain("id=\"revocation\"");
    JsonNode verified = verification(licence.path("verificationCode").asText());
    assertThat(verified.path("status").asText()).isEqualTo("REVOKED");
    assertThat(verified.path("revocationKind").asText()).isEqualTo("ANNULMENT");
  }

  @Test
  void theLifecycleIsInThePublishedApiDocument() throws Exception {
    JsonNode docs = api.read(http.getForEntity("/v3/api-docs", String.class), HttpStatus.OK);
    assertThat(docs.path("paths").has("/api/v1/console/licences/{licenceNumber}/revocation")).isTrue();
    assertThat(docs.path("paths").has("/api/v1/console/licences/{licenceNumber}")).isTrue();
    JsonNode schemas = docs.path("components").path("schemas");
    assertThat(schemas.path("CaseRequest").path("properties").has("basedOnLicence")).isTrue();
    assertThat(schemas.path("CaseRequest").path("properties").path("licenceAction").path("enum"))
        .extracting(JsonNode::asText).containsExactly("CHANGE", "RENEWAL", "CANCELLATION");
    assertThat(schemas.path("LicenceCheck").path("properties").path("status").path("enum"))
        .extracting(JsonNode::asText).contains("VALID", "REVOKED", "EXPIRED", "SUPERSEDED", "CANCELLED");
  }

  /** demo-company applies for the food licence (on a held one when given), it is decided and issued. */
  private JsonNode issuedFoodLicence(String basedOn, String action) throws Exception {
    String caseNumber = api.read(basedOn == null ? fileNew() : fileOn(basedOn, action), HttpStatus.CREATED)
        .path("caseNumber").asText();
    decide(caseNumber);
    JsonNode issued = HallApi.await(() -> api.caseOf(api.as("demo-company"), caseNumber),
        c -> c.path("licence").has("licenceNumber"), "the licence of " + caseNumber).path("licence");
    ((com.fasterxml.jackson.databind.node.ObjectNode) issued).put("caseNumber", caseNumber);
    return issued;
  }

  private void decide(String caseNumber) throws Exception {
    api.completeTask("demo-scjg-clerk", caseNumber, "ACCEPT", "ACCEPTED", "予以受理");
    api.completeTask("demo-scjg-reviewer", caseNumber, "REVIEW", "PASSED", "符合条件");
    api.completeTask("demo-scjg-approver", caseNumber, "DECIDE", "APPROVED", "同意");
  }

  private org.springframework.http.ResponseEntity<String> fileNew() throws Exception {
    return fileOn(null, null);
  }

  /** demo-company files the food-licence item, naming a held licence and what to do with it when given. */
  private org.springframework.http.ResponseEntity<String> fileOn(String licenceNumber, String action)
      throws Exception {
    return api.file(api.as("demo-company"), application(licenceNumber, action), HallApi.newIdempotencyKey());
  }

  /** demo-company's food-licence application with a fresh material, on a held licence when given. */
  private Map<String, Object> application(String licenceNumber, String action) throws Exception {
    String material = api.uploadPdf(api.as("demo-company"), "申请书.pdf").path("materialId").asText();
    Map<String, Object> application = new HashMap<>(HallApi.foodLicenceApplication(material));
    if (licenceNumber != null) {
      application.put("basedOnLicence", licenceNumber);
    }
    if (action != null) {
      application.put("licenceAction", action);
    }
    return application;
  }

  private JsonNode verification(String code) throws Exception {
    return api.read(http.getForEntity("/api/v1/licences/" + code, String.class), HttpStatus.OK);
  }

  private void endsOn(String licenceNumber, LocalDate lastDay) {
    assertThat(jdbc.update("update licence set valid_until = ? where licence_number = ?", lastDay, licenceNumber))
        .isEqualTo(1);
  }

  /** A signed-in console session: cookies kept, redirects not followed, the CSRF token taken from a page. */
  private record ConsoleSession(HttpClient client, String base) {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    static ConsoleSession signedIn(int port, String user) throws Exception {
      ConsoleSession session = new ConsoleSession(HttpClient.newBuilder().cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER).build(), "http://localhost:" + port);
      HttpResponse<String> login = session.post("/console/login", "/console/login",
          Map.of("username", user, "password", HallApi.PASSWORD));
      assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
      return session;
    }

    HttpResponse<String> get(String path) throws Exception {
      return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a form with the CSRF token of the page it is posted from. */
    HttpResponse<String> post(String page, String path, Map<String, String> fields) throws Exception {
      Matcher token = CSRF.matcher(get(page).body());
      assertThat(token.find()).as("CSRF token on " + page).isTrue();
      Map<String, String> all = new LinkedHashMap<>(fields);
      all.put("_csrf", token.group(1));
      String body = all.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
          + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
      return client.send(HttpRequest.newBuilder(URI.create(base + path))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
  }
}
