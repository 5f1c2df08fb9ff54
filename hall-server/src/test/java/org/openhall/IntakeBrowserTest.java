package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 一窗受理 in a real browser: a market-regulation clerk finds nobody by a new credit code, registers the
 * company on the spot (a wrong check digit refused beside its field, nothing typed lost), chooses the
 * food licence, fills the form (a bad phone refused as online), uploads a scan, ticks the checklist,
 * asks for correction of the missing application form and downloads the one-time correction notice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IntakeBrowserTest {

  @LocalServerPort
  int port;

  @TempDir
  Path downloads;

  @TempDir
  Path scans;

  ConsoleBrowser console;
  WebDriver browser;

  @AfterEach
  void closeBrowser() {
    if (console != null) {
      console.close();
    }
  }

  @Test
  void aClerkTakesAWalkInAndPrintsTheCorrectionNotice() throws Exception {
    console = ConsoleBrowser.start(port, downloads);
    browser = console.driver;
    String creditCode = Parties.newCreditCode();
    String representative = Parties.newResidentIdNumber();
    String wrongCheck = representative.substring(0, 17) + (representative.charAt(17) == '0' ? '1' : '0');

    console.signIn("demo-scjg-clerk");
    console.follow(browser.findElement(By.linkText("一窗受理")));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("一窗受理");
    browser.findElement(By.id("number")).sendKeys(creditCode);
    console.follow(browser.findElement(By.cssSelector("#intake-lookup button")));
    assertThat(browser.findElement(By.id("intake-notice")).getText()).contains("没有找到", creditCode);
    assertThat(browser.findElement(By.id("kind-ENTITY")).isSelected()).isTrue();
    assertThat(browser.findElement(By.id("creditCode")).getAttribute("value")).isEqualTo(creditCode);

    browser.findElement(By.id("name")).sendKeys("闽侯窗口餐饮有限公司");
    browser.findElement(By.id("phone")).sendKeys("13912345678");
    browser.findElement(By.id("legalRepresentativeName")).sendKeys("郑海峰");
    browser.findElement(By.id("legalRepresentativeIdNumber")).sendKeys(wrongCheck);
    console.follow(browser.findElement(By.cssSelector("#intake-register button")));
    assertThat(browser.findElement(By.id("legalRepresentativeIdNumber-error")).getText())
        .isEqualTo("法定代表人身份证号码“" + wrongCheck + "”的校验位不正确，请与证件核对。");
    assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("闽侯窗口餐饮有限公司");
    assertThat(browser.findElement(By.id("legalRepresentativeName")).getAttribute("value")).isEqualTo("郑海峰");
    WebElement id = browser.findElement(By.id("legalRepresentativeIdNumber"));
    id.clear();
    id.sendKeys(representative);
    console.follow(browser.findElement(By.cssSelector("#intake-register button")));

    assertThat(browser.findElement(By.id("intake-notice")).getText()).contains("闽侯窗口餐饮有限公司");
    new Select(browser.findElement(By.id("itemCode"))).selectByVisibleText("食品经营许可（新办）");
    console.follow(browser.findElement(By.cssSelector("#intake-item button")));

    assertThat(browser.findElement(By.id("chosen-item-title")).getText()).isEqualTo("食品经营许可（新办）");
    // what the window already knows of the applicant starts the form; the clerk still edits it
    assertThat(browser.findElement(By.id("form.applicantName")).getAttribute("value")).isEqualTo("闽侯窗口餐饮有限公司");
    assertThat(browser.findElement(By.id("form.creditCode")).getAttribute("value")).isEqualTo(creditCode);
    assertThat(browser.findElement(By.id("form.contactPhone")).getAttribute("value")).isEqualTo("13912345678");
    new Select(browser.findElement(By.id("form.businessScope"))).selectByIndex(1);
    browser.findElement(By.id("form.contactPhone")).clear();
    browser.findElement(By.id("form.contactPhone")).sendKeys("12345");
    Path scan = scans.resolve("布局图.pdf");
    Files.write(scan, HallApi.blankPdf());
    browser.findElement(By.id("material.M3")).sendKeys(scan.toAbsolutePath().toString());
    browser.findElement(By.id("original.M3")).click();
    browser.findElement(By.id("outcome-CORRECTION_REQUIRED")).click();
    browser.findElement(By.id("correct.M1")).click();
    console.follow(browser.findElement(By.id("intake-submit")));

    assertThat(browser.findElement(By.id("form.contactPhone-error")).getText()).contains("联系电话", "11 位手机号码");
    assertThat(browser.findElement(By.id("reason.M1-error")).getText()).contains("食品经营许可申请书");
    assertThat(browser.findElement(By.id("form.applicantName")).getAttribute("value")).isEqualTo("闽侯窗口餐饮有限公司");
    assertThat(browser.findElement(By.id("uploaded-M3")).getText()).contains("布局图.pdf");
    assertThat(browser.findElement(By.id("original.M3")).isSelected()).isTrue();
    assertThat(browser.findElement(By.id("correct.M1")).isSelected()).isTrue();
    assertThat(browser.findElement(By.id("outcome-CORRECTION_REQUIRED")).isSelected()).isTrue();
    assertThat(browser.findElement(By.tagName("main")).getText())
        .doesNotContain("CORRECTION_REQUIRED", "ENTITY", "SCJG-001", "HOT_FOOD", "M1", "??");
    browser.manage().window().setSize(new Dimension(390, 844));
    assertThat(console.sidewaysOverflow()).as("the page fits the window's width").isLessThanOrEqualTo(0);
    browser.manage().window().setSize(new Dimension(1280, 1600));

    WebElement phone = browser.findElement(By.id("form.contactPhone"));
    phone.clear();
    phone.sendKeys("13912345678");
    browser.findElement(By.id("reason.M1")).sendKeys("未携带申请书原件，请补交签字盖章的申请书");
    console.follow(browser.findElement(By.id("intake-submit")));

    assertThat(browser.findElement(By.id("result-status")).getText()).isEqualTo("待补正");
    String caseNumber = browser.findElement(By.id("result-case")).getText();
    WebElement notice = browser.findElement(By.cssSelector("#intake-documents li[data-kind='CORRECTION_NOTICE'] a"));
    assertThat(notice.getText()).contains("一次性告知书");
    assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("CORRECTION_REQUIRED", "RECEIPT");
    notice.click();
    Path pdf = downloaded();
    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
      assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", ""))
          .contains("食品经营许可申请书", "未携带申请书原件", "闽侯窗口餐饮有限公司");
    }

    console.open("/console/cases/" + caseNumber);
    assertThat(browser.findElement(By.cssSelector("#materials li[data-requirement='M3'] .window-check")).getText())
        .as("the checklist is on the staff case page").contains("已核验原件", "未收取复印件");

    console.open("/console/intake?lang=en");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Walk-in intake");
    assertThat(browser.findElement(By.cssSelector("label[for=number]")).getText())
        .isEqualTo("Resident ID number or unified social credit code");
    console.open("/console/intake?lang=zh-CN");
  }

  private Path downloaded() throws Exception {
    Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
    while (true) {
      assertThat(Instant.now()).as("the PDF was downloaded").isBefore(giveUp);
      Thread.sleep(200);
      try (Stream<Path> files = Files.list(downloads)) {
        Path found = files.filter(f -> f.toString().endsWith(".pdf")).filter(f -> f.toFile().length() > 0)
            .findFirst().orElse(null);
        if (found != null) {
          return found;
        }
      }
    }
  }
}
