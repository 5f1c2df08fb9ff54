package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhall.identity.Account;
import org.openhall.identity.Accounts;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * 申请草稿 in a real browser: a company types, attaches a file (a too large one is refused at once, next
 * to its field), saves a draft, leaves, comes back through My drafts, finds everything kept, finishes and
 * submits; the case page offers the receipt and the draft is gone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    ApplicationDraftIntegrationTest.VAULT_LIMIT, ApplicationDraftIntegrationTest.FILE_LIMIT,
    ApplicationDraftIntegrationTest.REQUEST_LIMIT})
class ApplicationDraftBrowserTest {

  @LocalServerPort
  int port;

  @Autowired
  Accounts accounts;

  @Autowired
  PasswordEncoder passwords;

  @TempDir
  Path downloads;

  WebDriver browser;

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void aCompanySavesADraftLeavesComesBackThroughMyDraftsAndSubmits() throws Exception {
    Account company = new Parties(accounts, passwords).company("福州草稿浏览器餐饮店");
    Path form = downloads.resolve("申请书-草稿.pdf");
    Files.write(form, Filings.pdf("申请书"));
    Path tooLarge = downloads.resolve("布局图-太大.pdf");
    byte[] big = new byte[1_200_000];
    System.arraycopy("%PDF-1.4".getBytes(), 0, big, 0, 8);
    Files.write(tooLarge, big);
    browser = Browser.start(downloads);

    open("/login");
    browser.findElement(By.id("username")).sendKeys(company.username());
    browser.findElement(By.id("password")).sendKeys(HallApi.PASSWORD);
    follow(browser.findElement(By.cssSelector("main form button[type=submit]")));
    open("/apply/SCJG-001");
    assertThat(browser.findElement(By.id("apply-prefill")).getText()).contains("账户资料");
    assertThat(browser.findElement(By.id("form.applicantName")).getAttribute("value")).isEqualTo(company.displayName());

    browser.findElement(By.id("form.applicantName")).clear();
    browser.findElement(By.id("form.applicantName")).sendKeys("福州草稿浏览器餐饮店（五四路店）");
    new Select(browser.findElement(By.id("form.businessScope"))).selectByValue("COLD_FOOD");
    browser.findElement(By.id("material.M1")).sendKeys(form.toAbsolutePath().toString());
    WebElement layout = browser.findElement(By.id("material.M3"));
    layout.sendKeys(tooLarge.toAbsolutePath().toString());
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(d -> d.findElement(By.id("material.M3-size")).isDisplayed());
    assertThat(browser.findElement(By.id("material.M3-size")).getText()).as("refused before sending")
        .contains("超过 1 MB");
    assertThat(layout.getAttribute("value")).isEmpty();
    assertThat(layout.getAttribute("aria-invalid")).isEqualTo("true");
    follow(browser.findElement(By.id("apply-save-draft")));
    assertThat(browser.findElement(By.id("apply-notice")).getText()).contains("草稿已保存");

    // leave, and come back through My drafts
    open("/cases");
    follow(browser.findElement(By.id("nav-drafts")));
    follow(browser.findElement(By.id("resume-SCJG-001")));
    assertThat(browser.findElement(By.id("apply-draft")).getText()).contains("已恢复您于");
    assertThat(browser.findElement(By.id("form.applicantName")).getAttribute("value"))
        .isEqualTo("福州草稿浏览器餐饮店（五四路店）");
    assertThat(new Select(browser.findElement(By.id("form.businessScope"))).getFirstSelectedOption()
        .getAttribute("value")).isEqualTo("COLD_FOOD");
    assertThat(browser.findElement(By.id("uploaded-M1")).getText()).contains("申请书-草稿.pdf");
    assertThat(new Select(browser.findElement(By.id("vault.M1"))).getFirstSelectedOption().getText())
        .contains("申请书-草稿.pdf");

    // finish and submit
    WebElement phone = browser.findElement(By.id("form.contactPhone"));
    phone.clear();
    phone.sendKeys("13812345678");
    follow(browser.findElement(By.cssSelector("#apply button[type=submit]")));
    assertThat(browser.findElement(By.id("case-status")).getAttribute("data-status")).isEqualTo("SUBMITTED");
    assertThat(browser.findElement(By.id("case-receipt")).getText()).contains("受理回执");
    open("/drafts");
    assertThat(browser.findElement(By.id("drafts-none")).getText()).contains("没有保存的草稿");
  }

  /** Clicks something that loads a new page and waits until it has replaced the old one. */
  private void follow(WebElement element) {
    element.click();
    Browser.awaitReplaced(browser, element, Duration.ofSeconds(20));
  }

  private void open(String path) {
    browser.get("http://localhost:" + port + path);
  }
}
