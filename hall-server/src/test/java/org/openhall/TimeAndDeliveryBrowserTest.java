package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 延期 and 送达 in a real browser: the reviewer requests an extension on the staff case page, the head of
 * the department grants it there and sees the 延期通知书 appear; once the case is decided the clerk records
 * the collection at the window at phone width, and the applicant's case shows it with the ID masked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TimeAndDeliveryBrowserTest {

  @LocalServerPort
  int port;

  @Autowired
  TestRestTemplate http;

  @Autowired
  ObjectMapper json;

  @TempDir
  Path downloads;

  ConsoleBrowser console;
  WebDriver browser;

  @AfterEach
  void closeBrowser() {
    if (console != null) {
      console.close();
    }
  }

  @Test
  void aReviewerRequestsAnExtensionTheHeadGrantsItAndTheClerkRecordsTheCollection() throws Exception {
    console = ConsoleBrowser.start(port, downloads);
    browser = console.driver;
    HallApi api = new HallApi(http, json);
    String caseNumber = api.applyForFoodLicence();
    api.completeTask("demo-scjg-clerk", caseNumber, "ACCEPT", "ACCEPTED", "予以受理");
    String page = "/console/cases/" + caseNumber;

    console.signIn("demo-scjg-reviewer");
    console.open(page);
    WebElement request = browser.findElement(By.id("extension-request"));
    assertThat(request.getText()).contains("本事项一次最多可延长 10 个工作日");
    browser.findElement(By.id("extension-days")).sendKeys("3");
    browser.findElement(By.id("extension-reason")).sendKeys("需补充现场勘验");
    console.follow(browser.findElement(By.id("extension-request-submit")));
    assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("延期申请已提交");
    assertThat(browser.findElements(By.cssSelector("form.extension-decision"))).as("the reviewer does not decide")
        .isEmpty();

    console.signIn("demo-scjg-head");
    console.open(page);
    WebElement decision = browser.findElement(By.cssSelector("form.extension-decision"));
    assertThat(decision.getText()).contains("申请延长 3 个工作日，理由：需补充现场勘验");
    decision.findElement(By.cssSelector("input[value=GRANT]")).click();
    decision.findElement(By.tagName("textarea")).sendKeys("同意延期");
    console.follow(decision.findElement(By.cssSelector("button[type=submit]")));
    WebElement issued = new WebDriverWait(browser, Duration.ofSeconds(60)).until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#issued-document a")));
    assertThat(browser.findElement(By.id("issued-document")).getText()).contains("已出具《延期通知书》");
    assertThat(issued.getAttribute("href")).contains("/console/cases/" + caseNumber + "/documents/").endsWith(".pdf");
    assertThat(browser.findElement(By.id("case-facts")).getText()).contains("已批准");

    api.completeTask("demo-scjg-reviewer", caseNumber, "REVIEW", "PASSED", "符合条件");
    api.completeTask("demo-scjg-approver", caseNumber, "DECIDE", "DENIED", "经营场所不符合食品安全要求");
    HallApi.await(() -> api.caseOf(api.as("demo-company"), caseNumber),
        c -> c.path("status").asText().equals("DENIED"), "case denied");

    console.signIn("demo-scjg-clerk");
    browser.manage().window().setSize(new Dimension(390, 844));
    console.open(page);
    String idNumber = Parties.newResidentIdNumber();
    browser.findElement(By.id("delivery-collectorName")).sendKeys("王小明");
    browser.findElement(By.id("delivery-collectorIdNumber")).sendKeys(idNumber.substring(0, 17) + "?");
    console.follow(browser.findElement(By.id("delivery-submit")));
    assertThat(browser.findElement(By.id("delivery-collectorIdNumber-error")).getText()).contains("校验位");
    WebElement id = browser.findElement(By.id("delivery-collectorIdNumber"));
    assertThat(browser.findElement(By.id("delivery-collectorName")).getAttribute("value")).isEqualTo("王小明");
    id.clear();
    id.sendKeys(idNumber);
    console.follow(browser.findElement(By.id("delivery-submit")));
    assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("已登记送达");
    String shown = browser.findElement(By.id("case-deliveries")).getText();
    assertThat(shown).contains("窗口领取", "决定文书", "王小明", idNumber.substring(0, 4) + "**********")
        .doesNotContain(idNumber, "COLLECTED", "DECISION");
    assertThat(console.sidewaysOverflow()).as("the page fits a phone's width").isLessThanOrEqualTo(0);

    JsonNode mine = api.caseOf(api.as("demo-company"), caseNumber);
    assertThat(mine.path("deliveries")).singleElement().satisfies(d -> {
      assertThat(d.path("collectorNameMasked").asText()).isEqualTo("王**");
      assertThat(d.path("collectorIdMasked").asText()).doesNotContain(idNumber.substring(6, 14));
    });
    console.open(page + "?lang=en");
    assertThat(browser.findElement(By.id("case-deliveries")).getText()).contains("Collected at the window", "Decision");
    console.open("/console/cases?lang=zh-CN");
  }
}
