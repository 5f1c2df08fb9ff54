package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Every notice and decision of a case over HTTP: issued at its step, listed to the applicant and to
 * staff, downloadable as a PDF in Chinese words (no codes) sealed by the case department's key (pdfsig:
 * valid, and invalid after one byte changes), hidden from others, publicly verifiable. Together the tests
 * issue every {@link org.openhall.document.DocumentKind} and a licence.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentIntegrationTest {

  /** Codes that must never reach a document's text. */
  private static final List<String> RAW_CODES = List.of("RECEIPT", "ACCEPTED", "NOT_ACCEPTED", "CORRECTION",
      "EXTENSION", "SPECIAL", "EXPERT_REVIEW", "APPROVED", "DENIED", "FILED", "FILING", "SCJG", "M1", "M2",
      "null");

  @Autowired
  TestRestTemplate http;

  @Autowired
  ObjectMapper json;

  @org.springframework.boot.test.web.server.LocalServerPort
  int port;

  HallApi api;

  @BeforeEach
  void connect() {
    api = new HallApi(http, json);
  }

  @Test
  void aCaseReceivesEachNoticeAtItsStepFromReceiptToApproval() throws Exception {
    TestRestTemplate company = api.as("demo-company");
    String caseNumber = api.applyForFoodLicence();
    assertThat(documentText(company, caseNumber, "RECEIPT"))
        .contains("受理回执", "食品经营许可（新办）", caseNumber, "五个工作日", "市场监督管理局");

    TestRestTemplate clerk = api.as("demo-scjg-clerk");
    JsonNode task = HallApi.await(() -> api.taskFor(clerk, caseNumber, "ACCEPT"), t -> !t.isMissingNode(),
        "acceptance task");
    String taskId = task.path("taskId").asText();
    api.read(clerk.postForEntity("/api/v1/console/tasks/" + taskId + "/claim", null, String.class), HttpStatus.OK);
    api.read(clerk.postForEntity("/api/v1/console/tasks/" + taskId + "/complete", Map.of(
        "outcome", "CORRECTION_REQUIRED", "opinion", "材料不齐",
        "missing", List.of(Map.of("requirementId", "M1", "reason", "申请书未签字"),
            Map.of("requirementId", "M2", "reason", "缺少营业执照复印件"))), String.class), HttpStatus.OK);
    assertThat(documentText(company, caseNumber, "CORRECTION_NOTICE"))
        .contains("补正材料通知书", "一次性告知", "《食品经营许可申请书》：申请书未签字",
            "《营业执照或其他主体资格证明文件》：缺少营业执照复印件");

    String material = api.uploadPdf(company, "申请书-签字.pdf").path("materialId").asText();
    api.read(company.postForEntity("/api/v1/cases/" + caseNumber + "/supplements", Map.of(
        "materials", List.of(Map.of("requirementId", "M1", "materialId", material)),
        "explanations", Map.of("M2", "已补充营业执照")), String.class), HttpStatus.OK);
    api.completeTask("demo-scjg-clerk", caseNumber, "ACCEPT", "ACCEPTED", "予以受理");
    assertThat(documentText(company, caseNumber, "ACCEPTANCE_NOTICE"))
        .contains("受理通知书", "决定予以受理", "第三十二条", "法定办理期限届满日");

    String cases = "/api/v1/console/cases/" + caseNumber;
    TestRestTemplate reviewer = api.as("demo-scjg-reviewer");
    api.read(reviewer.postForEntity(cases + "/special-procedures", Map.of("kind", "EXPERT_REVIEW",
        "expectedWorkingDays", 10, "reason", "组织专家评审"), String.class), HttpStatus.OK);
    assertThat(documentText(company, caseNumber, "SPECIAL_PROCEDURE_NOTICE"))
        .contains("特别程序告知书", "专家评审", "预计需要10个工作日", "第四十五条", "组织专家评审");
    api.read(reviewer.postForEntity(cases + "/special-procedures/current/end", Map.of("note", "专家意见已出具"),
        String.class), HttpStatus.OK);
    assertThat(documentText(company, caseNumber, "SPECIAL_PROCEDURE_END_NOTICE"))
        .contains("特别程序结束告知书", "专家评审", "第四十五条", "不计算在办理期限内", "专家意见已出具");

    String extensionId = api.read(reviewer.postForEntity(cases + "/extensions",
        Map.of("workingDays", 3, "reason", "需补充现场勘验"), String.class), HttpStatus.CREATED)
        .path("extensionId").asText();
    api.read(api.as("demo-scjg-head").postForEntity(cases + "/extensions/" + extensionId + "/decision",
        Map.of("approved", true, "note", "同意延期"), String.class), HttpStatus.OK);
    assertThat(documentText(company, caseNumber, "EXTENSION_NOTICE"))
        .contains("延期通知书", "因需补充现场勘验", "延长3个工作日", "延长后的办结日期为", "第四十二条");

    api.completeTask("demo-scjg-reviewer", caseNumber, "REVIEW", "PASSED", "符合条件");
    api.completeTask("demo-scjg-approver", caseNumber, "DECIDE", "APPROVED", "同意许可");
    assertThat(documentText(company, caseNumber, "APPROVAL_DECISION"))
        .contains("准予行政许可决定书", "决定准予行政许可", "第三十八条", "同意许可");
    HallApi.await(() -> api.caseOf(company, caseNumber), c -> c.path("status").asText().equals("ISSUED"),
        "licence of " + caseNumber);
    ResponseEntity<byte[]> licence = company.getForEntity("/api/v1/cases/" + caseNumber + "/licence.pdf",
        byte[].class);
    assertThat(licence.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertSealedByMarketRegulation(licence.getBody());

    JsonNode staffList = api.read(api.as("demo-scjg-clerk").getForEntity(cases + "/documents", String.class),
        HttpStatus.OK);
    assertThat(staffList).extracting(d -> d.path("kind").asText()).containsExactly("RECEIPT", "CORRECTION_NOTICE",
        "ACCEPTANCE_NOTICE", "SPECIAL_PROCEDURE_NOTICE", "SPECIAL_PROCEDURE_END_NOTICE", "EXTENSION_NOTICE",
        "APPROVAL_DECISION");
    assertThat(staffList.get(0).path("title").asText()).isEqualTo("受理回执");
    JsonNode english = api.read(api.as("demo-scjg-clerk").exchange(cases + "/documents",
        org.springframework.http.HttpMethod.GET, withLanguage("en"), String.class), HttpStatus.OK);
    assertThat(english.get(0).path("title").asText()).isEqualTo("Receipt of application");
    String documentId = staffList.get(0).path("documentId").asText();
    ResponseEntity<byte[]> staffPdf = api.as("demo-scjg-clerk").getForEntity(
        cases + "/documents/" + documentId + ".pdf", byte[].class);
    assertThat(staffPdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);

    for (String outsider : List.of("demo-citizen")) {
      TestRestTemplate other = api.as(outsider);
      assertThat(other.getForEntity("/api/v1/cases/" + caseNumber + "/documents", String.class).getStatusCode())
          .isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(other.getForEntity("/api/v1/cases/" + caseNumber + "/documents/" + documentId + ".pdf",
          String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
    assertThat(api.as("demo-ga-supervisor").getForEntity(cases + "/documents", String.class).getStatusCode())
        .as("staff of another department").isEqualTo(HttpStatus.NOT_FOUND);

    String code = staffList.get(6).path("verificationCode").asText();
    JsonNode verified = api.read(http.getForEntity("/api/v1/documents/" + code, String.class), HttpStatus.OK);
    assertThat(verified.path("kind").asText()).isEqualTo("APPROVAL_DECISION");
    assertThat(verified.path("title").asText()).isEqualTo("准予行政许可决定书");
    assertThat(verified.path("issuer").asText()).contains("市场监督管理局");
    assertThat(verified.path("caseNumberMasked").asText()).contains("*").isNotEqualTo(caseNumber);
    assertThat(verified.path("status").asText()).isEqualTo("IN_FORCE");
    assertThat(verified.path("addresseeMasked").asText()).as("a company's name is public").isNotBlank();
    assertThat(verified.path("issuedOn").asText()).isNotBlank();
    assertThat(http.getForEntity("/api/v1/documents/" + code.substring(1) + "Z", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(http.getForEntity("/api/v1/documents/ABCDEFGHJKMN", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    String verifyPage = http.getForEntity("/verify/" + code, String.class).getBody();
    assertThat(verifyPage).contains("id=\"verified-document\"", "准予行政许可决定书", "市场监督管理局")
        .doesNotContain(caseNumber);
  }

  @Test
  void aRefusalAtAcceptanceIsADecisionWithReasonsAndAppealRights() throws Exception {
    TestRestTemplate company = api.as("demo-company");
    String caseNumber = api.applyForFoodLicence();
    api.completeTask("demo-scjg-clerk", caseNumber, "ACCEPT", "NOT_ACCEPTED", "申请事项不属于本机关职权范围");
    assertThat(documentText(company, caseNumber, "NOT_ACCEPTED_DECISION"))
        .contains("不予受理决定书", "决定不予受理", "理由：申请事项不属于本机关职权范围",
            "六十日内依法申请行政复议", "六个月内依法向人民法院提起行政诉讼");

    PortalSession page = PortalSession.signIn(port, "demo-company");
    String html = page.get("/cases/" + caseNumber).body();
    assertThat(html).contains("id=\"case-documents\"", "不予受理决定书", "受理回执", "下载 PDF");
    java.util.regex.Matcher link = java.util.regex.Pattern.compile(
        "href=\"(/cases/" + caseNumber + "/documents/[^\"]+\\.pdf)\"").matcher(html);
    assertThat(link.find()).as("a download link").isTrue();
    var download = page.get(link.group(1));
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(PortalSession.signIn(port, "demo-citizen").get(link.group(1)).statusCode())
        .as("another applicant").isEqualTo(404);
  }

  @Test
  void aDenialIsADecisionWithReasonsAndAppealRights() throws Exception {
    TestRestTemplate company = api.as("demo-company");
    String caseNumber = api.applyForFoodLicence();
    api.completeTask("demo-scjg-clerk", caseNumber, "ACCEPT", "ACCEPTED", "予以受理");
    api.completeTask("demo-scjg-reviewer", caseNumber, "REVIEW", "FAILED", "经营场所不符合要求");
    api.completeTask("demo-scjg-approver", caseNumber, "DECIDE", "DENIED", "经营场所不符合食品安全要求");
    assertThat(documentText(company, caseNumber, "DENIAL_DECISION"))
        .contains("不予行政许可决定书", "决定不予行政许可", "理由：经营场所不符合食品安全要求",
            "六十日内依法申请行政复议", "六个月内依法向人民法院提起行政诉讼");
  }

  @Test
  void aFilingGetsAReceiptAndAFilingCertificate() throws Exception {
    TestRestTemplate company = api.as("demo-company");
    String pdf = api.uploadPdf(company, "备案信息采集表.pdf").path("materialId").asText();
    Map<String, Object> filing = Map.of("itemCode", "SCJG-004",
        "formData", Map.of("applicantName", "福州海峡食品贸易有限公司", "creditCode", "91350100M000100Y43",
            "businessAddress", "福州市鼓楼区五一北路 1 号", "contactPhone", "13812345678"),
        "materials", List.of(Map.of("requirementId", "M1", "materialId", pdf),
            Map.of("requirementId", "M3", "materialId", pdf)));
    String caseNumber = api.read(api.file(company, filing, HallApi.newIdempotencyKey()), HttpStatus.CREATED)
        .path("caseNumber").asText();
    assertThat(documentText(company, caseNumber, "FILING_RECEIPT"))
        .contains("备案凭证", "仅销售预包装食品备案", "予以备案");
  }

  /** Waits for the case's document of the kind, downloads it and returns its text without line breaks. */
  private String documentText(TestRestTemplate applicant, String caseNumber, String kind) throws Exception {
    String list = "/api/v1/cases/" + caseNumber + "/documents";
    JsonNode documents = HallApi.await(() -> api.read(applicant.getForEntity(list, String.class), HttpStatus.OK),
        l -> l.findValuesAsText("kind").contains(kind), kind + " of " + caseNumber);
    JsonNode document = null;
    for (JsonNode d : documents) {
      if (d.path("kind").asText().equals(kind)) {
        document = d;
      }
    }
    assertThat(document.path("issuedAt").asText()).isNotBlank();
    assertThat(document.path("verificationCode").asText()).hasSize(12);
    ResponseEntity<byte[]> pdf = applicant.getForEntity(list + "/" + document.path("documentId").asText() + ".pdf",
        byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertSealedByMarketRegulation(pdf.getBody());
    String text;
    try (PDDocument doc = Loader.loadPDF(pdf.getBody())) {
      assertThat(doc.getNumberOfPages()).isEqualTo(1);
      assertThat(doc.getSignatureDictionaries()).as("sealed").hasSize(1);
      text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
    }
    String withoutCaseNumber = text.replace(caseNumber, "").replace(document.path("verificationCode").asText(), "");
    for (String code : RAW_CODES) {
      assertThat(withoutCaseNumber).as(kind + " text").doesNotContain(code);
    }
    return text;
  }

  /** The food items' department, 市场监督管理局, sealed it: pdfsig says valid, and invalid after one byte changes. */
  private static void assertSealedByMarketRegulation(byte[] pdf) throws Exception {
    if (Pdfsig.installed()) {
      Pdfsig.assertSealedBy(pdf, "市场监督管理局");
    }
  }

  private static org.springframework.http.HttpEntity<Void> withLanguage(String language) {
    org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
    headers.set(org.springframework.http.HttpHeaders.ACCEPT_LANGUAGE, language);
    return new org.springframework.http.HttpEntity<>(headers);
  }
}
