package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhall.identity.Account;
import org.openhall.identity.Accounts;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * 缴费 in a real browser on a phone-sized screen (390 px): the applicant of an approved 不动产转移登记 sees
 * the fee due in words, pays through the demo's simulated bank and comes back to the receipt.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PaymentBrowserTest {

  @LocalServerPort
  int port;

  @TempDir
  Path downloads;

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired Accounts accounts;
  @Autowired PasswordEncoder passwords;

  WebDriver browser;

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void theApplicantPaysTheFeeOnlineOnAPhoneAndSeesTheReceipt() throws Exception {
    HallApi api = new HallApi(http, json);
    Account buyer = new Parties(accounts, passwords).person("吴手机");
    String n = PaymentIntegrationTest.approvedLandTransfer(api, new Filings(api), buyer);
    HallApi.await(() -> api.caseOf(api.as(buyer.username()), n),
        c -> c.path("payment").path("status").asText().equals("DUE"), "the fee of " + n + " due");

    browser = Browser.start(downloads);
    browser.manage().window().setSize(new Dimension(390, 844));
    open("/login");
    browser.findElement(By.id("username")).sendKeys(buyer.username());
    browser.findElement(By.id("password")).sendKeys(HallApi.PASSWORD);
    follow(browser.findElement(By.cssSelector("main form button[type=submit]")));
    open("/cases/" + n);

    WebElement fee = browser.findElement(By.id("case-payment"));
    assertThat(browser.findElement(By.id("case-payment-title")).getText()).isEqualTo("缴费");
    assertThat(browser.findElement(By.id("payment-amount")).getText()).isEqualTo("¥80.00");
    assertThat(browser.findElement(By.id("payment-status")).getText()).isEqualTo("待缴费");
    assertThat(fee.getText()).doesNotContain("DUE", "BEFORE_ISSUE");
    assertPageIsPlainAndLabelled();
    assertNoSidewaysScrolling();

    follow(browser.findElement(By.id("payment-online")));
    assertThat(browser.getCurrentUrl()).contains("/demo-bank/");
    assertThat(browser.findElement(By.id("bank-amount")).getText()).isEqualTo("¥80.00");
    assertPageIsPlainAndLabelled();
    assertNoSidewaysScrolling();

    follow(browser.findElement(By.id("bank-pay")));
    assertThat(browser.getCurrentUrl()).contains("/cases/" + n);
    assertThat(browser.findElement(By.id("case-payment-title")).getText()).isEqualTo("缴费回执");
    assertThat(browser.findElement(By.id("payment-status")).getText()).isEqualTo("已缴费");
    assertThat(browser.findElement(By.id("payment-method")).getText()).isEqualTo("网上缴费");
    assertThat(browser.findElement(By.id("payment-reference")).getText()).startsWith("SIM-");
    assertThat(browser.findElements(By.id("payment-online-form"))).as("paid once").isEmpty();
    assertNoSidewaysScrolling();
  }

  /** Strict CSP: no inline script, style or handler; every form control has a label. */
  private void assertPageIsPlainAndLabelled() {
    String html = browser.getPageSource();
    assertThat(html).doesNotContain(" style=\"", " onclick=", " onchange=", " onsubmit=");
    JavascriptExecutor js = (JavascriptExecutor) browser;
    Object unlabelled = js.executeScript("return Array.from(document.querySelectorAll("
        + "'main input:not([type=hidden]), main select, main textarea'))"
        + ".filter(e => e.labels.length === 0).map(e => e.id || e.name);");
    assertThat((java.util.List<?>) unlabelled).as("controls without a label").isEmpty();
    Object inlineScripts = js.executeScript("return Array.from(document.scripts).filter(s => !s.src).length;");
    assertThat((Long) inlineScripts).isZero();
  }

  private void assertNoSidewaysScrolling() {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    long viewport = (Long) js.executeScript("return document.documentElement.clientWidth;");
    long content = (Long) js.executeScript("return document.documentElement.scrollWidth;");
    assertThat(viewport).as("a phone-sized viewport").isLessThanOrEqualTo(390);
    assertThat(content).as("page width at " + viewport + " px").isLessThanOrEqualTo(viewport);
  }

  private void follow(WebElement element) {
    element.click();
    Browser.awaitReplaced(browser, element, Duration.ofSeconds(20));
  }

  private void open(String path) {
    browser.get("http://localhost:" + port + path);
  }
}
