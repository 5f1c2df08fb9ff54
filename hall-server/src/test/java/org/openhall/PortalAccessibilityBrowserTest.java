package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/**
 * Every citizen portal page (everything not under /console), in Chinese and English: axe-core finds
 * no WCAG 2.1 A/AA violation at 1280 px and 390 px, no page scrolls sideways at 1280, 768 or 390 px,
 * the skip link is the first thing to focus and leads to {@code <main id="main">}, the html element
 * names the language, the page links its favicon, and the browser reports no Content-Security-Policy
 * violation; the Nu HTML checker finds no error in its HTML (at 1280 px). To check a new page, add a line to {@link #pages}; a page that needs something done
 * after it opened (a refused submit) gives a {@link Step}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalAccessibilityBrowserTest {

  static final String COMPANY = "demo-company";
  static final String CITIZEN = "demo-citizen";
  static final String AGENT = "demo-agent";
  /** The item the citizen's saved draft (申请草稿) is for: not the one other tests apply for. */
  static final String DRAFTED_ITEM = "GA-004";
  /** Nobody signed in. */
  static final String ANONYMOUS = null;

  /** Something done in the browser after the page opened, before it is checked. */
  @FunctionalInterface
  interface Step {
    void run(ConsoleBrowser browser) throws Exception;
  }

  /** One portal page: a name for the report, who looks at it, where it is, and what is done there. */
  record PortalPage(String name, String account, String path, Step then) {
    PortalPage(String name, String account, String path) {
      this(name, account, path, NO_STEP);
    }
  }

  /** Nothing done after the page opened. */
  static final Step NO_STEP = b -> { };

  /** The cases the pages show: one just submitted, one sent back for correction, one issued. */
  record Fixture(String submitted, String correction, String issued) {
  }

  /** The pages checked, in the order visited (grouped by account, each group signs in once). */
  static List<PortalPage> pages(Fixture f) {
    return List.of(
        new PortalPage("home", ANONYMOUS, "/"),
        new PortalPage("home with a search", ANONYMOUS, "/?query=%E9%A3%9F%E5%93%81"),
        new PortalPage("a department", ANONYMOUS, "/?department=SCJG"),
        new PortalPage("a category", ANONYMOUS, "/?category=PROMISED"),
        new PortalPage("item guide", ANONYMOUS, "/items/SCJG-001"),
        new PortalPage("verify", ANONYMOUS, "/verify"),
        new PortalPage("verify an unknown code", ANONYMOUS, "/verify?code=NOPE-0000"),
        new PortalPage("login", ANONYMOUS, "/login"),
        new PortalPage("login refused", ANONYMOUS, "/login?error"),
        new PortalPage("register", ANONYMOUS, "/register"),
        new PortalPage("forgotten password", ANONYMOUS, "/password/forgot"),
        new PortalPage("apply", COMPANY, "/apply/SCJG-001"),
        new PortalPage("apply refused with field errors", COMPANY, "/apply/SCJG-001",
            PortalAccessibilityBrowserTest::submitEmptyApplication),
        new PortalPage("my cases", COMPANY, "/cases"),
        new PortalPage("case submitted", COMPANY, "/cases/" + f.submitted()),
        new PortalPage("case with correction required and the answer form", COMPANY, "/cases/" + f.correction()),
        new PortalPage("case issued with licence and rating form", COMPANY, "/cases/" + f.issued()),
        new PortalPage("withdrawal", COMPANY, "/cases/" + f.submitted() + "/withdrawal"),
        new PortalPage("licences", COMPANY, "/licences"),
        new PortalPage("mandates of a principal", COMPANY, "/mandates"),
        new PortalPage("complaints", COMPANY, "/complaints"),
        new PortalPage("complaint form", COMPANY, "/complaints/new"),
        new PortalPage("inbox", COMPANY, "/inbox"),
        new PortalPage("my drafts, none", COMPANY, "/drafts"),
        new PortalPage("my account of a company", COMPANY, "/account"),
        new PortalPage("my account refused with field errors", COMPANY, "/account",
            PortalAccessibilityBrowserTest::submitWrongEmail),
        new PortalPage("my cases of a citizen", CITIZEN, "/cases"),
        new PortalPage("my account of a citizen", CITIZEN, "/account"),
        new PortalPage("apply as a citizen", CITIZEN, "/apply/SCJG-001"),
        new PortalPage("my drafts of a citizen", CITIZEN, "/drafts"),
        new PortalPage("apply resuming a draft", CITIZEN, "/apply/" + DRAFTED_ITEM),
        new PortalPage("mandates of an agent", AGENT, "/mandates"),
        new PortalPage("apply as an agent", AGENT, "/apply/SCJG-001"));
  }

  /** Submits the application form empty (the browser's own checks switched off), as a server would see it. */
  static void submitEmptyApplication(ConsoleBrowser browser) {
    browser.driver.executeScript("document.getElementById('apply').noValidate = true;");
    browser.follow(browser.driver.findElement(By.cssSelector("#apply button[type=submit]")));
    assertThat(browser.driver.findElements(By.cssSelector("[aria-invalid=true]")))
        .as("the refused form marks its fields").isNotEmpty();
  }

  /** Confirms an address that is none, without a code (the browser's own checks switched off). */
  static void submitWrongEmail(ConsoleBrowser browser) {
    browser.driver.executeScript("document.getElementById('email-form').noValidate = true;");
    browser.driver.findElement(By.id("email")).sendKeys("not-an-address");
    browser.follow(browser.driver.findElement(By.id("confirm-email")));
    assertThat(browser.driver.findElements(By.cssSelector("[aria-invalid=true]")))
        .as("the refused form marks its fields").hasSize(2);
  }

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
  void everyPortalPageIsAccessibleFitsAPhoneAndKeepsItsPolicy() throws Exception {
    browser = ConsoleBrowser.start(port, downloads);
    NuHtmlChecker nu = new NuHtmlChecker();
    Fixture fixture = fixture();
    Map<String, List<String>> problems = new LinkedHashMap<>();
    String signedIn = "";
    for (PortalPage page : pages(fixture)) {
      if (page.account() == null) {
        browser.driver.manage().deleteAllCookies();
        signedIn = "";
      } else if (!page.account().equals(signedIn)) {
        signIn(page.account());
        signedIn = page.account();
      }
      for (String lang : List.of("zh-CN", "en")) {
        String at = page.path() + (page.path().contains("?") ? "&" : "?") + "lang=" + lang;
        List<String> found = new ArrayList<>();
        for (int width : List.of(1280, 768, 390)) {
          browser.width(width);
          browser.open(at);
          page.then().run(browser);
          if (width != 768) {
            browser.axeViolations().forEach(v -> found.add(width + "px axe: " + v));
          }
          if (width == 1280) {
            nu.errors(html(page)).forEach(e -> found.add("Nu HTML checker: " + e));
          }
          if (browser.sidewaysOverflow() > 0) {
            found.add(width + "px: the page scrolls sideways by " + browser.sidewaysOverflow() + " px");
          }
          browser.cspViolations().forEach(v -> found.add(width + "px CSP: " + v));
        }
        found.addAll(structure(lang));
        if (!found.isEmpty()) {
          problems.put(page.name() + " (" + lang + ") " + at, found);
        }
      }
    }
    assertThat(problems).as(() -> "portal pages with accessibility problems:\n" + report(problems)).isEmpty();
  }

  /** The HTML checker can fail: it sees an empty option, a stray end tag and htmx without data-. */
  @Test
  void theHtmlCheckerSeesErrorsAndAllowsDataHxAttributes() throws Exception {
    NuHtmlChecker nu = new NuHtmlChecker();
    String page = "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><main id=\"main\">%s</main></body></html>";
    assertThat(nu.errors(page.formatted("<a data-hx-get=\"/cases\" href=\"/cases\">cases</a>"))).isEmpty();
    assertThat(nu.errors(page.formatted("<select><option value=\"\"></option></select><a hx-get=\"/x\">x</a>")))
        .anySatisfy(e -> assertThat(e).contains("option"))
        .anySatisfy(e -> assertThat(e).contains("hx-get"));
  }

  /**
   * The page's HTML as the server sent it (fetched again by the page itself, with its session); after a
   * step (a refused submit, a POST) the document as it stands.
   */
  private String html(PortalPage page) {
    if (page.then() != NO_STEP) {
      return (String) browser.driver.executeScript(
          "return '<!DOCTYPE html>\\n' + document.documentElement.outerHTML;");
    }
    browser.driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(30));
    return (String) browser.driver.executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        fetch(location.href, {credentials: 'same-origin'}).then(r => r.text()).then(done)
          .catch(e => done('fetch failed: ' + e));
        """);
  }

  private void signIn(String username) {
    browser.driver.manage().deleteAllCookies();
    browser.open("/login");
    browser.driver.findElement(By.id("username")).sendKeys(username);
    browser.driver.findElement(By.id("password")).sendKeys(HallApi.PASSWORD);
    browser.follow(browser.driver.findElement(By.cssSelector("main form button[type=submit]")));
    assertThat(browser.driver.getCurrentUrl()).as("signed in as " + username).doesNotContain("/login");
  }

  /** What axe's WCAG tags do not ask: a working skip link first, the page's language, a favicon. */
  private List<String> structure(String lang) {
    List<String> found = new ArrayList<>();
    Object skip = browser.driver.executeScript("""
        const first = document.querySelector('body a[href], body button, body input, body select, body textarea');
        if (!first || !first.classList.contains('skip-link')) return 'the first focusable element is not the skip link';
        const target = document.getElementById(first.getAttribute('href').slice(1));
        if (!target || target.tagName !== 'MAIN') return 'the skip link does not lead to <main id="main">';
        if (!document.querySelector('link[rel~=icon]')) return 'no favicon link';
        return '';
        """);
    if (!"".equals(skip)) {
      found.add(String.valueOf(skip));
    }
    String htmlLang = (String) browser.driver.executeScript("return document.documentElement.lang;");
    if (!lang.equals(htmlLang)) {
      found.add("<html lang=\"" + htmlLang + "\"> on a page in " + lang);
    }
    return found;
  }

  private static String report(Map<String, List<String>> problems) {
    StringBuilder out = new StringBuilder();
    problems.forEach((page, found) -> {
      out.append("- ").append(page).append('\n');
      found.forEach(f -> out.append("    ").append(f).append('\n'));
    });
    return out.toString();
  }

  private Fixture fixture() throws Exception {
    HallApi api = new HallApi(http, json);
    String submitted = api.applyForFoodLicence();
    String correction = api.applyForFoodLicence();
    TestRestTemplate clerk = api.as("demo-scjg-clerk");
    String taskId = HallApi.await(() -> api.taskFor(clerk, correction, "ACCEPT"), t -> !t.isMissingNode(),
        "the acceptance task of " + correction).path("taskId").asText();
    api.read(clerk.postForEntity("/api/v1/console/tasks/" + taskId + "/claim", null, String.class), HttpStatus.OK);
    api.read(clerk.postForEntity("/api/v1/console/tasks/" + taskId + "/complete", Map.of(
        "outcome", "CORRECTION_REQUIRED", "opinion", "材料不齐",
        "missing", List.of(Map.of("requirementId", "M1", "reason", "申请书未签字"))), String.class), HttpStatus.OK);
    String issued = api.applyForFoodLicence();
    api.completeTask("demo-scjg-clerk", issued, "ACCEPT", "ACCEPTED", "予以受理");
    api.completeTask("demo-scjg-reviewer", issued, "REVIEW", "PASSED", "符合条件");
    api.completeTask("demo-scjg-approver", issued, "DECIDE", "APPROVED", "准予许可");
    HallApi.await(() -> api.caseOf(api.as(COMPANY), issued),
        c -> c.path("status").asText().equals("ISSUED"), "the licence of " + issued);
    HallApi.await(() -> api.caseOf(api.as(COMPANY), correction),
        c -> c.path("status").asText().equals("CORRECTION_REQUIRED"), "the correction of " + correction);
    org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
    api.as(CITIZEN).exchange("/api/v1/drafts/" + DRAFTED_ITEM, org.springframework.http.HttpMethod.PUT,
        new org.springframework.http.HttpEntity<>(Map.of("formData", Map.of("applicantName", "草稿")), headers), String.class);
    return new Fixture(submitted, correction, issued);
  }
}
