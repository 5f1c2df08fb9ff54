package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The foundation's promise, over real HTTP against the running server: a company applies online
 * for a food business licence with its form and an uploaded PDF, a clerk accepts, a reviewer
 * passes, an approver approves, the engine issues the licence, and the company downloads a PDF
 * whose text names the holder, the item, the licence number and the issuing department, prints the
 * form by its labels and the 5-year validity, and whose QR code opens the public verify page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseJourneyIntegrationTest {

  private static final String PASSWORD = HallApi.PASSWORD;

  @Autowired
  TestRestTemplate http;

  @Autowired
  ObjectMapper json;

  @Value("${openhall.public-base-url}")
  String publicBaseUrl;

  HallApi api;

  @BeforeEach
  void connect() {
    api = new HallApi(http, json);
  }

  @Test
  void foodBusinessLicenceGoesFromOnlineApplicationToDownloadedLicence() throws Exception {
    TestRestTemplate company = api.as("demo-company");

    JsonNode guide = api.read(http.getForEntity("/api/v1/items/" + HallApi.ITEM, String.class), HttpStatus.OK);
    assertThat(guide.path("name").asText()).isEqualTo("食品经营许可（新办）");
    assertThat(guide.path("materials").get(0).path("id").asText()).isEqualTo("M1");

    JsonNode material = api.uploadPdf(company, "申请书.pdf");
    assertThat(material.path("mediaType").asText()).isEqualTo("application/pdf");

    HttpHeaders idempotent = HallApi.newIdempotencyKey();
    Map<String, Object> application = HallApi.foodLicenceApplication(material.path("materialId").asText());
    JsonNode submitted = api.read(api.file(company, application, idempotent), HttpStatus.CREATED);
    String caseNumber = submitted.path("caseNumber").asText();
    assertThat(submitted.path("status").asText()).isEqualTo("SUBMITTED");

    JsonNode again = api.read(api.file(company, application, idempotent), HttpStatus.OK);
    assertThat(again.path("caseNumber").asText()).as("same Idempotency-Key, same case").isEqualTo(caseNumber);

    completeTask("demo-clerk", caseNumber, "ACCEPT", "ACCEPTED", "材料齐全，予以受理");
    JsonNode accepted = api.caseOf(company, caseNumber);
    assertThat(accepted.path("status").asText()).isEqualTo("ACCEPTED");
    assertThat(accepted.path("dueDate").asText()).matches("\\d{4}-\\d{2}-\\d{2}");

    completeTask("demo-reviewer", caseNumber, "REVIEW", "PASSED", "经审查，符合许可条件");
    assertThat(api.caseOf(company, caseNumber).path("status").asText()).isEqualTo("UNDER_REVIEW");

    completeTask("demo-approver", caseNumber, "DECIDE", "APPROVED", "准予许可");
    JsonNode issued = HallApi.await(() -> api.caseOf(company, caseNumber),
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
      assertThat(text).as("form values by their labels, never a code")
          .contains("经营项目：热食类食品制售").doesNotContain("HOT_FOOD", "businessScope", "13812345678");
      assertThat(text.split("91350100M000100Y43", -1)).as("the holder's credit code in full, once").hasSize(2);
      assertThat(text.split("许可事项", -1)).as("许可事项 once").hasSize(2);
      Matcher validity = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日 至 (\\d{4})年(\\d{1,2})月(\\d{1,2})日")
          .matcher(text);
      assertThat(validity.find()).as("a validity with an end date: " + text).isTrue();
      LocalDate issuedOn = date(validity, 1);
      assertThat(date(validity, 4)).as("食品经营许可证: 5 years").isEqualTo(issuedOn.minusDays(1).plusYears(5));
      assertThat(qrCode(licence)).isEqualTo(publicBaseUrl.replaceAll("/+$", "") + "/verify/"
          + issued.path("licence").path("verificationCode").asText());
      PDFont font = licence.getPage(0).getResources().getFont(
          licence.getPage(0).getResources().getFontNames().iterator().next());
      assertThat(font.isEmbedded()).as("the CJK font is embedded").isTrue();
      assertThat(font.getName()).as("embedded as a subset").matches("[A-Z]{6}\\+.*");
    }

    JsonNode verified = api.read(http.getForEntity("/api/v1/licences/"
        + issued.path("licence").path("verificationCode").asText(), String.class), HttpStatus.OK);
    assertThat(verified.path("status").asText()).isEqualTo("VALID");
    assertThat(verified.path("licenceNumber").asText()).isEqualTo(licenceNumber);
  }

  private static LocalDate date(Matcher m, int group) {
    return LocalDate.of(Integer.parseInt(m.group(group)), Integer.parseInt(m.group(group + 1)),
        Integer.parseInt(m.group(group + 2)));
  }

  /** The text of the page's QR code, read from a 150 dpi rendering. */
  private static String qrCode(PDDocument document) throws Exception {
    BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 150);
    int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
        new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))),
        Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
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

  /** Completes the task through the API and shows that completing it again is refused. */
  private void completeTask(String user, String caseNumber, String stage, String outcome,
      String opinion) throws Exception {
    String taskId = api.completeTask(user, caseNumber, stage, outcome, opinion);
    ResponseEntity<String> twice = api.as(user).postForEntity("/api/v1/console/tasks/" + taskId + "/complete",
        Map.of("outcome", outcome, "opinion", opinion), String.class);
    assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(json.readTree(twice.getBody()).path("code").asText()).isEqualTo("TASK_ALREADY_COMPLETED");
  }
}
