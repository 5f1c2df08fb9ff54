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
import org.openhall.identity.Account;
import org.openhall.identity.Accounts;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * 办件查询 in a real browser: the police supervisor finds a company's seal filing by its credit code
 * under the nav link, opens the staff case page (materials by requirement name, the photo shown, the
 * form in words, the timeline, the clock ledger and the documents), at desktop and phone widths, and
 * opens the PDF material; the page also reads in English.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffCaseBrowserTest {

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

  WebDriver browser;

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void aSupervisorFindsACaseSeesItAllAndOpensAMaterial() throws Exception {
    browser = Browser.start(downloads);
    Account company = new Parties(accountRepository, passwords).company("闽江印章查询有限公司");
    HallApi api = new HallApi(http, json);
    String caseNumber = new Filings(api).sealFiling(company);
    HallApi.await(() -> api.caseOf(api.as(company.username()), caseNumber),
        c -> c.path("status").asText().equals("FILED"), "case " + caseNumber + " filed");

    signIn("demo-ga-supervisor");
    follow(browser.findElement(By.linkText("办件查询")));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("办件查询");
    browser.findElement(By.id("q")).sendKeys(company.partyId().toLowerCase(java.util.Locale.ROOT));
    follow(browser.findElement(By.id("search")));
    assertThat(browser.findElement(By.id("total")).getText()).isEqualTo("共找到 1 件办件");
    WebElement card = browser.findElement(By.cssSelector("li[data-case='" + caseNumber + "']"));
    assertThat(card.getText()).contains("公章刻制备案", company.displayName(), "网上申报")
        .doesNotContain("GA-004", "ONLINE", "FILED", "SUBMITTED");
    browser.manage().window().setSize(new Dimension(390, 844));
    assertNoSidewaysScrolling();
    follow(card.findElement(By.tagName("a")));

    assertThat(browser.findElement(By.tagName("h1")).getText()).contains(caseNumber, "公章刻制备案");
    assertNoSidewaysScrolling();
    browser.manage().window().setSize(new Dimension(1280, 1600));
    assertThat(browser.findElement(By.id("form-data")).getText()).contains("印章类型", "单位公章")
        .doesNotContain("OFFICIAL", "sealType");
    List<WebElement> materials = browser.findElements(By.cssSelector("#materials li[data-material]"));
    assertThat(materials).extracting(m -> m.findElement(By.tagName("h3")).getText())
        .containsExactly("营业执照或其他主体资格证明", "法定代表人（负责人）身份证明");
    assertThat(materials).allSatisfy(m -> assertThat(m.getText()).contains("当前材料"));
    WebElement photo = materials.get(1).findElement(By.cssSelector("img"));
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> ((Number) ((JavascriptExecutor) d)
        .executeScript("return arguments[0].naturalWidth;", photo)).intValue() > 0);
    assertThat(browser.findElement(By.id("case-timeline")).getText()).contains("申请人");
    assertThat(browser.findElement(By.id("clock-ledger")).getText()).contains("计时台账");
    assertThat(browser.findElement(By.id("case-documents")).getText()).contains("备案凭证");
    assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("??", "ONLINE", "SUBMIT");

    WebElement open = materials.get(0).findElement(By.cssSelector("a.material-open"));
    assertThat(open.getText()).isEqualTo("在浏览器中打开");
    assertThat(open.getAttribute("href")).endsWith("/console/cases/" + caseNumber + "/materials/"
        + materials.get(0).getAttribute("data-material"));
    open.click();
    Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
    Path opened = null;
    while (opened == null) {
      assertThat(Instant.now()).as("the PDF opened (this browser hands PDFs to a viewer as a file)").isBefore(giveUp);
      Thread.sleep(200);
      try (Stream<Path> files = Files.list(downloads)) {
        opened = files.filter(f -> f.toString().endsWith(".pdf")).filter(f -> f.toFile().length() > 0)
            .findFirst().orElse(null);
      }
    }
    assertThat(new String(Files.readAllBytes(opened), 0, 5)).isEqualTo("%PDF-");

    open("/console/cases/" + caseNumber + "?lang=en");
    assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Case " + caseNumber);
    assertThat(browser.findElement(By.id("materials")).getText()).contains("Current copy");
    assertThat(browser.findElement(By.id("clock-ledger")).getText()).contains("Clock ledger");
    open("/console/cases?lang=zh-CN");
  }

  private void assertNoSidewaysScrolling() {
    Object overflow = ((JavascriptExecutor) browser).executeScript(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    assertThat(((Number) overflow).intValue()).as("the page fits the window's width").isLessThanOrEqualTo(0);
  }

  private void signIn(String user) {
    open("/console/login");
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(HallApi.PASSWORD);
    follow(browser.findElement(By.cssSelector("main form button[type=submit]")));
  }

  /** Clicks something that loads a new page and waits until it has replaced the old one. */
  private void follow(WebElement element) {
    element.click();
    Browser.awaitReplaced(browser, element, Duration.ofSeconds(20));
  }

  private void open(String path) {
    browser.get("http://localhost:" + port + path);
  }
}
