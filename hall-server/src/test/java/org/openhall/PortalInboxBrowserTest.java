package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
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
 * 消息通知 in a real browser on a phone-sized screen (390 px): a company whose filing is done sees the
 * unread count in the header, reads its messages in the inbox (Chinese texts, no codes) and marks one read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalInboxBrowserTest {

  @LocalServerPort
  int port;

  @TempDir
  Path downloads;

  @Autowired
  TestRestTemplate http;

  @Autowired
  ObjectMapper json;

  @Autowired
  Accounts accounts;

  @Autowired
  PasswordEncoder passwords;

  PortalBrowser pages;

  @AfterEach
  void closeBrowser() {
    if (pages != null) {
      pages.close();
    }
  }

  @Test
  void aCompanyReadsItsMessagesOnAPhoneAndTheUnreadCountFollows() throws Exception {
    HallApi api = new HallApi(http, json);
    Account company = new Parties(accounts, passwords).company("福州鼓山印章有限公司");
    String caseNumber = new Filings(api).sealFiling(company);
    HallApi.await(() -> api.caseOf(api.as(company.username()), caseNumber),
        c -> c.path("status").asText().equals("FILED"), "case " + caseNumber + " filed");

    pages = PortalBrowser.start(port, downloads).width(390);
    WebDriver browser = pages.driver;
    pages.signIn(company.username());

    String unread = browser.findElement(By.cssSelector("#nav-inbox .unread-badge [aria-hidden=true]")).getText();
    assertThat(browser.findElement(By.cssSelector("#nav-inbox .visually-hidden")).getAttribute("textContent"))
        .isEqualTo("（" + unread + " 条未读）");
    pages.follow(browser.findElement(By.id("nav-inbox")));

    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("消息通知");
    List<WebElement> items = browser.findElements(By.cssSelector("ol.inbox > li"));
    int count = items.size();
    assertThat(count).as("submitted and the invitation to rate, at least").isGreaterThanOrEqualTo(2)
        .isEqualTo(Integer.parseInt(unread));
    assertThat(items).allSatisfy(li -> assertThat(li.getText()).contains(caseNumber, "未读")
        .doesNotContain("SUBMITTED", "notify.", "FILED", "null"));
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("公章刻制备案", "请为本次服务评价");
    pages.assertPageIsPlainAndLabelled();
    pages.assertFitsAPhone();

    pages.follow(items.get(0).findElement(By.cssSelector("form button[type=submit]")));
    assertThat(browser.findElements(By.cssSelector("ol.inbox > li.read"))).hasSize(1);
    assertThat(browser.findElements(By.cssSelector("ol.inbox > li.unread"))).hasSize(count - 1);
    assertThat(browser.findElement(By.cssSelector("#nav-inbox .unread-badge [aria-hidden=true]")).getText())
        .isEqualTo(String.valueOf(count - 1));
    pages.assertFitsAPhone();
  }
}
