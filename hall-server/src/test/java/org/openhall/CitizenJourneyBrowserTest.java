package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhall.notification.SmsLog;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/**
 * One person's whole journey in a real browser (issue 10.10), at 1280 px in zh-CN: registers with a
 * phone code, finds 不动产转移登记 (a fee of ¥80 paid before issue, five materials) and applies with
 * uploaded PDFs; answers the clerk's one-time correction notice on the case page with a new file; after
 * approval pays through the demo's simulated bank; downloads the licence PDF and verifies it; rates the
 * case. The staff side works over the API. Then the key pages again at 390 px in English: nothing
 * scrolls sideways, and no label is left in Chinese.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "openhall.registration.requests-per-minute=1000")
class CitizenJourneyBrowserTest {

  static final String ITEM = "ZRZY-001";
  private static final Pattern CODE = Pattern.compile("(\\d{6})");
  /** Codes and values that must never reach a page as they are stored. */
  private static final Pattern RAW = Pattern.compile(
      "\\b(SUBMITTED|CORRECTION_REQUIRED|ACCEPTED|UNDER_REVIEW|APPROVED|ISSUED|BEFORE_ISSUE|DUE|PAID|"
          + "ONLINE|RECEIVE|ACCEPT|REVIEW|DECIDE|ISSUE|DELIVER|DOWNLOADED|null|false|true)\\b");
  private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

  @LocalServerPort
  int port;

  @TempDir
  Path files;

  @Autowired
  TestRestTemplate http;

  @Autowired
  ObjectMapper json;

  @Autowired
  SmsLog smsLog;

  PortalBrowser pages;

  @AfterEach
  void closeBrowser() {
    if (pages != null) {
      pages.close();
    }
  }

  @Test
  void aPersonRegistersAppliesAnswersTheCorrectionPaysDownloadsTheLicenceAndRates() throws Exception {
    HallApi api = new HallApi(http, json);
    pages = PortalBrowser.start(port, files).width(1280);
    ChromeDriver browser = pages.driver;
    String name = "陈思远";
    String idNumber = Parties.newResidentIdNumber();
    String phone = "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    String username = "chen" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000000, Integer.MAX_VALUE));
    String password = "Siyuan2026pw";

    // 1. registers at /register with the code sent to the phone, and signs in
    pages.open("/");
    pages.follow(By.id("nav-register"));
    assertThat(heading()).isEqualTo("注册账号");
    pages.type("username", username);
    pages.type("password", password);
    pages.type("name", name);
    pages.type("idNumber", idNumber);
    pages.type("phone", phone);
    pages.follow(By.id("send-code"));
    assertThat(pages.text("register-notice")).contains(phone.substring(7));
    pages.type("phoneCode", codeSentTo(phone));
    pages.follow(By.id("register-submit"));
    assertThat(browser.getCurrentUrl()).contains("/login?registered");
    assertThat(pages.text("login-registered")).contains("注册成功");
    pages.type("username", username);
    pages.type("password", password);
    pages.follow(By.cssSelector("main form button[type=submit]"));
    assertThat(pages.text("signed-in-name")).isEqualTo(name);

    // 2. finds the item and reads what it costs and what to bring
    pages.follow(By.cssSelector("header a.brand"));
    pages.type("query", "不动产转移");
    pages.follow(By.cssSelector("form.search button[type=submit]"));
    pages.follow(browser.findElement(By.cssSelector("a[href$='/items/" + ITEM + "']")));
    assertThat(heading()).startsWith("不动产转移登记");
    assertThat(pages.find(By.cssSelector("ul.fees")).getText()).contains("不动产登记费（住宅类）", "80");
    assertThat(pages.text("guide-payment")).isNotBlank();
    assertThat(main()).contains("不动产登记申请书", "买卖双方身份证明", "完税凭证");
    assertPlain("the service guide");

    // 3. applies: the form, five PDFs, submit
    pages.follow(By.linkText("在线申请"));
    pages.type("form.applicantName", name);
    pages.type("form.buyerId", idNumber);
    pages.type("form.sellerName", "黄卖房");
    pages.type("form.certificateNo", "闽（2020）福州市不动产权第0012345号");
    pages.type("form.propertyAddress", "福州市鼓楼区五四路100号3栋502室");
    pages.type("form.buildingArea", "89.5");
    pages.type("form.dealPrice", "150");
    pages.type("form.contactPhone", "13812345678");
    for (String m : List.of("M1", "M2", "M3", "M4", "M5")) {
      pages.attach("material." + m, pdf(m + ".pdf", "OpenHall " + m));
    }
    assertPlain("the application form");
    pages.follow(By.cssSelector("#apply button[type=submit]"));
    String caseNumber = pages.text("case-number");
    assertThat(pages.notice()).isEqualTo("申请已提交，办件编号 " + caseNumber + "。");
    assertThat(status()).isEqualTo("SUBMITTED");
    assertThat(pages.text("case-status")).isEqualTo("已提交");
    assertThat(currentStage()).isEqualTo("ACCEPT");
    assertThat(pages.text("case-applicant")).isEqualTo(name);
    assertPlain("the case page after filing");

    // 4. the clerk asks, once, for a clearer copy of the identity documents
    TestRestTemplate clerk = api.as("demo-clerk");
    JsonNode task = HallApi.await(() -> api.taskFor(clerk, caseNumber, "ACCEPT"), t -> !t.isMissingNode(),
        "acceptance task of " + caseNumber);
    String taskId = task.path("taskId").asText();
    api.read(clerk.postForEntity("/api/v1/console/tasks/" + taskId + "/claim", null, String.class), HttpStatus.OK);
    api.read(clerk.postForEntity("/api/v1/console/tasks/" + taskId + "/complete", Map.of(
        "outcome", "CORRECTION_REQUIRED", "opinion", "身份证明不清晰",
        "missing", List.of(Map.of("requirementId", "M2", "reason", "身份证复印件模糊，请上传清晰的扫描件"))),
        String.class), HttpStatus.OK);

    pages.open("/cases/" + caseNumber);
    assertThat(status()).isEqualTo("CORRECTION_REQUIRED");
    assertThat(currentStage()).isEqualTo("ACCEPT");
    assertThat(pages.find(By.cssSelector("#case-correction h2")).getText()).isNotBlank();
    assertThat(pages.find(By.cssSelector("#answer-M2 legend")).getText()).isEqualTo("买卖双方身份证明");
    assertThat(pages.text("answer-reason-M2")).contains("身份证复印件模糊，请上传清晰的扫描件");
    assertThat(browser.findElements(By.cssSelector("#case-correction fieldset.answer"))).as("only M2 is asked for")
        .hasSize(1);
    assertThat(document("CORRECTION_NOTICE")).contains("补正材料通知书");
    assertPlain("the case page with the correction notice");
    pages.screenshot("journey-correction-1280");

    pages.attach("answer-file-M2", pdf("身份证明-清晰.pdf", "OpenHall M2 clear copy"));
    pages.follow(By.id("follow-correction-submit"));
    assertThat(pages.notice()).contains("补正已提交");
    assertThat(status()).isEqualTo("SUBMITTED");
    assertThat(browser.findElements(By.id("follow-correction"))).as("answered once").isEmpty();
    assertThat(pages.find(By.cssSelector("ol.timeline")).getText()).contains("一次性告知补正", "补正材料");

    // 5. accepted, reviewed, approved; the fee is due before the licence is issued
    api.completeTask("demo-clerk", caseNumber, "ACCEPT", "ACCEPTED", "材料齐全，予以受理");
    api.completeTask("demo-reviewer", caseNumber, "REVIEW", "PASSED", "符合登记条件");
    api.completeTask("demo-approver", caseNumber, "DECIDE", "APPROVED", "准予登记");
    pages.reloadUntil(d -> "DUE".equals(d.findElement(By.id("payment-status")).getAttribute("data-status")),
        "the fee of " + caseNumber + " due on the case page");
    assertThat(status()).isEqualTo("APPROVED");
    assertThat(currentStage()).isEqualTo("ISSUE");
    assertThat(pages.text("case-payment-title")).isEqualTo("缴费");
    assertThat(pages.text("payment-amount")).isEqualTo("¥80.00");
    assertThat(pages.text("payment-status")).isEqualTo("待缴费");
    assertThat(browser.findElements(By.id("case-licence"))).as("no licence before payment").isEmpty();
    assertThat(document("APPROVAL_DECISION")).contains("准予行政许可决定书");
    assertPlain("the case page with the fee due");

    // 6. pays through the simulated bank and comes back to the receipt
    pages.follow(By.id("payment-online"));
    assertThat(browser.getCurrentUrl()).contains("/demo-bank/");
    assertThat(pages.text("bank-amount")).isEqualTo("¥80.00");
    pages.follow(By.id("bank-pay"));
    assertThat(browser.getCurrentUrl()).contains("/cases/" + caseNumber);
    assertThat(pages.text("case-payment-title")).isEqualTo("缴费回执");
    assertThat(pages.text("payment-status")).isEqualTo("已缴费");
    assertThat(pages.text("payment-method")).isEqualTo("网上缴费");

    // 7. the licence is issued; downloads it and verifies it
    pages.reloadUntil(d -> "ISSUED".equals(status()), "the licence of " + caseNumber + " issued after payment");
    assertThat(pages.text("case-status")).isEqualTo("已发证");
    assertThat(currentStage()).isEqualTo("DELIVER");
    String licenceNumber = pages.find(By.cssSelector("#case-licence p span")).getText();
    assertThat(licenceNumber).isNotBlank();
    assertThat(pages.text("licence-status")).isEqualTo("有效");
    assertPlain("the case page with the licence");
    pages.screenshot("journey-issued-1280");
    browser.findElement(By.id("licence-download")).click();
    Path licence = pages.awaitDownload("licence-" + caseNumber + ".pdf");
    try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(licence))) {
      assertThat(new PDFTextStripper().getText(pdf)).contains(name, licenceNumber, "不动产权证书");
    }
    pages.open("/cases/" + caseNumber);
    assertThat(browser.findElements(By.cssSelector("#follow-stages [aria-current=step]")))
        .as("handed over: every stage done").isEmpty();
    assertThat(pages.find(By.cssSelector("#follow-stages li[data-stage=DELIVER]")).getAttribute("data-state"))
        .isEqualTo("DONE");
    assertThat(pages.find(By.id("case-deliveries")).getText()).contains("下载");

    pages.follow(By.linkText("我的证照"));
    WebElement held = pages.find(By.cssSelector("li.held-licence"));
    assertThat(held.findElement(By.cssSelector(".licence-number")).getText()).isEqualTo(licenceNumber);
    pages.follow(held.findElement(By.cssSelector("a[href^='/verify/']")));
    assertThat(pages.text("licence-status")).isEqualTo("有效");
    assertThat(main()).as("the holder is masked on the public check").contains(licenceNumber).doesNotContain(name);

    // 8. rates the case and sees the thanks
    pages.open("/cases/" + caseNumber);
    assertThat(pages.text("case-rating-title")).isEqualTo("好差评");
    pages.find(By.cssSelector("label[for=score-5]")).click();
    pages.find(By.cssSelector("label[for=indicator-efficiency-5]")).click();
    pages.type("comment", "网上办理，一次都没跑");
    pages.follow(By.cssSelector("#rating-form button[type=submit]"));
    assertThat(pages.notice()).isEqualTo("感谢您的评价。");
    assertThat(pages.text("rating-given-score")).isEqualTo("非常满意");
    assertThat(browser.findElements(By.id("rating-form"))).as("a case is rated once").isEmpty();
    assertPlain("the case page after rating");

    // the key pages again on a phone, in English
    pages.width(390);
    for (String path : List.of("/?lang=en", "/items/" + ITEM, "/apply/" + ITEM, "/cases", "/cases/" + caseNumber,
        "/licences", "/inbox", "/mandates", "/complaints")) {
      pages.open(path);
      assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).as(path).isEqualTo("en");
      pages.assertFitsAPhone();
      assertThat(pages.cspViolations()).as("CSP violations on " + path).isEmpty();
      // the page's own words; what people and offices wrote (names, notes, message texts) stays as written
      assertThat(browser.findElements(By.cssSelector("main h1, main dt, main th, main label, main legend")))
          .as("labels on " + path + " in English").extracting(WebElement::getText)
          .filteredOn(text -> CJK.matcher(text).find()).isEmpty();
    }
    pages.open("/cases/" + caseNumber);
    assertThat(pages.text("case-status")).isEqualTo("Issued");
    assertThat(pages.text("rating-given-score")).isEqualTo("Very satisfied");
    pages.screenshot("journey-case-390-en");
  }

  /** The row of the case's documents of this kind, once issued (documents are made after the step commits). */
  private String document(String kind) {
    By row = By.cssSelector("#case-documents tr[data-kind=" + kind + "]");
    pages.reloadUntil(d -> !d.findElements(row).isEmpty(), "the " + kind + " on the case page");
    return pages.find(row).getText();
  }

  private String heading() {
    return pages.find(By.tagName("h1")).getText();
  }

  private String main() {
    return pages.find(By.tagName("main")).getText();
  }

  private String status() {
    return pages.find(By.id("case-status")).getAttribute("data-status");
  }

  /** The stage the bar marks as current, as its data attribute (the page shows its name in words). */
  private String currentStage() {
    WebElement current = pages.find(By.cssSelector("#follow-stages [aria-current=step]"));
    assertThat(current.getText()).contains("当前环节");
    return current.getAttribute("data-stage");
  }

  /** The page shows words, not stored codes, nothing scrolls sideways, and the CSP blocked nothing. */
  private void assertPlain(String what) {
    Matcher raw = RAW.matcher(main());
    assertThat(raw.find() ? raw.group() : "").as("a raw code on " + what).isEmpty();
    pages.assertNoSidewaysScrolling();
    pages.assertPageIsPlainAndLabelled();
    assertThat(pages.cspViolations()).as("CSP violations on " + what).isEmpty();
  }

  private String codeSentTo(String phone) {
    Matcher m = CODE.matcher(smsLog.findByPhoneOrderBySentAtDesc(phone).get(0).text());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  /** A small one-page PDF with a line of text, as a scanner would make, written where the browser can pick it. */
  private Path pdf(String fileName, String line) throws IOException {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage(PDRectangle.A5);
      doc.addPage(page);
      try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
        text.beginText();
        text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        text.newLineAtOffset(40, 500);
        text.showText(line + " " + System.nanoTime());
        text.endText();
      }
      doc.save(out);
      Path file = files.resolve(fileName);
      Files.write(file, out.toByteArray());
      return file;
    }
  }
}
