package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Cockpit really runs in a browser behind OpenHall's sign-in: its scripts load under Camunda's
 * own Content-Security-Policy and it shows the signed-in admin's menu, never its own login form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CockpitBrowserTest {

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
  void anAdminSignedInOnTheConsoleSeesCockpitsDashboard() {
    browser = Browser.start(downloads);
    open("/console/login");
    browser.findElement(By.id("username")).sendKeys("demo-admin");
    browser.findElement(By.id("password")).sendKeys(HallApi.PASSWORD);
    WebElement submit = browser.findElement(By.cssSelector("main form button[type=submit]"));
    submit.click();
    Browser.awaitReplaced(browser, submit, Duration.ofSeconds(20));

    browser.findElement(By.linkText("Cockpit")).click();
    new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions
        .presenceOfElementLocated(By.cssSelector(".Header a[href*='processes']")));
    assertThat(browser.getCurrentUrl()).contains("/camunda/app/cockpit/default/").doesNotContain("login");
    assertThat(browser.findElements(By.cssSelector("input[name=username], input#username")))
        .as("no Camunda login form").isEmpty();
  }

  private void open(String path) {
    browser.get("http://localhost:" + port + path);
  }
}
