package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhall.identity.Account;
import org.openhall.identity.Accounts;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * 代办 in a real browser (issue 10.10): an agent records a mandate for a company's food licence, the
 * company confirms it on its own mandates page, the agent files the application on the company's
 * behalf ("代办" with the mandate chosen), and the case is on both case lists with the agent named. A
 * filing for an item the mandate does not cover is refused with a message that says why.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AgentJourneyBrowserTest {

  @LocalServerPort
  int port;

  @TempDir
  Path files;

  @Autowired
  Accounts accounts;

  @Autowired
  PasswordEncoder passwords;

  @Autowired
  Clock clock;

  PortalBrowser pages;

  @AfterEach
  void closeBrowser() {
    if (pages != null) {
      pages.close();
    }
  }

  @Test
  void anAgentFilesForTheCompanyUnderItsConfirmedMandateAndIsRefusedOutsideIt() throws Exception {
    Parties parties = new Parties(accounts, passwords);
    Account agent = parties.agent("郑代办");
    Account company = parties.company("福州鼓楼代办面馆有限公司");
    LocalDate today = LocalDate.now(clock);
    pages = PortalBrowser.start(port, files);
    ChromeDriver browser = pages.driver;

    // the agent records the mandate: whom for, which item, until when
    pages.signIn(agent.username());
    pages.follow(By.cssSelector("header a[href='/mandates']"));
    assertThat(pages.find(By.tagName("h1")).getText()).isEqualTo("代办授权");
    pages.type("principalId", company.partyId());
    pages.type("scope", HallApi.ITEM);
    WebElement validTo = pages.find(By.id("validTo"));
    // a date input's typing order follows the browser's locale; set the ISO value, as the picker would
    browser.executeScript("arguments[0].value = arguments[1];", validTo, today.plusDays(30).toString());
    pages.follow(By.cssSelector("#mandate button[type=submit]"));
    assertThat(pages.notice()).isEqualTo("授权已登记，等待 " + company.displayName() + " 确认。");
    WebElement held = pages.find(By.cssSelector("#mandates-held tbody tr"));
    assertThat(held.getText()).contains(company.displayName(), "食品经营许可（新办）", "待申请人确认")
        .doesNotContain("PENDING_CONFIRMATION", HallApi.ITEM);
    pages.assertNoSidewaysScrolling();
    pages.assertPageIsPlainAndLabelled();

    // the company confirms it on its own page
    pages.signIn(company.username());
    pages.follow(By.cssSelector("header a[href='/mandates']"));
    WebElement given = pages.find(By.cssSelector("#mandates-given tbody tr"));
    assertThat(given.getText()).contains("郑代办", "食品经营许可（新办）", "待申请人确认");
    assertThat(browser.findElements(By.id("mandate"))).as("a company records no mandates").isEmpty();
    pages.follow(given.findElement(By.cssSelector("form button[type=submit]")));
    assertThat(pages.notice()).isEqualTo("您已确认 郑代办 代您办事的授权。");
    assertThat(pages.find(By.cssSelector("#mandates-given tbody tr td[data-status]")).getText()).isEqualTo("已确认");

    // the agent files the food licence for the company
    pages.signIn(agent.username());
    pages.open("/items/" + HallApi.ITEM);
    pages.follow(By.linkText("在线申请"));
    assertThat(pages.find(By.cssSelector("#on-behalf-of legend")).getText()).isEqualTo("代办");
    Select mandate = new Select(pages.find(By.id("onBehalfOf")));
    assertThat(mandate.getFirstSelectedOption().getText()).contains(company.displayName())
        .contains(today.plusDays(30).toString());
    pages.type("form.applicantName", company.displayName());
    pages.type("form.creditCode", company.partyId());
    new Select(pages.find(By.id("form.businessScope"))).selectByValue("HOT_FOOD");
    pages.type("form.contactPhone", "13812345678");
    Path form = files.resolve("食品经营许可申请书.pdf");
    Files.write(form, Filings.pdf("食品经营许可申请书"));
    pages.attach("material.M1", form);
    pages.assertPageIsPlainAndLabelled();
    pages.follow(By.cssSelector("#apply button[type=submit]"));
    String caseNumber = pages.text("case-number");
    assertThat(pages.notice()).contains(caseNumber);
    assertThat(pages.text("case-applicant")).isEqualTo(company.displayName());
    assertThat(pages.text("case-agent")).isEqualTo("郑代办");

    pages.follow(By.cssSelector("header a[href='/cases']"));
    assertThat(pages.find(By.tagName("main")).getText()).contains(caseNumber, "代办：郑代办");

    // an item the mandate does not cover: told on the page, and refused if filed anyway
    pages.open("/apply/" + Filings.SEAL_FILING);
    assertThat(pages.find(By.cssSelector("#on-behalf-of .errors")).getText())
        .contains("您没有申请人确认的、包含本事项的有效代办授权");
    assertThat(browser.findElements(By.id("onBehalfOf"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector("#apply input, #apply select, #apply textarea, #apply button")))
        .as("no form to fill in vain: the agent is sent to the mandates").extracting(e -> e.getAttribute("type"))
        .containsOnly("hidden");
    pages.follow(By.cssSelector("#on-behalf-of .errors a"));
    assertThat(browser.getCurrentUrl()).endsWith("/mandates");
    pages.open("/cases");
    assertThat(browser.findElements(By.cssSelector("main tbody tr, main li.case"))).extracting(WebElement::getText)
        .noneMatch(row -> row.contains("公章刻制备案"));

    // the company sees the case the agent filed
    pages.signIn(company.username());
    pages.follow(By.cssSelector("header a[href='/cases']"));
    assertThat(pages.find(By.tagName("main")).getText()).contains(caseNumber, "代办：郑代办");
    pages.follow(pages.find(By.partialLinkText(caseNumber)));
    assertThat(pages.text("case-applicant")).isEqualTo(company.displayName());
    assertThat(pages.text("case-agent")).isEqualTo("郑代办");
    assertThat(pages.find(By.id("case-status")).getAttribute("data-status")).isEqualTo("SUBMITTED");
    pages.assertNoSidewaysScrolling();
  }
}
