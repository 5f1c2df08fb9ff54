package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhall.identity.Account;
import org.openhall.identity.Accounts;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A company applies in the portal, the clerk requires a correction (over the API), and the company
 * answers the one-time notice on its case page in a real browser at phone width: one material with an
 * upload, the other with a written explanation. The case is back at acceptance.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = CaseFollowPagesIntegrationTest.SMALL_VAULT)
class CaseFollowBrowserTest {

  @LocalServerPort
  int port;

  @TempDir
  Path files;

  @Autowired
  TestRestTemplate http;

  @Autowired
  ObjectMapper json;

  @Autowired
  Accounts accountRepository;

  @Autowired
  PasswordEncoder passwords;

  HallApi api;
  Parties parties;
  PortalBrowser pages;

  @BeforeEach
  void setUp() {
    api = new HallApi(http, json);
    parties = new Parties(accountRepository, passwords);
  }

  @AfterEach
  void closeBrowser() {
    if (pages != null) {
      pages.close();
    }
  }

  @Test
  void theCompanyAnswersTheCorrectionNoticeOnItsCasePage() throws Exception {
    pages = PortalBrowser.start(port, files);
    WebDriver browser = pages.driver;
    Account company = parties.company("福州仓山补正面馆");
    Path form = files.resolve("申请书.pdf");
    Files.write(form, Filings.pdf("申请书"));
    Path signed = files.resolve("申请书-已签字.pdf");
    Files.write(signed, Filings.pdf("申请书-已签字"));

    pages.signIn(company.username());
    pages.open("/apply/SCJG-001");
    browser.findElement(By.id("form.applicantName")).clear(); // pre-filled from the profile (issue 10.2)
    browser.findElement(By.id("form.applicantName")).sendKeys(company.displayName());
    browser.findElement(By.id("form.creditCode")).clear(); // pre-filled from the profile (issue 10.2)
    browser.findElement(By.id("form.creditCode")).sendKeys(company.partyId());
    new Select(browser.findElement(By.id("form.businessScope"))).selectByValue("HOT_FOOD");
    browser.findElement(By.id("form.contactPhone")).clear(); // pre-filled from the profile (issue 10.2)
    browser.findElement(By.id("form.contactPhone")).sendKeys("13812345678");
    pages.attach("material.M1", form);
    pages.follow(browser.findElement(By.cssSelector("#apply button[type=submit]")));
    String caseNumber = browser.findElement(By.id("case-number")).getText();

    TestRestTemplate clerk = api.as("demo-scjg-clerk");
    JsonNode task = HallApi.await(() -> api.taskFor(clerk, caseNumber, "ACCEPT"), t -> !t.isMissingNode(),
        "acceptance task of " + caseNumber);
    String taskId = task.path("taskId").asText();
    api.read(clerk.postForEntity("/api/v1/console/tasks/" + taskId + "/claim", null, String.class), HttpStatus.OK);
    api.read(clerk.postForEntity("/api/v1/console/tasks/" + taskId + "/complete", Map.of(
        "outcome", "CORRECTION_REQUIRED", "opinion", "材料不齐",
        "missing", List.of(Map.of("requirementId", "M1", "reason", "申请书未签字"),
            Map.of("requirementId", "M2", "reason", "缺少营业执照"))), String.class), HttpStatus.OK);

    pages.width(390);
    pages.open("/cases/" + caseNumber);
    assertThat(browser.findElement(By.id("case-status")).getAttribute("data-status")).isEqualTo("CORRECTION_REQUIRED");
    WebElement current = browser.findElement(By.cssSelector("#follow-stages [aria-current=step]"));
    assertThat(current.getText()).contains("受理").contains("当前环节");
    assertThat(browser.findElement(By.cssSelector("#answer-M1 legend")).getText()).isEqualTo("食品经营许可申请书");
    assertThat(browser.findElement(By.id("answer-reason-M2")).getText()).contains("缺少营业执照");
    pages.assertFitsAPhone();

    pages.attach("answer-file-M1", signed);
    WebElement explanation = browser.findElement(By.id("answer-explanation-M2"));
    explanation.sendKeys("本店为个体工商户，营业执照正在办理中");
    pages.follow(browser.findElement(By.id("follow-correction-submit")));

    assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("补正已提交");
    assertThat(browser.findElement(By.id("case-status")).getAttribute("data-status")).isEqualTo("SUBMITTED");
    assertThat(browser.findElements(By.id("follow-correction"))).isEmpty();
    assertThat(browser.findElement(By.cssSelector("ol.timeline")).getText()).contains("营业执照正在办理中");
    assertThat(api.caseOf(api.as(company.username()), caseNumber).path("status").asText()).isEqualTo("SUBMITTED");
    pages.assertFitsAPhone();
  }
}
