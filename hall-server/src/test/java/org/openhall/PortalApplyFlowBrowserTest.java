package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The same journey as {@link CaseJourneyIntegrationTest}, but through the pages in a real
 * browser: the company signs in at the portal, fills in the form rendered from the item's form
 * definition, uploads its PDF and submits; clerk, reviewer and approver sign in at the console
 * and work their tasks; the company sees the case issued and downloads the licence.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalApplyFlowBrowserTest {

  @LocalServerPort
  int port;

  @TempDir
  Path downloads;

  PortalBrowser pages;
  WebDriver browser;

  @AfterEach
  void closeBrowser() {
    if (pages != null) {
      pages.close();
    }
  }

  @Test
  void companyAppliesInThePortalAndDownloadsTheLicenceAfterTheConsoleApproves() throws Exception {
    pages = PortalBrowser.start(port, downloads);
    browser = pages.driver;
    Path form = downloads.resolve("申请书.pdf");
    Files.write(form, blankPdf());

    pages.signIn("demo-company");
    pages.open("/items/SCJG-001");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("食品经营许可（新办）");
    browser.findElement(By.linkText("在线申请")).click();

    // showWhen: the cold-storage area is asked only for a business with a cold chain
    assertThat(browser.findElement(By.id("form.coldStorageArea")).isDisplayed()).isFalse();
    browser.findElement(By.id("form.hasColdChain")).click();
    assertThat(browser.findElement(By.id("form.coldStorageArea")).isDisplayed()).isTrue();
    browser.findElement(By.id("form.hasColdChain")).click();
    assertThat(browser.findElement(By.id("form.coldStorageArea")).isDisplayed()).isFalse();

    browser.findElement(By.id("form.applicantName")).clear(); // pre-filled from the profile (issue 10.2)
    browser.findElement(By.id("form.applicantName")).sendKeys("福州海峡食品贸易有限公司");
    browser.findElement(By.id("form.creditCode")).clear(); // pre-filled from the profile (issue 10.2)
    browser.findElement(By.id("form.creditCode")).sendKeys("91350100M000100Y43");
    new Select(browser.findElement(By.id("form.businessScope"))).selectByValue("HOT_FOOD");
    browser.findElement(By.id("form.contactPhone")).clear(); // pre-filled from the profile (issue 10.2)
    browser.findElement(By.id("form.contactPhone")).sendKeys("1381234567");
    pages.attach("material.M1", form);
    pages.follow(browser.findElement(By.cssSelector("#apply button[type=submit]")));

    assertThat(browser.findElement(By.cssSelector(".errors")).getText())
        .as("a wrong phone number is refused with a specific message, the rest kept")
        .contains("联系电话");
    assertThat(browser.findElement(By.id("form.applicantName")).getAttribute("value"))
        .isEqualTo("福州海峡食品贸易有限公司");
    browser.findElement(By.id("form.contactPhone")).clear();
    browser.findElement(By.id("form.contactPhone")).sendKeys("13812345678");
    assertThat(browser.findElement(By.id("uploaded-M1")).getText())
        .as("the PDF uploaded with the refused attempt is kept").contains("申请书.pdf");
    pages.follow(browser.findElement(By.cssSelector("#apply button[type=submit]")));

    String caseNumber = browser.findElement(By.id("case-number")).getText();
    assertThat(browser.findElement(By.id("case-status")).getAttribute("data-status")).isEqualTo("SUBMITTED");
    pages.signOut();

    work("demo-clerk", caseNumber, "ACCEPT", "ACCEPTED");
    work("demo-reviewer", caseNumber, "REVIEW", "PASSED");
    work("demo-approver", caseNumber, "DECIDE", "APPROVED");

    pages.signIn("demo-company");
    pages.open("/cases/" + caseNumber);
    pages.reloadUntil(d -> "ISSUED".equals(d.findElement(By.id("case-status")).getAttribute("data-status")),
        "licence issued in time");
    browser.findElement(By.id("licence-download")).click();
    Path pdf = pages.awaitDownload("licence-" + caseNumber + ".pdf");
    try (PDDocument licence = Loader.loadPDF(Files.readAllBytes(pdf))) {
      assertThat(new PDFTextStripper().getText(licence))
          .contains("福州海峡食品贸易有限公司", "食品经营许可（新办）", "市场监督管理局");
    }
  }

  private void work(String user, String caseNumber, String stage, String outcome) throws Exception {
    pages.signInAt("/console/login", user, HallApi.PASSWORD);
    String row = "tr[data-case='" + caseNumber + "'][data-stage='" + stage + "'] a";
    pages.open("/console?caseNumber=" + caseNumber);
    pages.reloadUntil(d -> !d.findElements(By.cssSelector(row)).isEmpty(), stage + " task on the worklist of " + user);
    List<WebElement> links = browser.findElements(By.cssSelector(row));
    pages.follow(links.get(0));
    pages.follow(browser.findElement(By.id("claim")));
    browser.findElement(By.cssSelector("input[name=outcome][value=" + outcome + "]")).click();
    browser.findElement(By.id("opinion")).sendKeys("同意");
    pages.follow(browser.findElement(By.cssSelector("#complete button[type=submit]")));
    assertThat(browser.findElement(By.cssSelector(".notice")).getText()).startsWith("已提交");
    pages.signOut();
  }

  private static byte[] blankPdf() throws Exception {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.addPage(new PDPage());
      doc.save(out);
      return out.toByteArray();
    }
  }
}
