package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/**
 * Every console page, in Chinese and English: axe-core finds no WCAG 2.1 A/AA violation at desktop
 * (1280 px) and phone (390 px) width, no page scrolls sideways at 1280, 768 or 390 px, every page has a
 * skip link to its main content, the html element names the page's language, and the browser reports
 * no Content-Security-Policy violation. To check a new page, add a line to {@link #pages}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsoleAccessibilityBrowserTest {

  static final String CLERK = "demo-scjg-clerk";
  static final String ADMIN = "demo-admin";
  static final String APPROVER = "demo-scjg-approver";
  static final String HEAD = "demo-scjg-head";
  /** The login page, seen by nobody signed in. */
  static final String ANONYMOUS = null;

  /** One console page: a name for the report, who looks at it, and where it is. */
  record ConsolePage(String name, String account, String path) {
  }

  /**
   * What the pages are about: a food-licence case waiting at the clerk's acceptance, a second one at
   * the decision after a failed review (claimed by the approver), and a catalogue version.
   */
  record Fixture(String caseNumber, String taskId, String decisionTaskId, String catalogueVersion,
      String decidingCase, String walkInApplicant) {
  }

  /** The pages checked, in the order visited (grouped by account, each group signs in once). */
  static List<ConsolePage> pages(Fixture f) {
    return List.of(
        new ConsolePage("login", ANONYMOUS, "/console/login"),
        new ConsolePage("login refused", ANONYMOUS, "/console/login?error"),
        new ConsolePage("worklist", CLERK, "/console"),
        new ConsolePage("task", CLERK, "/console/tasks/" + f.taskId()),
        new ConsolePage("case search", CLERK, "/console/cases?q=" + f.caseNumber()),
        new ConsolePage("staff case page", CLERK, "/console/cases/" + f.caseNumber()),
        new ConsolePage("enquiries", CLERK, "/console/enquiries"),
        new ConsolePage("licences", CLERK, "/console/licences"),
        new ConsolePage("inbox", CLERK, "/console/inbox"),
        new ConsolePage("password", CLERK, "/console/password"),
        new ConsolePage("walk-in intake: find or register", CLERK, "/console/intake"),
        new ConsolePage("walk-in intake: choose the item", CLERK,
            "/console/intake/applicants/" + f.walkInApplicant() + "/items"),
        new ConsolePage("walk-in intake: form, materials, decision", CLERK,
            "/console/intake/applicants/" + f.walkInApplicant() + "/items/SCJG-001"),
        new ConsolePage("decision task with review opinions", APPROVER, "/console/tasks/" + f.decisionTaskId()),
        new ConsolePage("case page with special procedure and extension forms", APPROVER,
            "/console/cases/" + f.decidingCase()),
        new ConsolePage("worklist of a head (release, reassign)", HEAD, "/console"),
        new ConsolePage("case page of a head with an extension to decide", HEAD,
            "/console/cases/" + f.decidingCase()),
        new ConsolePage("alerts", ADMIN, "/console/alerts"),
        new ConsolePage("e-supervision dashboard", ADMIN, "/console/supervision"),
        new ConsolePage("calendar", ADMIN, "/console/calendar"),
        new ConsolePage("catalogue list", ADMIN, "/console/catalogue"),
        new ConsolePage("catalogue version", ADMIN, "/console/catalogue/versions/" + f.catalogueVersion()),
        new ConsolePage("catalogue edit", ADMIN, "/console/catalogue/versions/" + f.catalogueVersion() + "/edit"),
        new ConsolePage("catalogue new item", ADMIN, "/console/catalogue/new"),
        new ConsolePage("staff admin", ADMIN, "/console/staff"),
        new ConsolePage("staff member", ADMIN, "/console/staff/" + CLERK));
  }

  private static final Pattern VERSION_LINK = Pattern.compile("/console/catalogue/versions/([^\"/?]+)\"");

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
  void everyConsolePageIsAccessibleFitsAPhoneAndKeepsItsPolicy() throws Exception {
    browser = ConsoleBrowser.start(port, downloads);
    Fixture fixture = fixture();
    Map<String, List<String>> problems = new LinkedHashMap<>();
    String signedIn = "";
    for (ConsolePage page : pages(fixture)) {
      if (page.account() == null) {
        browser.driver.manage().deleteAllCookies();
        signedIn = "";
      } else if (!page.account().equals(signedIn)) {
        browser.signIn(page.account());
        signedIn = page.account();
      }
      for (String lang : List.of("zh-CN", "en")) {
        String at = page.path() + (page.path().contains("?") ? "&" : "?") + "lang=" + lang;
        List<String> found = new ArrayList<>();
        for (int width : List.of(1280, 768, 390)) {
          browser.width(width);
          browser.open(at);
          if (width != 768) {
            browser.axeViolations().forEach(v -> found.add(width + "px axe: " + v));
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
    assertThat(problems).as(() -> "console pages with accessibility problems:\n" + report(problems)).isEmpty();
  }

  /**
   * The checks above can fail: on a real console page an image without a text alternative is an axe
   * violation, and an inline style is refused by the policy and reported.
   */
  @Test
  void theChecksSeeAMissingAltTextAndAnInlineStyle() throws Exception {
    browser = ConsoleBrowser.start(port, downloads);
    browser.open("/console/login");
    assertThat(browser.axeViolations()).isEmpty();
    assertThat(browser.cspViolations()).isEmpty();
    browser.driver.executeScript("""
        const img = document.createElement('img');
        img.src = '/favicon.ico';
        document.querySelector('main').appendChild(img);
        const style = document.createElement('style');
        style.textContent = 'main { color: red; }';
        document.head.appendChild(style);
        """);
    Thread.sleep(300);
    assertThat(browser.axeViolations()).anySatisfy(v -> assertThat(v).startsWith("image-alt"));
    assertThat(browser.cspViolations()).anySatisfy(v -> assertThat(v).startsWith("style-src"));
  }

  /**
   * The worklist refreshes itself; while a person is on an element of the list the refresh waits, so
   * the element they are on stays the same element (not a copy with the same id). A refresh while
   * they are elsewhere (typing a filter) happens and leaves them where they are.
   */
  @Test
  void aWorklistRefreshNeverMovesKeyboardFocus() throws Exception {
    browser = ConsoleBrowser.start(port, downloads);
    fixture();
    browser.signIn(CLERK);
    browser.open("/console");
    var driver = browser.driver;
    driver.executeScript("window.__list = document.getElementById('tasks');"
        + " window.__on = document.querySelector('#tasks a[id^=open-]'); window.__on.focus();");
    assertThat(browser.focused()).startsWith("A#open-");
    driver.executeScript("htmx.trigger('#tasks', 'refresh');");
    Thread.sleep(1500);
    assertThat((Boolean) driver.executeScript("return document.activeElement === window.__on"
        + " && window.__on.isConnected && document.getElementById('tasks') === window.__list;"))
        .as("focus stays on the same link of the same list, now " + browser.focused()).isTrue();

    driver.findElement(By.id("filter-item")).sendKeys("SCJG");
    driver.executeScript("htmx.trigger('#tasks', 'refresh');");
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d ->
        (Boolean) ((JavascriptExecutor) d).executeScript(
            "return document.getElementById('tasks') !== window.__list;"));
    assertThat(browser.focused()).as("the refresh happened and left the filter focused").startsWith("INPUT#filter-item");
    assertThat(driver.findElement(By.id("filter-item")).getDomProperty("value")).isEqualTo("SCJG");
    assertThat(browser.cspViolations()).isEmpty();
  }

  /** What axe's WCAG tags do not ask: a working skip link first, and the page's language. */
  private List<String> structure(String lang) {
    List<String> found = new ArrayList<>();
    Object skip = browser.driver.executeScript("""
        const first = document.querySelector('body a[href], body button, body input, body select, body textarea');
        if (!first || !first.classList.contains('skip-link')) return 'the first focusable element is not the skip link';
        const target = document.getElementById(first.getAttribute('href').slice(1));
        if (!target || target.tagName !== 'MAIN') return 'the skip link does not lead to <main id="main">';
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
    String caseNumber = api.applyForFoodLicence();
    String taskId = HallApi.await(() -> api.taskFor(api.as(CLERK), caseNumber, "ACCEPT"),
        t -> !t.isMissingNode(), "the acceptance task of " + caseNumber).path("taskId").asText();
    String reviewed = api.applyForFoodLicence();
    api.completeTask(CLERK, reviewed, "ACCEPT", "ACCEPTED", "予以受理");
    api.completeTask("demo-scjg-reviewer", reviewed, "REVIEW", "FAILED", "经营场所与申报面积不符");
    String decisionTaskId = HallApi.await(() -> api.taskFor(api.as(APPROVER), reviewed, "DECIDE"),
        t -> !t.isMissingNode(), "the decision task of " + reviewed).path("taskId").asText();
    api.read(api.as(APPROVER).postForEntity("/api/v1/console/tasks/" + decisionTaskId + "/claim", null,
        String.class), HttpStatus.OK);
    Matcher version = VERSION_LINK.matcher(StaffSession.signIn(port, ADMIN).get("/console/catalogue").body());
    assertThat(version.find()).as("a catalogue version to look at").isTrue();
    api.read(api.as(APPROVER).postForEntity("/api/v1/console/cases/" + reviewed + "/extensions",
        Map.of("workingDays", 5, "reason", "需现场核查经营场所"), String.class), HttpStatus.CREATED);
    String walkIn = api.read(api.as(CLERK).postForEntity("/api/v1/console/intake/applicants",
        Map.of("kind", "PERSON", "name", "林秀英", "idNumber", Parties.newResidentIdNumber(),
            "phone", "13912345678"), String.class), HttpStatus.CREATED).path("applicantId").asText();
    return new Fixture(caseNumber, taskId, decisionTaskId, version.group(1), reviewed, walkIn);
  }
}
