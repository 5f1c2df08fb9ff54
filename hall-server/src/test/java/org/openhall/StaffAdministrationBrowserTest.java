package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An administrator adds a member of staff on a phone-sized screen (390 px) without sideways
 * scrolling; the new person signs in with the temporary password and must change it first.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffAdministrationBrowserTest {

  private static final Pattern TEMPORARY = Pattern.compile("临时密码：(\\S+?)（");

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
  void anAdministratorAddsAReviewerOnAPhoneWhoThenMustChangeThePassword() {
    browser = Browser.start(downloads);
    browser.manage().window().setSize(new Dimension(390, 844));
    String username = "phone-" + UUID.randomUUID().toString().substring(0, 6);

    signIn("demo-admin", HallApi.PASSWORD);
    follow(browser.findElement(By.linkText("人员与部门")));
    assertNoSidewaysScrolling();

    browser.findElement(By.id("username")).sendKeys(username);
    new Select(browser.findElement(By.id("grantDepartment0"))).selectByValue("SCJG");
    new Select(browser.findElement(By.id("grantRole0"))).selectByValue("REVIEWER");
    follow(browser.findElement(By.cssSelector("#staff-form button[type=submit]")));
    assertThat(browser.findElement(By.id("displayName-error")).getText()).isEqualTo("请填写姓名");
    assertThat(browser.findElement(By.id("displayName")).getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.findElement(By.id("username")).getAttribute("value")).as("nothing typed lost")
        .isEqualTo(username);
    assertThat(new Select(browser.findElement(By.id("grantRole0"))).getFirstSelectedOption().getAttribute("value"))
        .isEqualTo("REVIEWER");

    browser.findElement(By.id("displayName")).sendKeys("手机审查员");
    follow(browser.findElement(By.cssSelector("#staff-form button[type=submit]")));
    String notice = browser.findElement(By.id("staff-notice")).getText();
    Matcher temporary = TEMPORARY.matcher(notice);
    assertThat(temporary.find()).as(notice).isTrue();
    assertThat(browser.findElement(By.id("staff-" + username)).getText())
        .contains("手机审查员", "市场监督管理局 审查人员", "待本人修改密码");
    assertNoSidewaysScrolling();

    follow(browser.findElement(By.cssSelector("header form button[type=submit]")));
    signIn(username, temporary.group(1));
    assertThat(browser.getCurrentUrl()).endsWith("/console/password");
    assertNoSidewaysScrolling();
    browser.findElement(By.id("currentPassword")).sendKeys(temporary.group(1));
    browser.findElement(By.id("newPassword")).sendKeys("Handy2026review");
    browser.findElement(By.id("repeatPassword")).sendKeys("Handy2026review");
    follow(browser.findElement(By.cssSelector("#password button[type=submit]")));
    assertThat(browser.findElement(By.cssSelector("p.notice")).getText()).isEqualTo("密码已修改。");
    assertThat(browser.getCurrentUrl()).doesNotContain("/console/password");
  }

  private void signIn(String username, String password) {
    open("/console/login");
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(password);
    follow(browser.findElement(By.cssSelector("main form button[type=submit]")));
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
