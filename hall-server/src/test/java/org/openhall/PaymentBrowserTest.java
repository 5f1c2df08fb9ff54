package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhall.identity.Account;
import org.openhall.identity.Accounts;
import org.openqa.selenium.By;
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

  PortalBrowser pages;

  @AfterEach
  void closeBrowser() {
    if (pages != null) {
      pages.close();
    }
  }

  @Test
  void theApplicantPaysTheFeeOnlineOnAPhoneAndSeesTheReceipt() throws Exception {
    HallApi api = new HallApi(http, json);
    Account buyer = new Parties(accounts, passwords).person("吴手机");
    String n = PaymentIntegrationTest.approvedLandTransfer(api, new Filings(api), buyer);
    HallApi.await(() -> api.caseOf(api.as(buyer.username()), n),
        c -> c.path("payment").path("status").asText().equals("DUE"), "the fee of " + n + " due");

    pages = PortalBrowser.start(port, downloads).width(390);
    WebDriver browser = pages.driver;
    pages.signIn(buyer.username());
    pages.open("/cases/" + n);

    WebElement fee = browser.findElement(By.id("case-payment"));
    assertThat(browser.findElement(By.id("case-payment-title")).getText()).isEqualTo("缴费");
    assertThat(browser.findElement(By.id("payment-amount")).getText()).isEqualTo("¥80.00");
    assertThat(browser.findElement(By.id("payment-status")).getText()).isEqualTo("待缴费");
    assertThat(fee.getText()).doesNotContain("DUE", "BEFORE_ISSUE");
    pages.assertPageIsPlainAndLabelled();
    pages.assertFitsAPhone();

    pages.follow(browser.findElement(By.id("payment-online")));
    assertThat(browser.getCurrentUrl()).contains("/demo-bank/");
    assertThat(browser.findElement(By.id("bank-amount")).getText()).isEqualTo("¥80.00");
    pages.assertPageIsPlainAndLabelled();
    pages.assertFitsAPhone();

    pages.follow(browser.findElement(By.id("bank-pay")));
    assertThat(browser.getCurrentUrl()).contains("/cases/" + n);
    assertThat(browser.findElement(By.id("case-payment-title")).getText()).isEqualTo("缴费回执");
    assertThat(browser.findElement(By.id("payment-status")).getText()).isEqualTo("已缴费");
    assertThat(browser.findElement(By.id("payment-method")).getText()).isEqualTo("网上缴费");
    assertThat(browser.findElement(By.id("payment-reference")).getText()).startsWith("SIM-");
    assertThat(browser.findElements(By.id("payment-online-form"))).as("paid once").isEmpty();
    pages.assertFitsAPhone();
  }
}
