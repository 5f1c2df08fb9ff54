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
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium from Debian's {@code chromium} and {@code chromium-driver} packages
 * (installed by .ci/run), offline: no browser download, no background traffic. Where they are not
 * installed (a machine with only a JDK) browser tests are skipped, not failed.
 */
final class Browser {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
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
  private static String axeSource;

  private Browser() {
  }

  /**
   * Waits until {@code element} has left the page (a click that loads a new one). Chromium may answer
   * "Node with given id does not belong to the document" instead of a stale-element error while the
   * old document is being replaced: that also means it is gone.
   */
  static void awaitReplaced(org.openqa.selenium.WebDriver driver, org.openqa.selenium.WebElement element,
      Duration timeout) {
    new org.openqa.selenium.support.ui.WebDriverWait(driver, timeout).until(d -> {
      try {
        element.isEnabled();
        return false;
      } catch (org.openqa.selenium.StaleElementReferenceException gone) {
        return true;
      } catch (org.openqa.selenium.WebDriverException e) {
        if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
          return true;
        }
        throw e;
      }
    });
  }

  static ChromeDriver start(Path downloads) {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    // .ci/run installs them and says so: there a missing browser fails the test, a skip is no evidence
    if ("required".equals(System.getenv("OPENHALL_BROWSER_TESTS")) && !installed) {
      throw new IllegalStateException("OPENHALL_BROWSER_TESTS=required, but Debian chromium and "
          + "chromium-driver are not installed at " + CHROMIUM + " and " + CHROMEDRIVER);
    }
    Assumptions.assumeTrue(installed, "Debian chromium and chromium-driver are not installed");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--disable-quic", "--lang=zh-CN", "--window-size=1280,1600");
    options.setExperimentalOption("prefs", java.util.Map.of(
        "download.default_directory", downloads.toAbsolutePath().toString(),
        "download.prompt_for_download", false,
        "plugins.always_open_pdf_externally", true,
        "intl.accept_languages", "zh-CN,zh"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    return driver;
  }

  /**
   * Makes every document record the Content-Security-Policy violations it reports
   * ({@code securitypolicyviolation}, listened for by a script DevTools adds before any page script runs).
   */
  static void listenForCspViolations(ChromeDriver driver) {
    driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", CSP_LISTENER));
  }

  /** What the current document reported as blocked by its Content-Security-Policy. */
  @SuppressWarnings("unchecked")
  static List<String> cspViolations(org.openqa.selenium.WebDriver driver) {
    Object seen = ((JavascriptExecutor) driver).executeScript(
        "return window.__cspViolations || ['no CSP listener in this document'];");
    return new ArrayList<>((List<String>) seen);
  }

  /** How many CSS pixels the page is wider than the window (0 or less: no sideways scrolling). */
  static int sidewaysOverflow(org.openqa.selenium.WebDriver driver) {
    return ((Number) ((JavascriptExecutor) driver).executeScript(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).intValue();
  }

  /**
   * axe-core's WCAG 2.1 A/AA violations on the current page, one line each: rule, impact, help and
   * the first few offending elements. Fails (never skips) when axe-core is not installed.
   */
  @SuppressWarnings("unchecked")
  static List<String> axeViolations(org.openqa.selenium.WebDriver driver) throws IOException {
    synchronized (Browser.class) {
      if (axeSource == null) {
        assertThat(AXE).as("axe-core is installed: run `npm ci` (or `npm install`) at the repository's root")
            .isRegularFile();
        axeSource = Files.readString(AXE, StandardCharsets.UTF_8);
      }
    }
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript(axeSource);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    Object result = js.executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
          .then(r => done(r.violations.map(v => v.id + ' [' + v.impact + '] ' + v.help + ': '
              + v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' — ' + (n.failureSummary || '')
                  .replace(/\\s+/g, ' ')).join(' | '))))
          .catch(e => done(['axe failed: ' + e]));
        """, WCAG_21_AA);
    return new ArrayList<>((List<String>) result);
  }
}
