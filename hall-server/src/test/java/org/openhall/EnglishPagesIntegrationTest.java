package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * ADR 0025, two languages never mixed: in English the portal's home, an item's guide, its apply
 * page and the console's task page show no Chinese outside elements marked {@code lang="zh-CN"}
 * (the texts the catalogue has not translated, and people's names, which are data); the language
 * switch keeps the page and its query.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EnglishPagesIntegrationTest {

  private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img",
      "input", "link", "meta", "source", "track", "wbr");
  private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*?)(/?)>");

  @LocalServerPort
  int port;

  @Autowired
  TestRestTemplate http;

  @Autowired
  ObjectMapper json;

  HallApi api;

  @BeforeEach
  void connect() {
    api = new HallApi(http, json);
  }

  @Test
  void thePortalsHomeItemAndApplyPagesSpeakEnglish() throws Exception {
    PortalSession company = PortalSession.signIn(port, "demo-company");

    String home = company.get("/?query=SCJG-001&lang=en").body();
    assertThat(home).contains("Food Business Licence (new)", "Market Regulation Bureau");
    assertThat(hanOutsideChinese(home, "福州海峡食品贸易有限公司")).isEmpty();

    String item = company.get("/items/SCJG-001").body();
    assertThat(item).contains("<h1>Food Business Licence (new)</h1>",
        "Application for a food business licence",
        "Food Safety Law of the People&#39;s Republic of China, Article 35");
    assertThat(hanOutsideChinese(item, "福州海峡食品贸易有限公司")).isEmpty();
    assertThat(item).as("the conditions, step descriptions and article texts are in English")
        .contains("<li>Holds a business licence or other proof of legal status",
            "The applicant fills in the application and uploads the materials online",
            "The State applies a licensing system to food production and trade.");

    String apply = company.get("/apply/SCJG-001").body();
    assertThat(apply).contains("Applicant name *", "Sale of bulk food");
    assertThat(hanOutsideChinese(apply, companysOwnData())).isEmpty();
  }

  /**
   * The applicant's own data stays as typed: the company's name and the names of the files in its
   * vault (other tests of this context upload there too).
   */
  private String[] companysOwnData() throws Exception {
    List<String> data = new ArrayList<>(List.of("福州海峡食品贸易有限公司"));
    api.read(api.as("demo-company").getForEntity("/api/v1/materials", String.class), HttpStatus.OK)
        .forEach(m -> data.add(m.path("fileName").asText()));
    return data.toArray(String[]::new);
  }

  /**
   * Every page an applicant reads, with a case of theirs on it, is English in English: no Chinese
   * outside {@code lang="zh-CN"} (besides the applicant's own data) and no raw enum code or key.
   */
  @Test
  void theApplicantsPagesSpeakEnglishWithACaseOnThem() throws Exception {
    String caseNumber = api.applyForFoodLicence();
    String issued = api.applyForFoodLicence();
    api.completeTask("demo-clerk", issued, "ACCEPT", "ACCEPTED", "complete");
    api.completeTask("demo-reviewer", issued, "REVIEW", "PASSED", "meets the conditions");
    api.completeTask("demo-approver", issued, "DECIDE", "APPROVED", "granted");
    String licenceNumber = HallApi.await(() -> api.caseOf(api.as("demo-company"), issued),
        c -> c.path("status").asText().equals("ISSUED"), "case " + issued + " issued")
        .path("licence").path("licenceNumber").asText();
    PortalSession company = PortalSession.signIn(port, "demo-company");
    String verification = "";
    for (String path : new String[] {"/", "/items/SCJG-001", "/items/SCJG-005", "/apply/SCJG-001",
        "/cases", "/cases/" + caseNumber, "/cases/" + issued, "/cases/" + issued + "/rating",
        "/inbox", "/licences",
        "/complaints", "/complaints/new", "/mandates", "/verify"}) {
      var answer = company.get(path + (path.contains("?") ? "&" : "?") + "lang=en");
      assertThat(answer.statusCode()).as(path).isEqualTo(200);
      String page = answer.body();
      assertThat(hanOutsideChinese(page, companysOwnData()))
          .as("Chinese outside lang=\"zh-CN\" on " + path).isEmpty();
      assertThat(rawCodes(page)).as("raw codes on " + path).isEmpty();
      if (path.equals("/licences")) {
        Matcher code = Pattern.compile("href=\"/verify/([^\"]+)\"").matcher(page);
        verification = code.find() ? code.group(1) : "";
      }
    }
    assertThat(company.get("/cases?lang=en").body()).contains("Food Business Licence (new)");
    assertThat(company.get("/cases/" + caseNumber + "?lang=en").body())
        .contains("Market Regulation Bureau");
    assertThat(company.get("/inbox?lang=en").body()).as("the inbox reads the English text")
        .contains("[Online service hall] Your application was submitted (" + caseNumber + ")",
            "Your application for &quot;Food Business Licence (new)&quot; was submitted");
    assertThat(company.get("/inbox?lang=zh_CN").body()).as("and the Chinese one in Chinese")
        .contains("您的申请已提交（" + caseNumber + "）");
    assertThat(verification).as("the wallet links its licence to the verify page").isNotEmpty();
    StaffSession clerk = StaffSession.signIn(port, "demo-scjg-clerk");
    for (String path : new String[] {"/console/cases/" + issued,
        "/console/licences?number=" + licenceNumber}) {
      var answer = clerk.get(path + (path.contains("?") ? "&" : "?") + "lang=en");
      assertThat(answer.statusCode()).as(path).isEqualTo(200);
      assertThat(hanOutsideChinese(answer.body(), "福州海峡食品贸易有限公司", "申请书.pdf",
          "窗口·陈静", "审核·刘洋", "审批·赵敏", "市场监管窗口·林晓"))
          .as("Chinese outside lang=\"zh-CN\" on " + path + " (the staff's names are data)")
          .isEmpty();
      assertThat(rawCodes(answer.body())).as("raw codes on " + path).isEmpty();
    }
    HttpHeaders english = new HttpHeaders();
    english.set("Accept-Language", "en");
    JsonNode wallet = api.read(api.as("demo-company").exchange("/api/v1/licences", HttpMethod.GET,
        new HttpEntity<>(english), String.class), HttpStatus.OK);
    assertThat(wallet.findValuesAsText("itemName")).contains("Food Business Licence (new)")
        .noneMatch(n -> n.matches(".*\\p{IsHan}.*"));
    assertThat(wallet.findValuesAsText("issuer")).contains("Market Regulation Bureau");
    assertThat(api.read(http.exchange("/api/v1/licences/" + verification, HttpMethod.GET,
        new HttpEntity<>(english), String.class), HttpStatus.OK).path("itemName").asText())
        .isEqualTo("Food Business Licence (new)");
    assertThat(company.get("/licences?lang=en").body())
        .contains("Food Business Licence (new)", "Market Regulation Bureau");
    {
      String verify = company.get("/verify/" + verification + "?lang=en").body();
      assertThat(hanOutsideChinese(verify, "福州海峡食品贸易有限公司")).isEmpty();
      assertThat(rawCodes(verify)).isEmpty();
    }
  }

  @Test
  void theConsolesTaskPageSpeaksEnglish() throws Exception {
    String caseNumber = api.applyForFoodLicence();
    JsonNode task = HallApi.await(() -> api.taskFor(api.as("demo-scjg-clerk"), caseNumber, "ACCEPT"),
        t -> !t.isMissingNode(), "the acceptance task of " + caseNumber);
    StaffSession clerk = StaffSession.signIn(port, "demo-scjg-clerk");

    String page = clerk.get("/console/tasks/" + task.path("taskId").asText() + "?lang=en").body();

    assertThat(page).contains("Food Business Licence (new)", "Applicant name",
        "Preparation and sale of hot food", "Market Regulation Bureau");
    assertThat(hanOutsideChinese(page, "福州海峡食品贸易有限公司", "申请书.pdf")).isEmpty();

    String worklist = clerk.get("/console?lang=en").body();
    assertThat(worklist).as("the worklist names items and departments in English")
        .containsPattern("data-case=\"" + caseNumber + "\"[^>]*>\\s*<th[^>]*>[^<]*</th>\\s*"
            + "<td[^>]*>Food Business Licence \\(new\\)</td>")
        .contains(">Market Regulation Bureau</span>");
    assertThat(rawCodes(worklist)).isEmpty();
  }

  @Test
  void theLanguageSwitchKeepsThePageAndItsQuery() throws Exception {
    PortalSession citizen = PortalSession.signIn(port, "demo-citizen");

    String home = citizen.get("/?query=SCJG&page=1&lang=en").body();

    assertThat(home).contains("href=\"/?query=SCJG&amp;page=1&amp;lang=zh_CN\"");
    assertThat(citizen.get("/items/GA-001?lang=zh_CN").body())
        .contains("href=\"/items/GA-001?lang=en\"");
  }

  @Test
  void thePublicGuideAnswersInTheLanguageOfAcceptLanguageWithTheFieldsOfApiMd() throws Exception {
    HttpHeaders english = new HttpHeaders();
    english.set("Accept-Language", "en");

    JsonNode guide = api.read(http.exchange("/api/v1/items/SCJG-001", HttpMethod.GET,
        new HttpEntity<>(english), String.class), HttpStatus.OK);
    JsonNode chinese = api.read(http.getForEntity("/api/v1/items/SCJG-001", String.class),
        HttpStatus.OK);

    assertThat(guide.path("name").asText()).isEqualTo("Food Business Licence (new)");
    assertThat(guide.path("department").path("name").asText()).isEqualTo("Market Regulation Bureau");
    assertThat(guide.path("materials").get(0).path("name").asText())
        .isEqualTo("Application for a food business licence");
    assertThat(guide.path("conditions").get(0).asText())
        .startsWith("Holds a business licence or other proof of legal status");
    assertThat(guide.path("procedure").get(0).path("description").asText())
        .startsWith("The applicant fills in the application");
    assertThat(chinese.path("name").asText()).isEqualTo("食品经营许可（新办）");
    assertThat(fieldNames(guide)).isEqualTo(fieldNames(chinese));
  }

  private static java.util.List<String> fieldNames(JsonNode node) {
    java.util.List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /**
   * Enum codes and message keys in a page's visible text ({@code CORRECTION_REQUIRED},
   * {@code case.status.ACCEPTED}): a page must show their words, never them. Scripts, styles and
   * attributes (where codes are data, like {@code data-status="VALID"}) are left out.
   */
  static String rawCodes(String html) {
    String text = html.replaceAll("(?is)<(script|style)\\b.*?</\\1>", " ")
        .replaceAll("(?s)<!--.*?-->", " ").replaceAll("(?s)<[^>]*>", " ");
    StringBuilder codes = new StringBuilder();
    Matcher m = Pattern.compile("\\b[A-Z]{2,}_[A-Z_]+\\b|\\b[a-z]+(\\.[a-zA-Z]+){2,}\\b")
        .matcher(text);
    while (m.find()) {
      codes.append(m.group()).append('\n');
    }
    return codes.toString();
  }

  /**
   * The Chinese left in a page once every element marked {@code lang="zh-CN"} is taken out, and
   * the given data (people's and companies' names); empty when the page is English throughout.
   */
  static String hanOutsideChinese(String html, String... data) {
    StringBuilder kept = new StringBuilder();
    Deque<String> skipping = new ArrayDeque<>();
    Matcher tag = TAG.matcher(html);
    int at = 0;
    while (tag.find()) {
      if (skipping.isEmpty()) {
        kept.append(html, at, tag.start());
      }
      String name = tag.group(2).toLowerCase();
      boolean closing = !tag.group(1).isEmpty();
      boolean selfClosing = !tag.group(4).isEmpty() || VOID.contains(name);
      if (!skipping.isEmpty()) {
        if (closing && name.equals(skipping.peek())) {
          skipping.pop();
        } else if (!closing && !selfClosing && name.equals(skipping.peek())) {
          skipping.push(name);
        }
      } else if (!closing && !selfClosing && tag.group(3).contains("lang=\"zh-CN\"")
          && !name.equals("html")) {
        skipping.push(name);
      } else if (!tag.group(3).contains("lang=\"zh-CN\"")) {
        kept.append(tag.group());
      }
      at = tag.end();
    }
    kept.append(html.substring(at));
    String text = kept.toString();
    for (String d : data) {
      text = text.replace(d, "");
    }
    StringBuilder han = new StringBuilder();
    Matcher m = Pattern.compile(".{0,40}\\p{IsHan}+.{0,40}").matcher(text);
    while (m.find()) {
      han.append(m.group().strip()).append('\n');
    }
    return han.toString();
  }
}
