package org.openhall;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
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
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Debian chromium and chromium-driver are not installed");
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
}
