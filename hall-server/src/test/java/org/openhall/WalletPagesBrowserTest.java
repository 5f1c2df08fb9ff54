package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
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
 * 我的证照 in a real browser: the company finds its 营业执照 under the nav link, with its status in
 * words, number, issuer and verification code, at desktop and phone widths and in English, downloads
 * it, and chooses it on the food-licence application instead of uploading a copy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WalletPagesBrowserTest {

  @LocalServerPort
  int port;

  @Autowired
  TestRestTemplate http;

  @Autowired
  ObjectMapper json;

  @Autowired
  Accounts accountRepository;

  @Autowired
  PasswordEncoder passwords;

  @TempDir
  Path downloads;

  PortalBrowser pages;

  @AfterEach
  void closeBrowser() {
    if (pages != null) {
      pages.close();
    }
  }

  @Test
  void theHolderSeesDownloadsAndChoosesTheirLicenceInThePortal() throws Exception {
    pages = PortalBrowser.start(port, downloads);
    WebDriver browser = pages.driver;
    HallApi api = new HallApi(http, json);
    Account company = new Parties(accountRepository, passwords).company("漳州九龙江餐饮有限公司");
    String number = issueBusinessLicence(api, company);

    pages.signIn(company.username());
    pages.follow(browser.findElement(By.linkText("我的证照")));
    WebElement card = browser.findElement(By.cssSelector("li.held-licence"));
    assertThat(card.getAttribute("data-status")).isEqualTo("VALID");
    assertThat(card.findElement(By.cssSelector(".licence-status")).getText()).isEqualTo("有效");
    assertThat(card.findElement(By.cssSelector(".licence-number")).getText()).isEqualTo(number);
    assertThat(card.getText()).contains("营业执照", "有限责任公司设立登记", "市场监督管理局", "长期")
        .as("no codes or ids in the page text").doesNotContain("VALID", "SCJG-003 ", company.id());
    pages.assertNoSidewaysScrolling();
    pages.width(390);
    browser.navigate().refresh();
    assertThat(browser.findElement(By.cssSelector("li.held-licence .licence-number")).isDisplayed()).isTrue();
    pages.assertNoSidewaysScrolling();
    pages.width(1280);

    pages.open("/licences?lang=en");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("My licences");
    assertThat(browser.findElement(By.cssSelector(".licence-status")).getText()).isEqualTo("Valid");
    browser.findElement(By.cssSelector("li.held-licence a.download")).click();
    pages.awaitDownload("licence-" + number + ".pdf");
    pages.open("/licences?lang=zh-CN");

    Path form = downloads.resolve("申请书.pdf");
    Files.write(form, HallApi.blankPdf());
    pages.open("/apply/" + HallApi.ITEM);
    browser.findElement(By.id("form.applicantName")).clear(); // pre-filled from the profile (issue 10.2)
    browser.findElement(By.id("form.applicantName")).sendKeys(company.displayName());
    browser.findElement(By.id("form.creditCode")).clear(); // pre-filled from the profile (issue 10.2)
    browser.findElement(By.id("form.creditCode")).sendKeys(company.partyId());
    new Select(browser.findElement(By.id("form.businessScope"))).selectByValue("HOT_FOOD");
    browser.findElement(By.id("form.contactPhone")).clear(); // pre-filled from the profile (issue 10.2)
    browser.findElement(By.id("form.contactPhone")).sendKeys("13812345678");
    pages.attach("material.M1", form);
    Select held = new Select(browser.findElement(By.id("licence.M2")));
    assertThat(held.getOptions()).extracting(WebElement::getText)
        .anyMatch(o -> o.contains(number) && o.contains("营业执照"));
    held.selectByValue(number);
    pages.follow(browser.findElement(By.cssSelector("#apply button[type=submit]")));
    String caseNumber = browser.findElement(By.id("case-number")).getText();
    assertThat(browser.findElement(By.id("licence-materials")).getText())
        .contains("营业执照或其他主体资格证明文件", number, "已核验");

    pages.signOut();

    pages.signInAt("/console/login", "demo-clerk", HallApi.PASSWORD);
    String row = "tr[data-case='" + caseNumber + "'][data-stage='ACCEPT'] a";
    pages.open("/console?caseNumber=" + caseNumber);
    pages.reloadUntil(d -> !d.findElements(By.cssSelector(row)).isEmpty(), "the acceptance task on the clerk's worklist");
    List<WebElement> links = browser.findElements(By.cssSelector(row));
    pages.follow(links.get(0));
    WebElement given = browser.findElement(By.cssSelector("li.licence-material[data-licence='" + number + "']"));
    assertThat(given.getText()).contains("营业执照或其他主体资格证明文件", "证照已核验", number, "市场监督管理局");
    assertThat(given.findElement(By.tagName("a")).getAttribute("href"))
        .endsWith("/console/cases/" + caseNumber + "/licences/" + number + ".pdf");

    JsonNode staffView = api.read(api.as("demo-clerk").getForEntity("/api/v1/console/cases/" + caseNumber,
        String.class), HttpStatus.OK);
    assertThat(staffView.path("licenceMaterials").get(0).path("licenceNumber").asText()).isEqualTo(number);
    assertThat(staffView.path("licenceMaterials").get(0).path("verified").asBoolean()).isTrue();
  }

  private String issueBusinessLicence(HallApi api, Account company) throws Exception {
    TestRestTemplate asCompany = api.as(company.username());
    String pdf = api.uploadPdf(asCompany, "公司登记申请书.pdf").path("materialId").asText();
    Map<String, Object> application = Map.of("itemCode", "SCJG-003",
        "formData", Map.of("applicantName", company.displayName(), "registeredCapital", "50",
            "legalRepresentative", "林海", "legalRepId", Parties.newResidentIdNumber(),
            "residence", "漳州市芗城区胜利西路 8 号", "businessScope", "餐饮服务",
            "shareholderCount", "1", "contactPhone", "13812345678"),
        "materials", List.of("M1", "M2", "M3", "M4", "M5").stream()
            .map(r -> Map.of("requirementId", r, "materialId", pdf)).toList());
    String caseNumber = api.read(api.file(asCompany, application, HallApi.newIdempotencyKey()),
        HttpStatus.CREATED).path("caseNumber").asText();
    api.completeTask("demo-clerk", caseNumber, "ACCEPT", "ACCEPTED", "材料齐全");
    api.completeTask("demo-reviewer", caseNumber, "REVIEW", "PASSED", "符合条件");
    api.completeTask("demo-approver", caseNumber, "DECIDE", "APPROVED", "准予登记");
    return HallApi.await(() -> api.caseOf(asCompany, caseNumber),
        c -> c.path("status").asText().equals("ISSUED"), "case " + caseNumber + " issued")
        .path("licence").path("licenceNumber").asText();
  }
}
