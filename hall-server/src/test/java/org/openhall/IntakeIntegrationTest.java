package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
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
 * 一窗受理 over real HTTP with the engine: a clerk finds or registers a walk-in (check digits refused
 * field by field), uploads their materials, and takes the application in with the decision — each
 * decision answered at once with its document; an instant item decided on the spot, a filing recorded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IntakeIntegrationTest {

  static final String CLERK = "demo-scjg-clerk";

  @Autowired
  TestRestTemplate http;

  @Autowired
  ObjectMapper json;

  HallApi api;

  @BeforeEach
  void setUp() {
    api = new HallApi(http, json);
  }

  private ResponseEntity<String> post(String user, String path, Object body, String language) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (language != null) {
      headers.set("Accept-Language", language);
    }
    return api.as(user).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  private static Map<String, Object> company(String creditCode, String representativeId) {
    return Map.of("kind", "ENTITY", "name", "福州窗口测试商贸有限公司", "creditCode", creditCode,
        "phone", "13912345678", "legalRepresentative", Map.of("name", "林建华", "idNumber", representativeId));
  }

  /** Registers a new company at the window and returns its applicant id. */
  private JsonNode registerCompany(String creditCode) throws Exception {
    return api.read(post(CLERK, "/api/v1/console/intake/applicants",
        company(creditCode, Parties.newResidentIdNumber()), null), HttpStatus.CREATED);
  }

  private String upload(String applicantId, String fileName) throws Exception {
    var upload = new LinkedMultiValueMap<String, Object>();
    upload.add("file", new ByteArrayResource(HallApi.blankPdf()) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    HttpHeaders multipart = new HttpHeaders();
    multipart.setContentType(MediaType.MULTIPART_FORM_DATA);
    return api.read(api.as(CLERK).postForEntity("/api/v1/console/intake/applicants/" + applicantId + "/materials",
        new HttpEntity<>(upload, multipart), String.class), HttpStatus.CREATED).path("materialId").asText();
  }

  private static Map<String, Object> material(String requirementId, String materialId) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("requirementId", requirementId);
    m.put("materialId", materialId);
    m.put("originalSeen", true);
    m.put("copiesTaken", false);
    return m;
  }

  private static Map<String, String> foodForm(String creditCode) {
    return Map.of("applicantName", "福州窗口测试商贸有限公司", "creditCode", creditCode,
        "businessScope", "HOT_FOOD", "contactPhone", "13912345678");
  }

  private static Map<String, Object> intake(String creditCode, String itemCode, Map<String, String> form,
      List<Map<String, Object>> materials, Map<String, Object> decision) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("applicant", company(creditCode, Parties.newResidentIdNumber()));
    body.put("itemCode", itemCode);
    body.put("formData", form);
    body.put("materials", materials);
    body.put("decision", decision);
    return body;
  }

  private static List<String> kinds(JsonNode taken) {
    List<String> kinds = new ArrayList<>();
    taken.path("documents").forEach(d -> kinds.add(d.path("kind").asText()));
    return kinds;
  }

  private String pdfText(JsonNode taken, String kind) throws Exception {
    for (JsonNode d : taken.path("documents")) {
      if (d.path("kind").asText().equals(kind)) {
        ResponseEntity<byte[]> pdf = api.as(CLERK).getForEntity(d.path("url").asText(), byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        try (PDDocument doc = Loader.loadPDF(pdf.getBody())) {
          return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
      }
    }
    throw new AssertionError("no " + kind + " in " + taken);
  }

  @Test
  void registersAWalkInOnTheSpotRefusingEachBadCheckDigitByItsField() throws Exception {
    String good = Parties.newCreditCode();
    String badCode = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
    String goodId = Parties.newResidentIdNumber();
    String badId = goodId.substring(0, 17) + (goodId.charAt(17) == '0' ? '1' : '0');
    Map<String, Object> bad = new HashMap<>(company(badCode, badId));
    bad.put("phone", "12345");
    JsonNode problem = api.read(post(CLERK, "/api/v1/console/intake/applicants", bad, "en"),
        HttpStatus.BAD_REQUEST);
    assertThat(problem.path("code").asText()).isEqualTo("VALIDATION_FAILED");
    Map<String, String> byField = new HashMap<>();
    problem.path("errors").forEach(e -> byField.put(e.path("field").asText(), e.path("message").asText()));
    assertThat(byField).containsOnlyKeys("applicant.creditCode", "applicant.phone",
        "applicant.legalRepresentative.idNumber");
    assertThat(byField.get("applicant.creditCode")).isEqualTo("The check character of the credit code \""
        + badCode + "\" is wrong; compare it with the business licence.");
    assertThat(byField.get("applicant.legalRepresentative.idNumber"))
        .isEqualTo("The check digit of the legal representative's ID number \"" + badId
            + "\" is wrong; compare it with the card.");

    Map<String, Object> person = Map.of("kind", "PERSON", "name", "陈小明", "idNumber", badId,
        "phone", "13912345678");
    JsonNode chinese = api.read(post(CLERK, "/api/v1/console/intake/applicants", person, null),
        HttpStatus.BAD_REQUEST);
    assertThat(chinese.path("errors").get(0).path("field").asText()).isEqualTo("applicant.idNumber");
    assertThat(chinese.path("errors").get(0).path("message").asText())
        .isEqualTo("身份证号码“" + badId + "”的校验位不正确，请与证件核对。");

    assertThat(api.as(CLERK).getForEntity("/api/v1/console/intake/applicants?number=" + good, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    JsonNode registered = registerCompany(good);
    assertThat(registered.path("creditCode").asText()).isEqualTo(good);
    assertThat(registered.path("partyIdMasked").asText()).startsWith(good.substring(0, 4)).contains("*");
    assertThat(registered.path("registeredAtWindow").asBoolean()).isTrue();
    JsonNode again = api.read(post(CLERK, "/api/v1/console/intake/applicants", company(good,
        Parties.newResidentIdNumber()), null), HttpStatus.OK);
    assertThat(again.path("applicantId").asText()).isEqualTo(registered.path("applicantId").asText());
    JsonNode found = api.read(api.as(CLERK).getForEntity("/api/v1/console/intake/applicants?number= "
        + good.toLowerCase() + " ", String.class), HttpStatus.OK);
    assertThat(found.path("applicantId").asText()).isEqualTo(registered.path("applicantId").asText());
  }

  @Test
  void acceptsAWalkInAtOnceWithTheAcceptanceNotice() throws Exception {
    String code = Parties.newCreditCode();
    String applicant = registerCompany(code).path("applicantId").asText();
    String m1 = upload(applicant, "申请书.pdf");
    JsonNode taken = api.read(post(CLERK, "/api/v1/console/intake", intake(code, "SCJG-001", foodForm(code),
        List.of(material("M1", m1)), Map.of("outcome", "ACCEPTED")), null), HttpStatus.CREATED);
    assertThat(taken.path("status").asText()).isEqualTo("ACCEPTED");
    assertThat(taken.path("channel").asText()).isEqualTo("WINDOW");
    assertThat(taken.path("documentsPending").asBoolean()).isFalse();
    assertThat(kinds(taken)).contains("RECEIPT", "ACCEPTANCE_NOTICE");
    assertThat(pdfText(taken, "ACCEPTANCE_NOTICE")).contains("福州窗口测试商贸有限公司");
    assertThat(taken.path("applicant").path("creditCode").asText()).as("in full to the handling clerk")
        .isEqualTo(code);
    assertThat(taken.path("checklist").get(0).path("originalSeen").asBoolean()).isTrue();

    JsonNode staffCase = api.read(api.as(CLERK).getForEntity("/api/v1/console/cases/"
        + taken.path("caseNumber").asText(), String.class), HttpStatus.OK);
    assertThat(staffCase.path("channel").asText()).isEqualTo("WINDOW");
    assertThat(api.taskFor(api.as(CLERK), taken.path("caseNumber").asText(), "ACCEPT").isMissingNode())
        .as("the acceptance task was completed at the window").isTrue();
  }

  @Test
  void refusesAtTheWindowOnlyWithReasonsAndIssuesTheDecisionNotToAccept() throws Exception {
    String code = Parties.newCreditCode();
    registerCompany(code);
    JsonNode noReasons = api.read(post(CLERK, "/api/v1/console/intake", intake(code, "SCJG-001", foodForm(code),
        List.of(), Map.of("outcome", "NOT_ACCEPTED")), "en"), HttpStatus.BAD_REQUEST);
    assertThat(noReasons.path("errors").get(0).path("field").asText()).isEqualTo("decision.reasons");
    assertThat(noReasons.path("errors").get(0).path("message").asText())
        .isEqualTo("Give the reasons for not accepting the application.");

    JsonNode taken = api.read(post(CLERK, "/api/v1/console/intake", intake(code, "SCJG-001", foodForm(code),
        List.of(), Map.of("outcome", "NOT_ACCEPTED", "reasons", "经营场所不在本辖区")), null), HttpStatus.CREATED);
    assertThat(taken.path("status").asText()).isEqualTo("NOT_ACCEPTED");
    assertThat(kinds(taken)).contains("NOT_ACCEPTED_DECISION");
    assertThat(pdfText(taken, "NOT_ACCEPTED_DECISION")).contains("经营场所不在本辖区");
  }

  @Test
  void asksForCorrectionAtOnceWithTheOneTimeNoticeNamingTheMissingMaterial() throws Exception {
    String code = Parties.newCreditCode();
    registerCompany(code);
    JsonNode missing = api.read(post(CLERK, "/api/v1/console/intake", intake(code, "SCJG-001", foodForm(code),
        List.of(), Map.of("outcome", "ACCEPTED")), null), HttpStatus.BAD_REQUEST);
    assertThat(missing.path("code").asText()).as("accepting needs every required material")
        .isEqualTo("MATERIAL_MISSING");

    JsonNode taken = api.read(post(CLERK, "/api/v1/console/intake", intake(code, "SCJG-001", foodForm(code),
        List.of(), Map.of("outcome", "CORRECTION_REQUIRED",
            "missing", List.of(Map.of("requirementId", "M1", "reason", "未携带申请书原件")))), null),
        HttpStatus.CREATED);
    assertThat(taken.path("status").asText()).isEqualTo("CORRECTION_REQUIRED");
    assertThat(pdfText(taken, "CORRECTION_NOTICE")).contains("食品经营许可申请书", "未携带申请书原件");
  }

  @Test
  void decidesAnInstantItemOnTheSpot() throws Exception {
    String code = Parties.newCreditCode();
    String applicant = registerCompany(code).path("applicantId").asText();
    List<Map<String, Object>> materials = List.of(material("M1", upload(applicant, "变更申请书.pdf")),
        material("M2", upload(applicant, "身份证.pdf")), material("M3", upload(applicant, "营业执照.pdf")));
    Map<String, String> form = Map.of("applicantName", "福州窗口测试小吃店", "creditCode", code,
        "newName", "福州窗口测试餐饮店", "operatorName", "林建华", "operatorId", Parties.newResidentIdNumber(),
        "contactPhone", "13912345678");
    JsonNode taken = api.read(post(CLERK, "/api/v1/console/intake", intake(code, "SCJG-002", form, materials,
        Map.of("outcome", "ACCEPTED")), null), HttpStatus.CREATED);
    assertThat(taken.path("status").asText()).isIn("APPROVED", "ISSUED");
    assertThat(kinds(taken)).contains("ACCEPTANCE_NOTICE", "APPROVAL_DECISION");
  }

  @Test
  void recordsAFilingAtOnceWithItsReceipt() throws Exception {
    String code = Parties.newCreditCode();
    String applicant = registerCompany(code).path("applicantId").asText();
    List<Map<String, Object>> materials = List.of(material("M1", upload(applicant, "备案信息采集表.pdf")),
        material("M3", upload(applicant, "经办人身份证明.pdf")));
    Map<String, String> form = Map.of("applicantName", "福州窗口测试便利店", "creditCode", code,
        "businessAddress", "福州市鼓楼区五四路 1 号", "hasColdChain", "false", "contactPhone", "13912345678");
    JsonNode refused = api.read(post(CLERK, "/api/v1/console/intake", intake(code, "SCJG-004", form, materials,
        Map.of("outcome", "NOT_ACCEPTED", "reasons", "x")), null), HttpStatus.BAD_REQUEST);
    assertThat(refused.path("errors").get(0).path("code").asText()).isEqualTo("INTAKE_FILING_RECORDED_AT_ONCE");

    JsonNode taken = api.read(post(CLERK, "/api/v1/console/intake", intake(code, "SCJG-004", form, materials,
        Map.of("outcome", "ACCEPTED")), null), HttpStatus.CREATED);
    assertThat(taken.path("status").asText()).isEqualTo("FILED");
    assertThat(kinds(taken)).contains("FILING_RECEIPT");
  }

  @Test
  void refusesTheFormAsOnlineAndAnItemOfAnotherDepartment() throws Exception {
    String code = Parties.newCreditCode();
    registerCompany(code);
    Map<String, String> badForm = new HashMap<>(foodForm(code));
    badForm.put("creditCode", "123");
    JsonNode formProblem = api.read(post(CLERK, "/api/v1/console/intake", intake(code, "SCJG-001", badForm,
        List.of(), Map.of("outcome", "ACCEPTED")), null), HttpStatus.BAD_REQUEST);
    assertThat(formProblem.path("errors").get(0).path("field").asText()).isEqualTo("formData.creditCode");

    JsonNode other = api.read(post(CLERK, "/api/v1/console/intake", intake(code, "GA-001", Map.of(),
        List.of(), Map.of("outcome", "ACCEPTED")), "en"), HttpStatus.FORBIDDEN);
    assertThat(other.path("code").asText()).isEqualTo("INTAKE_ITEM_NOT_YOURS");
    assertThat(other.path("detail").asText()).contains("公安局").doesNotContain("GA-001", "{");
    assertThat(post("demo-scjg-reviewer", "/api/v1/console/intake", intake(code, "SCJG-001", foodForm(code),
        List.of(), Map.of("outcome", "ACCEPTED")), null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }
}
