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
  void thePortalsHomeItemAndApplyPagesSpeakEnglishAndMarkWhatIsStillChinese() throws Exception {
    PortalSession company = PortalSession.signIn(port, "demo-company");

    String home = company.get("/?query=SCJG-001&lang=en").body();
    assertThat(home).contains("Food Business Licence (new)", "Market Regulation Bureau");
    assertThat(hanOutsideChinese(home, "福州海峡食品贸易有限公司")).isEmpty();

    String item = company.get("/items/SCJG-001").body();
    assertThat(item).contains("<h1>Food Business Licence (new)</h1>",
        "Application for a food business licence",
        "Food Safety Law of the People&#39;s Republic of China, Article 35");
    assertThat(hanOutsideChinese(item, "福州海峡食品贸易有限公司")).isEmpty();
    assertThat(item).as("an untranslated condition is marked as Chinese")
        .containsPattern("<li lang=\"zh-CN\">已取得营业执照");

    String apply = company.get("/apply/SCJG-001").body();
    assertThat(apply).contains("Applicant name *", "Sale of bulk food");
    // the applicant's own data stays as typed: their name and the names of the files in their vault
    List<String> data = new ArrayList<>(List.of("福州海峡食品贸易有限公司"));
    api.read(api.as("demo-company").getForEntity("/api/v1/materials", String.class), HttpStatus.OK)
        .forEach(m -> data.add(m.path("fileName").asText()));
    assertThat(hanOutsideChinese(apply, data.toArray(String[]::new))).isEmpty();
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
    assertThat(chinese.path("name").asText()).isEqualTo("食品经营许可（新办）");
    assertThat(fieldNames(guide)).isEqualTo(fieldNames(chinese));
  }

  private static java.util.List<String> fieldNames(JsonNode node) {
    java.util.List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
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
