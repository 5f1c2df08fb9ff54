package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The console in a real Chromium ({@link Browser}) for the browser tests: signs staff in, follows
 * links, and answers the questions every page must pass: Content-Security-Policy violations and
 * axe-core's WCAG 2.1 A and AA checks ({@link Browser}).
 */
final class ConsoleBrowser implements AutoCloseable {

  final ChromeDriver driver;
  private final int port;

  private ConsoleBrowser(ChromeDriver driver, int port) {
    this.driver = driver;
    this.port = port;
    Browser.listenForCspViolations(driver);
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
  List<String> cspViolations() {
    return Browser.cspViolations(driver);
  }

  /** How many CSS pixels the page is wider than the window (0 or less: no sideways scrolling). */
  int sidewaysOverflow() {
    return Browser.sidewaysOverflow(driver);
  }

  /** axe-core's WCAG 2.1 A/AA violations on the current page (see {@link Browser#axeViolations}). */
  List<String> axeViolations() throws IOException {
    return Browser.axeViolations(driver);
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
