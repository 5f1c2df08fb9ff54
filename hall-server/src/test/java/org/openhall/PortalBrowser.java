package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The citizen portal in a real Chromium ({@link Browser}) for the browser tests: signs a person in
 * through the page form, opens pages, follows links and buttons that load a new page, types, attaches
 * files, waits for downloads, and answers the questions every portal page must pass (no sideways
 * scrolling, strict CSP, labelled controls, WCAG 2.1 AA by axe-core).
 */
final class PortalBrowser implements AutoCloseable {

  /** Long enough for a filing that stores its materials and starts its process before it answers. */
  private static final Duration PAGE_LOAD = Duration.ofSeconds(30);

  final ChromeDriver driver;
  private final int port;
  private final Path downloads;

  private PortalBrowser(ChromeDriver driver, int port, Path downloads) {
    this.driver = driver;
    this.port = port;
    this.downloads = downloads;
    Browser.listenForCspViolations(driver);
  }

  /** A desktop-sized window (1280 px) in zh-CN; skips where Debian's chromium is missing (see {@link Browser}). */
  static PortalBrowser start(int port, Path downloads) {
    return new PortalBrowser(Browser.start(downloads), port, downloads);
  }

  /** A window {@code pixels} wide: 390 is a phone, with a phone's height. */
  PortalBrowser width(int pixels) {
    driver.manage().window().setSize(new Dimension(pixels, pixels < 800 ? 844 : 1600));
    return this;
  }

  void open(String path) {
    driver.get("http://localhost:" + port + path);
  }

  /** Signs in through the portal's page form on a fresh session (the previous one is signed out first). */
  void signIn(String username) {
    signIn(username, HallApi.PASSWORD);
  }

  void signIn(String username, String password) {
    signInAt("/login", username, password);
  }

  /** Signs in through another login page with the same form ({@code /console/login} for staff in a mixed journey). */
  void signInAt(String loginPage, String username, String password) {
    driver.manage().deleteAllCookies();
    open(loginPage);
    type("username", username);
    type("password", password);
    follow(driver.findElement(By.cssSelector("main form button[type=submit]")));
    assertThat(driver.getCurrentUrl()).as("signed in as " + username).doesNotContain("/login");
  }

  /** Signs out with the header's button and waits for the redirect, or it may land after the next page. */
  void signOut() {
    // the portal's form posts to /logout, the console's to /console/logout
    driver.findElement(By.cssSelector("form[action$='/logout'] button")).click();
    new WebDriverWait(driver, PAGE_LOAD).until(d -> d.getCurrentUrl().contains("logout"));
  }

  /** Clicks something that loads a new page and waits until it has replaced the old one. */
  void follow(WebElement element) {
    element.click();
    Browser.awaitReplaced(driver, element, PAGE_LOAD);
  }

  void follow(By what) {
    follow(driver.findElement(what));
  }

  /** Replaces the text of the input or textarea with this id. */
  void type(String id, String text) {
    WebElement input = driver.findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  /** Chooses a file for the file input with this id, as a person would in the file dialog. */
  void attach(String id, Path file) {
    driver.findElement(By.id(id)).sendKeys(file.toAbsolutePath().toString());
  }

  WebElement find(By what) {
    return driver.findElement(what);
  }

  String text(String id) {
    return driver.findElement(By.id(id)).getText();
  }

  /** The text of the page's notice (the green line a page shows after something was done). */
  String notice() {
    return driver.findElement(By.cssSelector("p.notice")).getText();
  }

  /**
   * Reloads the page until {@code done} holds (the server finishes some steps after it answered); an
   * element {@code done} looks for and does not find yet counts as "not yet".
   */
  void reloadUntil(java.util.function.Predicate<ChromeDriver> done, String what) {
    new WebDriverWait(driver, Duration.ofSeconds(90)).withMessage(what).pollingEvery(Duration.ofMillis(500))
        .until(d -> {
          if (holds(done)) {
            return true;
          }
          driver.navigate().refresh();
          return holds(done);
        });
  }

  private boolean holds(java.util.function.Predicate<ChromeDriver> done) {
    try {
      return done.test(driver);
    } catch (org.openqa.selenium.NoSuchElementException notYet) {
      return false;
    }
  }

  /** Waits for a file the browser downloads into the test's folder, complete (Chromium's .crdownload gone). */
  Path awaitDownload(String fileName) {
    Path file = downloads.resolve(fileName);
    Path partial = downloads.resolve(fileName + ".crdownload");
    new WebDriverWait(driver, Duration.ofSeconds(30)).withMessage(fileName + " downloaded").until(d -> {
      try {
        return Files.exists(file) && !Files.exists(partial) && Files.size(file) > 0;
      } catch (IOException racing) {
        return false;
      }
    });
    return file;
  }

  /** How many CSS pixels the page is wider than the window (0 or less: no sideways scrolling). */
  int sidewaysOverflow() {
    return Browser.sidewaysOverflow(driver);
  }

  /** Fails when the page is wider than the window. */
  void assertNoSidewaysScrolling() {
    long viewport = ((Number) driver.executeScript("return document.documentElement.clientWidth;")).longValue();
    assertThat(sidewaysOverflow()).as("the page " + driver.getCurrentUrl() + " fits " + viewport + " px")
        .isLessThanOrEqualTo(0);
  }

  /** Fails unless the window is phone-sized and the page fits it. */
  void assertFitsAPhone() {
    long viewport = ((Number) driver.executeScript("return document.documentElement.clientWidth;")).longValue();
    assertThat(viewport).as("a phone-sized viewport").isLessThanOrEqualTo(390);
    assertNoSidewaysScrolling();
  }

  /** Strict CSP: no inline script, style or handler; every form control has a label. */
  void assertPageIsPlainAndLabelled() {
    assertThat(driver.getPageSource()).doesNotContain(" style=\"", " onclick=", " onchange=", " onsubmit=");
    Object unlabelled = driver.executeScript("return Array.from(document.querySelectorAll("
        + "'main input:not([type=hidden]), main select, main textarea'))"
        + ".filter(e => e.labels.length === 0).map(e => e.id || e.name);");
    assertThat((List<?>) unlabelled).as("controls without a label").isEmpty();
    Object inlineScripts = driver.executeScript("return Array.from(document.scripts).filter(s => !s.src).length;");
    assertThat(((Number) inlineScripts).longValue()).isZero();
  }

  /** What the current document reported as blocked by its Content-Security-Policy. */
  List<String> cspViolations() {
    return Browser.cspViolations(driver);
  }

  /** axe-core's WCAG 2.1 A/AA violations on the current page (see {@link Browser#axeViolations}). */
  List<String> axeViolations() throws IOException {
    return Browser.axeViolations(driver);
  }

  /** Saves what the window shows as target/screenshots/{name}.png, for a person to look at. */
  void screenshot(String name) throws IOException {
    Path dir = Files.createDirectories(Path.of("target", "screenshots"));
    Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
  }

  @Override
  public void close() {
    driver.quit();
  }
}
