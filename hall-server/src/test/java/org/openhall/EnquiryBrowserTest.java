package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A clerk records a 首问负责 enquiry on a phone-sized screen (390 px) without sideways scrolling. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EnquiryBrowserTest {

  @LocalServerPort
  int port;

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
  void aClerkRecordsAnEnquiryOnAPhoneAndSeesItAsACard() {
    browser = Browser.start(downloads);
    browser.manage().window().setSize(new Dimension(390, 844));
    String asker = "钱" + UUID.randomUUID().toString().substring(0, 6);

    open("/console/login");
    browser.findElement(By.id("username")).sendKeys("demo-scjg-clerk");
    browser.findElement(By.id("password")).sendKeys(HallApi.PASSWORD);
    follow(browser.findElement(By.cssSelector("main form button[type=submit]")));
    open("/console/enquiries");
    assertNoSidewaysScrolling();

    browser.findElement(By.id("askerName")).sendKeys(asker);
    browser.findElement(By.id("question")).sendKeys("食品经营许可证遗失了怎么补办？");
    follow(browser.findElement(By.cssSelector("#enquiry button[type=submit]")));
    assertThat(browser.findElement(By.id("answer-error")).getText())
        .isEqualTo("请填写答复内容，或引导到的部门、窗口。");
    assertThat(browser.findElement(By.id("askerName")).getAttribute("value")).as("nothing typed lost")
        .isEqualTo(asker);
    assertThat(browser.findElement(By.id("answer")).getAttribute("aria-invalid")).isEqualTo("true");

    browser.findElement(By.id("referredTo")).sendKeys("市场监管局综合窗口（5 号窗），补办需带身份证原件和遗失声明");
    browser.findElement(By.id("askerPhone")).sendKeys("13712345678");
    follow(browser.findElement(By.cssSelector("#enquiry button[type=submit]")));
    assertThat(browser.findElement(By.cssSelector("p.notice")).getText()).contains(asker);
    WebElement card = browser.findElement(By.cssSelector("#enquiries li"));
    assertThat(card.getText()).contains(asker).contains("137****5678").doesNotContain("13712345678");
    assertNoSidewaysScrolling();
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
