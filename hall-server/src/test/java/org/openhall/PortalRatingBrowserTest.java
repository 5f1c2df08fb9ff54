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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * 好差评 and 投诉 in a real browser on a phone-sized screen (390 px): a company rates its completed case
 * from the case page with the keyboard, is told beside the comment that a bad rating needs a reason
 * (nothing chosen is lost), sees the rating given, then complains about the case from the case page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalRatingBrowserTest {

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
  void aCompanyRatesItsCompletedCaseOnAPhoneAndThenComplainsAboutIt() throws Exception {
    HallApi api = new HallApi(http, json);
    Account company = new Parties(accounts, passwords).company("福州晋安印章有限公司");
    String caseNumber = new Filings(api).sealFiling(company);
    HallApi.await(() -> api.caseOf(api.as(company.username()), caseNumber),
        c -> c.path("status").asText().equals("FILED"), "case " + caseNumber + " filed");

    pages = PortalBrowser.start(port, downloads).width(390);
    WebDriver browser = pages.driver;
    pages.signIn(company.username());
    pages.open("/cases/" + caseNumber);
    assertThat(browser.findElement(By.id("case-rating-title")).getText()).isEqualTo("好差评");
    assertThat(browser.findElements(By.cssSelector("#rating-form label[for^=score-]")))
        .extracting(WebElement::getText).containsExactly("非常满意", "满意", "基本满意", "不满意", "非常不满意");
    pages.assertPageIsPlainAndLabelled();
    pages.assertFitsAPhone();

    // With the keyboard: Space picks 非常满意, three steps down is 不满意.
    WebElement best = browser.findElement(By.id("score-5"));
    best.sendKeys(Keys.SPACE);
    best.sendKeys(Keys.ARROW_DOWN);
    browser.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
    browser.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
    assertThat(browser.findElement(By.id("score-2")).isSelected()).isTrue();
    browser.findElement(By.cssSelector("label[for=indicator-efficiency-1]")).click();
    pages.follow(browser.findElement(By.cssSelector("#rating-form button[type=submit]")));

    assertThat(browser.findElement(By.id("comment-error")).getText())
        .isEqualTo("选择“不满意”或“非常不满意”时，请写明原因，以便整改回访。");
    WebElement comment = browser.findElement(By.id("comment"));
    assertThat(comment.getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(comment.getAttribute("aria-describedby")).contains("comment-error");
    assertThat(browser.findElement(By.id("score-2")).isSelected()).as("nothing chosen is lost").isTrue();
    assertThat(browser.findElement(By.id("indicator-efficiency-1")).isSelected()).isTrue();
    pages.assertFitsAPhone();

    comment.sendKeys("备案材料被要求重复提交两次");
    pages.follow(browser.findElement(By.cssSelector("#rating-form button[type=submit]")));
    assertThat(browser.getCurrentUrl()).contains("/cases/" + caseNumber);
    assertThat(browser.findElement(By.cssSelector("p.notice")).getText()).isEqualTo("感谢您的评价。");
    assertThat(browser.findElement(By.id("rating-given-score")).getText()).isEqualTo("不满意");
    assertThat(browser.findElement(By.id("rating-given-comment")).getText()).isEqualTo("备案材料被要求重复提交两次");
    assertThat(browser.findElement(By.id("rating-follow-up")).getText()).contains("整改并答复您");
    assertThat(browser.findElements(By.id("rating-form"))).as("a case is rated once").isEmpty();
    assertThat(browser.findElement(By.id("case-rating")).getText()).doesNotContain("DISSATISFIED", "EFFICIENCY");

    pages.follow(browser.findElement(By.cssSelector("#case-complain a")));
    assertThat(new Select(browser.findElement(By.id("caseNumber"))).getFirstSelectedOption().getAttribute("value"))
        .as("the complaint is about the case it came from").isEqualTo(caseNumber);
    pages.assertPageIsPlainAndLabelled();
    pages.assertFitsAPhone();
    browser.findElement(By.id("content")).sendKeys("窗口要求重复提交材料");
    pages.follow(browser.findElement(By.cssSelector("#complaint button[type=submit]")));
    assertThat(browser.findElement(By.id("category-error")).getText()).isEqualTo("请从列表中选择投诉类别。");
    assertThat(browser.findElement(By.id("category")).getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.findElement(By.id("content")).getAttribute("value")).as("nothing typed is lost")
        .isEqualTo("窗口要求重复提交材料");
    new Select(browser.findElement(By.id("category"))).selectByVisibleText("额外要求、吃拿卡要");
    pages.follow(browser.findElement(By.cssSelector("#complaint button[type=submit]")));

    assertThat(browser.findElement(By.cssSelector("p.notice")).getText()).startsWith("投诉已受理，投诉编号 TS");
    WebElement card = browser.findElement(By.cssSelector("#complaints li"));
    assertThat(card.getText()).contains(caseNumber, "已受理", "额外要求、吃拿卡要", "窗口要求重复提交材料")
        .doesNotContain("RECEIVED", "EXTRA_DEMANDS");
    assertThat(browser.findElement(By.id("nav-complaints")).getAttribute("href")).endsWith("/complaints");
    pages.assertFitsAPhone();
  }
}
