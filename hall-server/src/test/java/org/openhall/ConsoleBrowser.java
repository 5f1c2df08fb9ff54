package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The console in a real Chromium ({@link Browser}) for the browser tests: signs staff in, follows
 * links, and answers the questions every page must pass. Each document records the Content-Security
 * -Policy violations it reports ({@code securitypolicyviolation}, listened for by a script DevTools
 * adds before any page script runs), and axe-core (from the repository's {@code node_modules}, put
 * there by {@code npm ci}) checks WCAG 2.1 A and AA.
 */
final class ConsoleBrowser implements AutoCloseable {

  /** axe-core's browser build, installed by {@code npm ci} at the repository's root. */
  static final Path AXE = Path.of("..", "node_modules", "axe-core", "axe.min.js");
  static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private static final String CSP_LISTENER = """
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', function (e) {
        window.__cspViolations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline')
            + ' (' + (e.sourceFile || '') + ':' + e.lineNumber + ')');
      });
      """;

  final ChromeDriver driver;
  private final int port;
  private String axeSource;

  private ConsoleBrowser(ChromeDriver driver, int port) {
    this.driver = driver;
    this.port = port;
    driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", CSP_LISTENER));
  }

  /** Skips where Debian's chromium is missing (see {@link Browser}). */
  static ConsoleBrowser start(int port, Path downloads) {
    return new ConsoleBrowser(Browser.start(downloads), port);
  }

  void open(String path) {
    driver.get("http://localhost:" + port + path);
  }

  /** Signs in on a fresh session (the previous one is signed out first). */
  void signIn(String username) {
    driver.manage().deleteAllCookies();
    open("/console/login");
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(HallApi.PASSWORD);
    follow(driver.findElement(By.cssSelector("main form button[type=submit]")));
    assertThat(driver.getCurrentUrl()).as("signed in as " + username).doesNotContain("/login");
  }

  /** Clicks something that loads a new page and waits until it has replaced the old one. */
  void follow(WebElement element) {
    element.click();
    // 40 s: a walk-in intake waits for its documents before it answers
    Browser.awaitReplaced(driver, element, Duration.ofSeconds(40));
  }

  void width(int pixels) {
    driver.manage().window().setSize(new Dimension(pixels, pixels < 800 ? 844 : 1000));
  }

  /** What the current document reported as blocked by its Content-Security-Policy. */
  @SuppressWarnings("unchecked")
  List<String> cspViolations() {
    Object seen = driver.executeScript("return window.__cspViolations || ['no CSP listener in this document'];");
    return new ArrayList<>((List<String>) seen);
  }

  /** How many CSS pixels the page is wider than the window (0 or less: no sideways scrolling). */
  int sidewaysOverflow() {
    return ((Number) driver.executeScript(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).intValue();
  }

  /**
   * axe-core's WCAG 2.1 A/AA violations on the current page, one line each: rule, impact, help and
   * the first few offending elements. Fails (never skips) when axe-core is not installed.
   */
  @SuppressWarnings("unchecked")
  List<String> axeViolations() throws IOException {
    if (axeSource == null) {
      assertThat(AXE).as("axe-core is installed: run `npm ci` (or `npm install`) at the repository's root")
          .isRegularFile();
      axeSource = Files.readString(AXE, StandardCharsets.UTF_8);
    }
    driver.executeScript(axeSource);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    Object result = driver.executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
          .then(r => done(r.violations.map(v => v.id + ' [' + v.impact + '] ' + v.help + ': '
              + v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' — ' + (n.failureSummary || '')
                  .replace(/\\s+/g, ' ')).join(' | '))))
          .catch(e => done(['axe failed: ' + e]));
        """, WCAG_21_AA);
    return new ArrayList<>((List<String>) result);
  }

  /**
   * Presses Tab (and nothing else) until the element has keyboard focus, and checks that focus can be
   * seen there: fails when the element is not reached by Tab within {@code atMost} presses.
   */
  void tabTo(WebElement element, int atMost) {
    for (int i = 0; i < atMost; i++) {
      new Actions(driver).sendKeys(Keys.TAB).perform();
      if (element.equals(driver.switchTo().activeElement())) {
        assertThat(focusOutline()).as("visible focus on " + focused()).isNotEqualTo("none");
        return;
      }
    }
    throw new AssertionError("not reached by Tab in " + atMost + " presses: " + element + "; focus is on " + focused());
  }

  /** Presses a key on whatever has focus (Enter on a link or button, Space on a radio button). */
  void press(CharSequence key) {
    new Actions(driver).sendKeys(key).perform();
  }

  /** The outline drawn around the focused element ("none" when focus cannot be seen). */
  String focusOutline() {
    return (String) driver.executeScript("""
        const s = getComputedStyle(document.activeElement);
        return s.outlineStyle === 'none' || s.outlineWidth === '0px' ? 'none' : s.outlineStyle + ' ' + s.outlineWidth;
        """);
  }

  /** The element that has keyboard focus, as a short description. */
  String focused() {
    return (String) driver.executeScript("""
        const e = document.activeElement;
        return e ? e.tagName + '#' + e.id + ' ' + (e.textContent || '').trim().slice(0, 40) : 'none';
        """);
  }

  @Override
  public void close() {
    driver.quit();
  }
}
