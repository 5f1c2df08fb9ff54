package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A worklist day in a real browser: the clerk of 市场监督管理局 finds a new food-licence application
 * on the worklist, opens and claims it with the keyboard alone (skip link, Tab, Enter), opens its PDF
 * material from the task page, accepts it, and the task leaves the list; the reviewer then passes
 * the review the same way and the case moves on to the decision.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorklistDayBrowserTest {

  @LocalServerPort
  int port;

  @Autowired
  TestRestTemplate http;

  @Autowired
  ObjectMapper json;

  @TempDir
  Path downloads;

  ConsoleBrowser browser;

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void aClerkAndAReviewerWorkACaseThroughTheirWorklists() throws Exception {
    browser = ConsoleBrowser.start(port, downloads);
    HallApi api = new HallApi(http, json);
    String caseNumber = api.applyForFoodLicence();
    String acceptance = HallApi.await(() -> api.taskFor(api.as("demo-scjg-clerk"), caseNumber, "ACCEPT"),
        t -> !t.isMissingNode(), "the acceptance task").path("taskId").asText();

    browser.signIn("demo-scjg-clerk");
    browser.open("/console?caseNumber=" + caseNumber);
    WebElement row = row(caseNumber, "ACCEPT");
    assertThat(row.getText()).contains("食品经营许可", "受理");

    // Keyboard only: the skip link comes first and leads into the page's content, the task is opened
    // and claimed by Tab and Enter.
    browser.press(Keys.TAB);
    assertThat(browser.focused()).startsWith("A# ").contains("跳到主要内容");
    assertThat(browser.focusOutline()).isNotEqualTo("none");
    browser.press(Keys.ENTER);
    WebElement open = browser.driver.findElement(By.id("open-" + acceptance));
    browser.tabTo(open, 30);
    browser.press(Keys.ENTER);
    waitUntilGone(row);
    assertThat(browser.driver.getCurrentUrl()).endsWith("/console/tasks/" + acceptance);
    assertThat(browser.driver.findElement(By.tagName("h1")).getText()).contains("受理");
    WebElement claim = browser.driver.findElement(By.id("claim"));
    browser.tabTo(claim, 80);
    browser.press(Keys.ENTER);
    waitUntilGone(claim);
    assertThat(browser.driver.findElements(By.id("claim"))).as("claimed").isEmpty();

    openFirstMaterial(caseNumber);
    complete("ACCEPTED", "材料齐全，予以受理");
    assertThat(browser.driver.findElement(By.cssSelector("main .notice")).getText()).isEqualTo("已提交：受理");
    assertThat(browser.driver.findElements(By.cssSelector("tr[data-case='" + caseNumber + "'][data-stage=ACCEPT]")))
        .as("the accepted task left the worklist").isEmpty();
    assertThat(browser.cspViolations()).isEmpty();

    String review = HallApi.await(() -> api.taskFor(api.as("demo-scjg-reviewer"), caseNumber, "REVIEW"),
        t -> !t.isMissingNode(), "the review task").path("taskId").asText();
    browser.signIn("demo-scjg-reviewer");
    browser.open("/console?lang=zh-CN");
    browser.follow(row(caseNumber, "REVIEW").findElement(By.id("open-" + review)));
    browser.follow(browser.driver.findElement(By.id("claim")));
    complete("PASSED", "经营场所符合要求");
    assertThat(browser.driver.findElement(By.cssSelector("main .notice")).getText()).isEqualTo("已提交：审查通过");
    assertThat(browser.driver.findElements(By.cssSelector("tr[data-case='" + caseNumber + "']")))
        .as("nothing of the case is left on the reviewer's worklist").isEmpty();
    assertThat(browser.cspViolations()).isEmpty();
    HallApi.await(() -> api.taskFor(api.as("demo-scjg-approver"), caseNumber, "DECIDE"), t -> !t.isMissingNode(),
        "the decision task after the review");
  }

  private WebElement row(String caseNumber, String stage) {
    return browser.driver.findElement(By.cssSelector("tr[data-case='" + caseNumber + "'][data-stage=" + stage + "]"));
  }

  /** Opens the PDF material in a new tab, as served inline; this headless browser hands it on as a file. */
  private void openFirstMaterial(String caseNumber) throws Exception {
    WebElement link = browser.driver.findElement(By.cssSelector("#materials a.material-open"));
    assertThat(link.getText()).isEqualTo("在浏览器中打开");
    assertThat(link.getDomAttribute("href")).contains("/console/cases/" + caseNumber + "/materials/");
    String taskPage = browser.driver.getWindowHandle();
    link.click();
    Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
    Path opened = null;
    while (opened == null) {
      assertThat(Instant.now()).as("the PDF material opened").isBefore(giveUp);
      Thread.sleep(200);
      try (Stream<Path> files = Files.list(downloads)) {
        opened = files.filter(f -> f.toString().endsWith(".pdf")).filter(f -> f.toFile().length() > 0)
            .findFirst().orElse(null);
      }
    }
    assertThat(new String(Files.readAllBytes(opened), 0, 5)).isEqualTo("%PDF-");
    for (String handle : List.copyOf(browser.driver.getWindowHandles())) {
      if (!handle.equals(taskPage)) {
        browser.driver.switchTo().window(handle).close();
      }
    }
    browser.driver.switchTo().window(taskPage);
  }

  private void complete(String outcome, String opinion) {
    WebElement form = browser.driver.findElement(By.id("complete"));
    form.findElement(By.cssSelector("input[name=outcome][value=" + outcome + "]")).click();
    form.findElement(By.id("opinion")).sendKeys(opinion);
    browser.follow(form.findElement(By.cssSelector("button[type=submit]")));
  }

  private void waitUntilGone(WebElement element) {
    Browser.awaitReplaced(browser.driver, element, Duration.ofSeconds(20));
  }
}
