package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/**
 * 并联审批 in a real browser: a JOINT item led by 市场监督管理局 with 城市管理局 and 生态环境局 as
 * co-departments. 城管's reviewer finds the co-department review on the worklist marked 协办, opens it,
 * claims it and records its opinion; once 生态环境局 has reviewed too, the lead's approver sees both
 * opinions on the decision step.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JointReviewBrowserTest {

  static final String JOINT_ITEM = "SCJG-006";

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
  void aCoDepartmentReviewsAJointCaseAndTheLeadSeesItsOpinion() throws Exception {
    browser = ConsoleBrowser.start(port, downloads);
    HallApi api = new HallApi(http, json);
    String caseNumber = fileJointCase(api);
    api.completeTask("demo-scjg-clerk", caseNumber, "ACCEPT", "ACCEPTED", "予以受理");
    String review = HallApi.await(() -> api.taskFor(api.as("demo-cg-reviewer"), caseNumber, "REVIEW"),
        t -> !t.isMissingNode(), "城管's co-department review").path("taskId").asText();

    browser.signIn("demo-cg-reviewer");
    browser.open("/console?lang=zh-CN");
    WebElement row = browser.driver.findElement(By.cssSelector("tr[data-case='" + caseNumber + "'][data-stage=REVIEW]"));
    assertThat(row.findElement(By.cssSelector(".tag")).getText()).as("marked as a co-department review").isEqualTo("协办");
    assertThat(row.getText()).contains("城市管理局", "审查");
    browser.follow(row.findElement(By.id("open-" + review)));
    assertThat(browser.driver.findElement(By.tagName("h1")).getText()).contains("审查");
    assertThat(browser.driver.findElement(By.id("task-department")).getText()).contains("城市管理局", "协办");
    browser.follow(browser.driver.findElement(By.id("claim")));
    WebElement form = browser.driver.findElement(By.id("complete"));
    form.findElement(By.cssSelector("input[name=outcome][value=PASSED]")).click();
    form.findElement(By.id("opinion")).sendKeys("门头招牌设置符合市容要求");
    browser.follow(form.findElement(By.cssSelector("button[type=submit]")));
    assertThat(browser.driver.findElement(By.cssSelector("main .notice")).getText()).isEqualTo("已提交：审查通过");
    assertThat(browser.driver.findElements(By.cssSelector("tr[data-case='" + caseNumber + "']")))
        .as("the review left 城管's worklist").isEmpty();
    assertThat(browser.cspViolations()).isEmpty();

    api.completeTask("demo-sthj-reviewer", caseNumber, "REVIEW", "PASSED", "排污符合要求");
    String decision = HallApi.await(() -> api.taskFor(api.as("demo-scjg-approver"), caseNumber, "DECIDE"),
        t -> !t.isMissingNode(), "the lead's decision").path("taskId").asText();
    browser.signIn("demo-scjg-approver");
    browser.open("/console?lang=zh-CN");
    WebElement decide = browser.driver.findElement(By.cssSelector("tr[data-case='" + caseNumber + "'][data-stage=DECIDE]"));
    assertThat(decide.findElements(By.cssSelector(".tag"))).as("the lead's own step is not a co-department's").isEmpty();
    browser.follow(decide.findElement(By.id("open-" + decision)));
    assertThat(browser.driver.findElement(By.id("task-department")).getText()).isEqualTo("市场监督管理局");
    List<String> opinions = browser.driver.findElements(By.cssSelector("#review-opinions li")).stream()
        .map(WebElement::getText).toList();
    assertThat(opinions).anySatisfy(o -> assertThat(o).contains("城市管理局", "审查通过", "门头招牌设置符合市容要求"))
        .anySatisfy(o -> assertThat(o).contains("生态环境局", "排污符合要求"));
    assertThat(browser.cspViolations()).isEmpty();

    browser.open("/console/tasks/" + decision + "?lang=en");
    assertThat(browser.driver.findElement(By.id("review-opinions")).getText()).contains("Review opinions");
  }

  /** demo-company applies for the JOINT item, one PDF for each of its six materials. */
  private static String fileJointCase(HallApi api) throws Exception {
    TestRestTemplate company = api.as("demo-company");
    String pdf = api.uploadPdf(company, "联办申请材料.pdf").path("materialId").asText();
    Map<String, Object> application = Map.of("itemCode", JOINT_ITEM,
        "formData", Map.of("applicantName", "福州海峡食品贸易有限公司", "creditCode", "91350100M000100Y43",
            "shopAddress", "福州市鼓楼区五一北路 1 号", "seatCount", "40", "businessArea", "120",
            "contactPhone", "13812345678"),
        "materials", List.of(Map.of("requirementId", "M1", "materialId", pdf),
            Map.of("requirementId", "M2", "materialId", pdf), Map.of("requirementId", "M3", "materialId", pdf),
            Map.of("requirementId", "M4", "materialId", pdf), Map.of("requirementId", "M5", "materialId", pdf),
            Map.of("requirementId", "M6", "materialId", pdf)));
    return api.read(api.file(company, application, HallApi.newIdempotencyKey()), HttpStatus.CREATED)
        .path("caseNumber").asText();
  }
}
