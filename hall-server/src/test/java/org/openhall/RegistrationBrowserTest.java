package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhall.notification.SmsLog;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 网上注册 in a real browser at phone width: from the login page to the register form, a code asked for
 * with everything typed kept, a wrong check digit shown beside its field, the registration, the sign-in
 * — and the header greets the person by name. ADMIN finds the message in the console's message log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "openhall.registration.requests-per-minute=1000")
class RegistrationBrowserTest {

  private static final Pattern CODE = Pattern.compile("(\\d{6})");

  @LocalServerPort
  int port;

  @TempDir
  Path downloads;

  @Autowired
  SmsLog smsLog;

  PortalBrowser pages;
  WebDriver browser;

  @AfterEach
  void closeBrowser() {
    if (pages != null) {
      pages.close();
    }
  }

  /** No Content-Security-Policy violation, no WCAG 2.1 AA violation, nothing wider than the phone. */
  private void pageIsClean(String what) throws Exception {
    assertThat(pages.cspViolations()).as("CSP violations on " + what).isEmpty();
    assertThat(pages.axeViolations()).as("axe on " + what).isEmpty();
    assertThat(pages.sidewaysOverflow()).as(what + " fits 390 px").isLessThanOrEqualTo(0);
  }

  @Test
  void aPersonRegistersSignsInAndTheHeaderShowsTheirName() throws Exception {
    pages = PortalBrowser.start(port, downloads).width(390);
    browser = pages.driver;
    String phone = "136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    String username = "zhou" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000000, Integer.MAX_VALUE));
    String idNumber = Parties.newResidentIdNumber();
    String wrongId = idNumber.substring(0, 17) + (idNumber.charAt(17) == '1' ? '2' : '1');

    pages.open("/login");
    pages.follow(browser.findElement(By.id("register-link")));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("注册账号");
    pageIsClean("the register page");

    pages.type("username", username);
    // switching to a company and back is a form post without script that keeps what was typed
    browser.findElement(By.id("kind-ENTITY")).click();
    pages.follow(browser.findElement(By.id("switch-kind")));
    assertThat(browser.findElement(By.id("creditCode")).isDisplayed()).isTrue();
    assertThat(browser.findElement(By.id("legalRepresentativeIdNumber")).isDisplayed()).isTrue();
    assertThat(browser.findElement(By.id("username")).getAttribute("value")).isEqualTo(username);
    pageIsClean("the company register page");
    browser.findElement(By.id("kind-PERSON")).click();
    pages.follow(browser.findElement(By.id("switch-kind")));
    assertThat(browser.findElements(By.id("creditCode"))).isEmpty();

    pages.type("password", "Secret2026pw");
    pages.type("name", "周晓明");
    pages.type("idNumber", wrongId);
    pages.type("phone", phone);
    pages.follow(browser.findElement(By.id("send-code")));
    assertThat(browser.findElement(By.id("register-notice")).getText()).contains(phone.substring(7));
    assertThat(browser.findElement(By.id("username")).getAttribute("value")).as("kept").isEqualTo(username);
    assertThat(browser.findElement(By.id("idNumber")).getAttribute("value")).isEqualTo(wrongId);
    assertThat(browser.findElement(By.id("password")).getAttribute("value")).isEqualTo("Secret2026pw");
    String code = codeSentTo(phone);
    assertThat(browser.getPageSource()).as("no code on a page").doesNotContain(code);

    pages.type("phoneCode", code);
    pages.follow(browser.findElement(By.id("register-submit")));
    WebElement id = browser.findElement(By.id("idNumber"));
    assertThat(id.getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(id.getAttribute("aria-describedby")).contains("idNumber-error");
    assertThat(browser.findElement(By.id("idNumber-error")).getText()).contains("校验位");
    assertThat(browser.findElement(By.id("phoneCode")).getAttribute("value")).as("the code typed is kept").isEqualTo(code);
    pageIsClean("the register page with an error");
    pages.screenshot("register-390");

    id.clear();
    id.sendKeys(idNumber);
    pages.follow(browser.findElement(By.id("register-submit")));
    assertThat(browser.getCurrentUrl()).contains("/login?registered");
    assertThat(browser.findElement(By.id("login-registered")).getText()).contains("注册成功");

    pages.type("username", username);
    pages.type("password", "Secret2026pw");
    pages.follow(browser.findElement(By.cssSelector("main form button[type=submit]")));
    assertThat(browser.findElement(By.id("signed-in-name")).getText()).isEqualTo("周晓明");

    // a second code within the minute is refused beside the phone, the rest kept
    pages.signOut();
    pages.open("/login");
    pages.follow(browser.findElement(By.id("forgot-link")));
    pages.type("phone", phone);
    pages.type("username", username);
    pages.follow(browser.findElement(By.id("send-code")));
    if (browser.findElements(By.id("phone-error")).isEmpty()) {
      // the minute since the registration code had passed: this code was sent, so the next one is too soon
      assertThat(browser.findElement(By.id("forgot-notice")).getText()).contains(phone.substring(7));
      pages.follow(browser.findElement(By.id("send-code")));
    }
    WebElement forgotPhone = browser.findElement(By.id("phone"));
    assertThat(forgotPhone.getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.findElement(By.id("phone-error")).getText()).contains("秒后再试");
    assertThat(browser.findElement(By.id("username")).getAttribute("value")).isEqualTo(username);
    pageIsClean("the forgotten-password page with an error");

    pages.open("/console/login");
    pages.type("username", "demo-admin");
    pages.type("password", HallApi.PASSWORD);
    pages.follow(browser.findElement(By.cssSelector("main form button[type=submit]")));
    pages.follow(browser.findElement(By.id("nav-messages")));
    assertThat(pages.cspViolations()).as("CSP violations on the message log").isEmpty();
    assertThat(browser.findElements(By.cssSelector("#messages tr[data-phone='" + phone + "'] .message-text")))
        .as("the registration code in the message log").anyMatch(cell -> cell.getText().contains(code));
  }

  private String codeSentTo(String phone) {
    Matcher m = CODE.matcher(smsLog.findByPhoneOrderBySentAtDesc(phone).get(0).text());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }
}
