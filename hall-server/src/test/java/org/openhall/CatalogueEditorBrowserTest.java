package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An administrator builds a draft on a phone-sized screen (390 px) with the structured editor:
 * adds two materials and moves the second up, adds a select field with two options and a field
 * shown only for one of them, saves, and finds it all in the preview the citizen's guide shares.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CatalogueEditorBrowserTest {

  @LocalServerPort
  int port;

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
  void anAdministratorBuildsADraftWithRowsAndSeesItInThePreview() {
    browser = Browser.start(downloads);
    browser.manage().window().setSize(new Dimension(390, 844));
    String code = "BR-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    signIn();
    open("/console/catalogue/new");
    type("code", code);
    type("name", "浏览器测试许可");
    type("location", "市民服务中心");

    follow("materials-add");
    type("materials-0-name", "申请书");
    follow("materials-add");
    type("materials-1-name", "营业执照");
    assertNoSidewaysScrolling();
    follow("materials-1-up");
    // htmx moves the focus after it settles, a moment after the old rows are gone
    try {
      new WebDriverWait(browser, Duration.ofSeconds(5)).until(
          d -> "materials-0-up".equals(d.switchTo().activeElement().getAttribute("id")));
    } catch (org.openqa.selenium.TimeoutException notMoved) {
      // the assertion below says what the focus is on instead
    }
    assertThat(browser.switchTo().activeElement().getAttribute("id"))
        .as("the keyboard stays on the moved row").isEqualTo("materials-0-up");
    assertThat(value("materials-0-name")).isEqualTo("营业执照");
    assertThat(value("materials-1-name")).isEqualTo("申请书");
    assertThat(browser.findElement(By.id("materials-0-up")).getAccessibleName())
        .isEqualTo("上移 材料 1");

    follow("fields-add");
    type("fields-0-key", "kind");
    type("fields-0-label", "经营类型");
    new Select(browser.findElement(By.id("fields-0-type"))).selectByValue("SELECT");
    follow("fields-0-options-add");
    type("fields-0-options-0-value", "SHOP");
    type("fields-0-options-0-label", "门店");
    follow("fields-0-options-add");
    type("fields-0-options-1-value", "ONLINE");
    type("fields-0-options-1-label", "网店");
    follow("fields-add");
    type("fields-1-key", "url");
    type("fields-1-label", "网店地址");
    new Select(browser.findElement(By.id("fields-1-showWhenField"))).selectByValue("kind");
    type("fields-1-showWhenEquals", "ONLINE");
    assertNoSidewaysScrolling();

    follow("save");
    assertThat(browser.getCurrentUrl()).doesNotContain("/edit").doesNotContain("/new");
    WebElement guide = browser.findElement(By.cssSelector("section.guide"));
    List<String> materials = guide.findElements(By.cssSelector("ul.guide-materials > li > strong"))
        .stream().map(WebElement::getText).toList();
    assertThat(materials).containsExactly("营业执照", "申请书");
    Select kind = new Select(browser.findElement(By.id("form.kind")));
    assertThat(kind.getOptions()).extracting(WebElement::getText).contains("门店", "网店");
    WebElement url = browser.findElement(By.cssSelector("[data-show-when-field='form.kind']"));
    assertThat(url.getAttribute("data-show-when-equals")).isEqualTo("ONLINE");
    assertThat(url.isDisplayed()).as("hidden until its condition holds").isFalse();
    kind.selectByValue("ONLINE");
    new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> url.isDisplayed());
    assertThat(url.getText()).contains("网店地址");
    assertNoSidewaysScrolling();
  }

  private void signIn() {
    open("/console/login");
    browser.findElement(By.id("username")).sendKeys("demo-admin");
    browser.findElement(By.id("password")).sendKeys(HallApi.PASSWORD);
    WebElement submit = browser.findElement(By.cssSelector("main form button[type=submit]"));
    submit.click();
    Browser.awaitReplaced(browser, submit, Duration.ofSeconds(20));
  }

  private void type(String id, String text) {
    WebElement input = browser.findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  private String value(String id) {
    return browser.findElement(By.id(id)).getAttribute("value");
  }

  /** Presses a button by keyboard (Enter), as a keyboard-only user does, and waits for the new page. */
  private void follow(String id) {
    WebElement button = browser.findElement(By.id(id));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
    button.sendKeys(org.openqa.selenium.Keys.ENTER);
    Browser.awaitReplaced(browser, button, Duration.ofSeconds(20));
  }

  private void assertNoSidewaysScrolling() {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    long viewport = (Long) js.executeScript("return document.documentElement.clientWidth;");
    long content = (Long) js.executeScript("return document.documentElement.scrollWidth;");
    assertThat(viewport).as("a phone-sized viewport").isLessThanOrEqualTo(390);
    assertThat(content).as("page width at " + viewport + " px").isLessThanOrEqualTo(viewport);
  }

  private void open(String path) {
    browser.get("http://localhost:" + port + path);
  }
}
