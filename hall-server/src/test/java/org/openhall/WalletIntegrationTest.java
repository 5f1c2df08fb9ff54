package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.identity.Account;
import org.openhall.identity.Accounts;
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
 * 证照夹 and 免提交 over real HTTP: a company's 营业执照 (SCJG-003) lands in its wallet, only it can
 * download it, and it gives it by number for the food licence's business-licence material (SCJG-001
 * M2) instead of uploading a copy; staff see it verified. Someone else's, a wrong item's and an
 * expired licence are refused with a 400 naming the problem.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WalletIntegrationTest {

  private static final String BUSINESS_LICENCE = "SCJG-003";
  private static final String FOOD_LICENCE = HallApi.ITEM;
  /** The food licence's 营业执照或其他主体资格证明文件, which a held SCJG-003 licence may stand for. */
  private static final String BUSINESS_LICENCE_MATERIAL = "M2";

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

  HallApi api;
  Parties parties;

  @BeforeEach
  void connect() {
    api = new HallApi(http, json);
    parties = new Parties(accountRepository, passwords);
  }

  @Test
  void aHolderListsDownloadsAndGivesTheirLicenceInsteadOfAMaterial() throws Exception {
    Account holder = parties.company("厦门鹭岛餐饮管理有限公司");
    Account other = parties.company("泉州刺桐食品有限公司");
    TestRestTemplate asHolder = api.as(holder.username());
    TestRestTemplate asOther = api.as(other.username());
    JsonNode businessLicence = issue(asHolder, businessLicenceApplication(asHolder, holder));
    JsonNode foodLicence = issue(asOther, foodLicenceApplication(asOther, other, List.of()));
    String number = businessLicence.path("licenceNumber").asText();

    JsonNode wallet = api.read(asHolder.getForEntity("/api/v1/licences", String.class), HttpStatus.OK);
    assertThat(wallet).hasSize(1);
    JsonNode held = wallet.get(0);
    assertThat(held.path("licenceNumber").asText()).isEqualTo(number);
    assertThat(held.path("title").asText()).isEqualTo("营业执照");
    assertThat(held.path("itemName").asText()).isEqualTo("有限责任公司设立登记");
    assertThat(held.path("status").asText()).isEqualTo("VALID");
    assertThat(held.path("statusLabel").asText()).isEqualTo("有效");
    assertThat(held.path("validUntil").isNull()).as("营业执照 is long-term").isTrue();
    assertThat(held.path("verificationCode").asText())
        .isEqualTo(businessLicence.path("verificationCode").asText());
    JsonNode english = api.read(asHolder.exchange("/api/v1/licences", HttpMethod.GET,
        new HttpEntity<>(language("en")), String.class), HttpStatus.OK);
    assertThat(english.get(0).path("statusLabel").asText()).isEqualTo("Valid");

    ResponseEntity<byte[]> pdf = asHolder.getForEntity(held.path("pdf").asText(), byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
      assertThat(new PDFTextStripper().getText(document)).contains(number).contains("厦门鹭岛餐饮管理有限公司");
    }
    ResponseEntity<String> foreign = asOther.getForEntity(held.path("pdf").asText(), String.class);
    assertThat(foreign.getStatusCode()).as("someone else's licence does not exist").isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(json.readTree(foreign.getBody()).path("code").asText()).isEqualTo("LICENCE_NOT_HELD");
    assertThat(api.read(asOther.getForEntity("/api/v1/licences", String.class), HttpStatus.OK))
        .extracting(l -> l.path("licenceNumber").asText())
        .containsExactly(foodLicence.path("licenceNumber").asText());
    assertThat(http.getForEntity("/api/v1/licences", String.class).getStatusCode())
        .as("the wallet needs a sign-in").isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.getForEntity(held.path("pdf").asText(), String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(api.read(http.getForEntity("/api/v1/licences/" + held.path("verificationCode").asText(),
        String.class), HttpStatus.OK).path("licenceNumber").asText())
        .as("verification by code stays public").isEqualTo(number);

    String caseNumber = api.read(api.file(asHolder, foodLicenceApplication(asHolder, holder,
            List.of(Map.of("requirementId", BUSINESS_LICENCE_MATERIAL, "licenceNumber", number))),
        HallApi.newIdempotencyKey()), HttpStatus.CREATED).path("caseNumber").asText();
    JsonNode staffView = api.read(api.as("demo-clerk").getForEntity("/api/v1/console/cases/" + caseNumber,
        String.class), HttpStatus.OK);
    JsonNode given = staffView.path("licenceMaterials");
    assertThat(given).hasSize(1);
    assertThat(given.get(0).path("requirementId").asText()).isEqualTo(BUSINESS_LICENCE_MATERIAL);
    assertThat(given.get(0).path("licenceNumber").asText()).isEqualTo(number);
    assertThat(given.get(0).path("verified").asBoolean()).isTrue();
    assertThat(given.get(0).path("issuer").asText()).contains("市场监督管理局");
    ResponseEntity<byte[]> staffPdf = api.as("demo-clerk").getForEntity(given.get(0).path("pdf").asText(),
        byte[].class);
    assertThat(staffPdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(staffPdf.getBody()).isEqualTo(pdf.getBody());
    assertThat(staffView.path("outstandingDeferrables")).isEmpty();
    api.completeTask("demo-clerk", caseNumber, "ACCEPT", "ACCEPTED", "材料齐全，营业执照已核验");
    JsonNode accepted = api.caseOf(asHolder, caseNumber);
    assertThat(accepted.path("status").asText()).isEqualTo("ACCEPTED");
    assertThat(accepted.path("licenceMaterials").get(0).path("licenceNumber").asText())
        .as("the applicant's case shows the licence given").isEqualTo(number);

    // 代办: the agent files for the holder with the holder's licence, but has no view of the wallet
    Account agent = parties.agent("王代办");
    TestRestTemplate asAgent = api.as(agent.username());
    LocalDate today = LocalDate.now(clock);
    String mandateId = api.read(asAgent.postForEntity("/api/v1/mandates", Map.of("principal",
        holder.partyId(), "scope", List.of(FOOD_LICENCE), "validFrom", today.toString(),
        "validTo", today.plusMonths(1).toString()), String.class), HttpStatus.CREATED).path("mandateId").asText();
    api.read(asHolder.postForEntity("/api/v1/mandates/" + mandateId + "/confirmation", null, String.class),
        HttpStatus.OK);
    Map<String, Object> forHolder = new java.util.HashMap<>(foodLicenceApplication(asAgent, holder,
        List.of(Map.of("requirementId", BUSINESS_LICENCE_MATERIAL, "licenceNumber", number))));
    forHolder.put("onBehalfOf", mandateId);
    api.read(api.file(asAgent, forHolder, HallApi.newIdempotencyKey()), HttpStatus.CREATED);
    assertThat(api.read(asAgent.getForEntity("/api/v1/licences", String.class), HttpStatus.OK))
        .as("a mandate lets the agent file, not read the principal's licences").isEmpty();
    assertThat(asAgent.getForEntity(held.path("pdf").asText(), String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    assertRefused(asOther, foodLicenceApplication(asOther, other,
        List.of(Map.of("requirementId", BUSINESS_LICENCE_MATERIAL, "licenceNumber", number))),
        "LICENCE_NOT_HELD", "不属于申请人");
    assertRefused(asOther, foodLicenceApplication(asOther, other,
        List.of(Map.of("requirementId", BUSINESS_LICENCE_MATERIAL,
            "licenceNumber", foodLicence.path("licenceNumber").asText()))),
        "LICENCE_WRONG_ITEM", "不是材料《营业执照或其他主体资格证明文件》所要求的证照");
    assertRefused(asHolder, foodLicenceApplication(asHolder, holder,
        List.of(Map.of("requirementId", "M3", "licenceNumber", number))),
        "LICENCE_NOT_ACCEPTED", "不能以证照代替");

    // 补正: a correction notice asking for the business licence is answered with the held licence
    String corrected = api.read(api.file(asHolder, foodLicenceApplication(asHolder, holder, List.of()),
        HallApi.newIdempotencyKey()), HttpStatus.CREATED).path("caseNumber").asText();
    TestRestTemplate clerk = api.as("demo-clerk");
    String taskId = HallApi.await(() -> api.taskFor(clerk, corrected, "ACCEPT"), t -> !t.isMissingNode(),
        "acceptance task of " + corrected).path("taskId").asText();
    api.read(clerk.postForEntity("/api/v1/console/tasks/" + taskId + "/claim", null, String.class), HttpStatus.OK);
    api.read(clerk.postForEntity("/api/v1/console/tasks/" + taskId + "/complete", Map.of(
        "outcome", "CORRECTION_REQUIRED", "opinion", "缺营业执照",
        "missing", List.of(Map.of("requirementId", BUSINESS_LICENCE_MATERIAL, "reason", "请提供营业执照"))),
        String.class), HttpStatus.OK);
    JsonNode supplemented = api.read(asHolder.postForEntity("/api/v1/cases/" + corrected + "/supplements",
        Map.of("materials", List.of(Map.of("requirementId", BUSINESS_LICENCE_MATERIAL, "licenceNumber", number))),
        String.class), HttpStatus.OK);
    assertThat(supplemented.path("status").asText()).isEqualTo("SUBMITTED");
    assertThat(supplemented.path("licenceMaterials").get(0).path("licenceNumber").asText()).isEqualTo(number);

    jdbc.update("update licence set valid_until = ? where licence_number = ?",
        java.sql.Date.valueOf("2020-12-31"), number);
    assertRefused(asHolder, foodLicenceApplication(asHolder, holder,
        List.of(Map.of("requirementId", BUSINESS_LICENCE_MATERIAL, "licenceNumber", number))),
        "LICENCE_NOT_VALID", "已过期");
    assertThat(api.read(asHolder.getForEntity("/api/v1/licences", String.class), HttpStatus.OK).get(0)
        .path("statusLabel").asText()).isEqualTo("已过期");
  }

  @Test
  void theWalletEndpointsAreInThePublishedApiDocument() throws Exception {
    JsonNode paths = api.read(http.getForEntity("/v3/api-docs", String.class), HttpStatus.OK).path("paths");
    assertThat(paths.has("/api/v1/licences")).isTrue();
    assertThat(paths.has("/api/v1/licences/{licenceNumber}.pdf")).isTrue();
    assertThat(paths.has("/api/v1/console/cases/{caseNumber}/licences/{licenceNumber}.pdf")).isTrue();
  }

  private void assertRefused(TestRestTemplate applicant, Map<String, Object> application, String code,
      String detail) throws Exception {
    JsonNode problem = api.read(api.file(applicant, application, HallApi.newIdempotencyKey()),
        HttpStatus.BAD_REQUEST);
    assertThat(problem.path("code").asText()).isEqualTo(code);
    assertThat(problem.path("detail").asText()).contains(detail);
    assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("materials.licenceNumber");
  }

  /** Files the application, walks it through acceptance, review and decision; the issued licence. */
  private JsonNode issue(TestRestTemplate applicant, Map<String, Object> application) throws Exception {
    String caseNumber = api.read(api.file(applicant, application, HallApi.newIdempotencyKey()),
        HttpStatus.CREATED).path("caseNumber").asText();
    api.completeTask("demo-clerk", caseNumber, "ACCEPT", "ACCEPTED", "材料齐全，予以受理");
    api.completeTask("demo-reviewer", caseNumber, "REVIEW", "PASSED", "符合条件");
    api.completeTask("demo-approver", caseNumber, "DECIDE", "APPROVED", "准予许可");
    return HallApi.await(() -> api.caseOf(applicant, caseNumber),
        c -> c.path("status").asText().equals("ISSUED"), "case " + caseNumber + " issued").path("licence");
  }

  /** 有限责任公司设立登记 of the company, every required material the same uploaded PDF. */
  private Map<String, Object> businessLicenceApplication(TestRestTemplate applicant, Account company)
      throws Exception {
    String pdf = api.uploadPdf(applicant, "公司登记申请书.pdf").path("materialId").asText();
    List<Map<String, String>> materials = new ArrayList<>();
    for (String requirement : List.of("M1", "M2", "M3", "M4", "M5")) {
      materials.add(Map.of("requirementId", requirement, "materialId", pdf));
    }
    return Map.of("itemCode", BUSINESS_LICENCE,
        "formData", Map.of("applicantName", company.displayName(), "registeredCapital", "100",
            "legalRepresentative", "陈建国", "legalRepId", Parties.newResidentIdNumber(),
            "residence", "厦门市思明区湖滨南路 100 号", "businessScope", "餐饮服务；餐饮管理",
            "shareholderCount", "2", "contactPhone", "13812345678"),
        "materials", materials);
  }

  /** The food licence of the company: the application form as M1, plus the given extra materials. */
  private Map<String, Object> foodLicenceApplication(TestRestTemplate applicant, Account company,
      List<Map<String, String>> extra) throws Exception {
    String pdf = api.uploadPdf(applicant, "食品经营许可申请书.pdf").path("materialId").asText();
    List<Map<String, String>> materials = new ArrayList<>();
    materials.add(Map.of("requirementId", "M1", "materialId", pdf));
    materials.addAll(extra);
    return Map.of("itemCode", FOOD_LICENCE,
        "formData", Map.of("applicantName", company.displayName(), "creditCode", company.partyId(),
            "businessScope", "HOT_FOOD", "contactPhone", "13812345678"),
        "materials", materials);
  }

  private static HttpHeaders language(String tag) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, tag);
    return headers;
  }
}
