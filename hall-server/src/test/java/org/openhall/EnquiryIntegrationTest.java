package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * 首问负责登记 over real HTTP: staff record enquiries by API and on the console page, and each
 * reads only the enquiries of their own departments (supervisors too; ADMIN all).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EnquiryIntegrationTest {

  @LocalServerPort
  int port;

  @Autowired
  TestRestTemplate http;

  @Autowired
  ObjectMapper json;

  HallApi api;

  /** A word only this test's enquiries contain, so other tests' records never disturb the counts. */
  String marker;

  @BeforeEach
  void setUp() {
    api = new HallApi(http, json);
    marker = "问" + UUID.randomUUID().toString().substring(0, 8);
  }

  private JsonNode record(String user, Map<String, String> enquiry, HttpStatus expected) throws Exception {
    return api.read(api.as(user).postForEntity("/api/v1/console/enquiries", enquiry, String.class), expected);
  }

  private JsonNode search(String user, String query) throws Exception {
    return api.read(api.as(user).getForEntity("/api/v1/console/enquiries?" + query, String.class), HttpStatus.OK);
  }

  private static List<String> questions(JsonNode page) {
    List<String> questions = new ArrayList<>();
    page.path("content").forEach(e -> questions.add(e.path("question").asText()));
    return questions;
  }

  @Test
  void staffSeeOnlyTheEnquiriesOfTheirOwnDepartments() throws Exception {
    JsonNode ga = record("demo-clerk", Map.of("departmentCode", "GA", "askerName", "王大爷",
        "askerPhone", "13812345678", "question", marker + " 户口迁移要带什么材料？",
        "referredTo", "公安局户政窗口（3 号窗）"), HttpStatus.CREATED);
    assertThat(ga.path("departmentCode").asText()).isEqualTo("GA");
    assertThat(ga.path("askerPhone").asText()).isEqualTo("13812345678");
    assertThat(ga.path("askerPhoneMasked").asText()).isEqualTo("138****5678");
    assertThat(ga.path("recordedBy").asText()).isEqualTo("窗口·陈静");
    assertThat(ga.path("recordedAt").asText()).isNotBlank();

    JsonNode scjg = record("demo-scjg-clerk", Map.of("askerName", "李女士", "itemCode", "scjg-001",
        "question", marker + " 食品经营许可多久能办好？", "answer", "承诺 10 个工作日。"), HttpStatus.CREATED);
    assertThat(scjg.path("departmentCode").asText()).as("one department: chosen by itself").isEqualTo("SCJG");
    assertThat(scjg.path("itemCode").asText()).isEqualTo("SCJG-001");
    assertThat(scjg.path("itemName").asText()).isNotBlank();

    JsonNode seenByScjgClerk = search("demo-scjg-clerk", "q=" + marker);
    assertThat(questions(seenByScjgClerk)).containsExactly(marker + " 食品经营许可多久能办好？");
    assertThat(seenByScjgClerk.path("totalElements").asLong()).isEqualTo(1);
    assertThat(search("demo-scjg-clerk", "q=" + marker + "&department=GA").path("totalElements").asLong())
        .as("another department's log stays closed even when asked for by name").isZero();

    JsonNode seenByGaSupervisor = search("demo-ga-supervisor", "q=" + marker);
    assertThat(questions(seenByGaSupervisor)).containsExactly(marker + " 户口迁移要带什么材料？");
    assertThat(seenByGaSupervisor.path("content").get(0).has("askerPhone")).as("lists mask the phone").isFalse();
    assertThat(seenByGaSupervisor.path("content").get(0).path("askerPhoneMasked").asText()).isEqualTo("138****5678");

    String gaEnquiry = "/api/v1/console/enquiries/" + ga.path("id").asText();
    assertThat(api.as("demo-scjg-clerk").getForEntity(gaEnquiry, String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(api.read(api.as("demo-ga-supervisor").getForEntity(gaEnquiry, String.class), HttpStatus.OK)
        .path("referredTo").asText()).isEqualTo("公安局户政窗口（3 号窗）");

    assertThat(search("demo-admin", "q=" + marker).path("totalElements").asLong()).isEqualTo(2);
    JsonNode firstOfTwo = search("demo-admin", "q=" + marker + "&size=1&page=0");
    assertThat(firstOfTwo.path("content").size()).isEqualTo(1);
    assertThat(firstOfTwo.path("totalElements").asLong()).isEqualTo(2);
    assertThat(firstOfTwo.path("totalPages").asInt()).isEqualTo(2);
    assertThat(search("demo-clerk", "q=" + marker + "&department=SCJG").path("totalElements").asLong())
        .isEqualTo(1);
  }

  @Test
  void aRefusedEnquiryNamesEveryFieldInTheCallersLanguage() throws Exception {
    HttpHeaders english = new HttpHeaders();
    english.set("Accept-Language", "en");
    Map<String, String> bad = new HashMap<>(Map.of("askerName", " ", "askerPhone", "12345",
        "itemCode", "NOPE-404", "question", marker));
    JsonNode problem = api.read(api.as("demo-scjg-clerk").exchange("/api/v1/console/enquiries",
        HttpMethod.POST, new HttpEntity<>(bad, english), String.class), HttpStatus.BAD_REQUEST);
    assertThat(problem.path("code").asText()).isEqualTo("VALIDATION_FAILED");
    Map<String, String> byField = new HashMap<>();
    problem.path("errors").forEach(e -> byField.put(e.path("field").asText(), e.path("message").asText()));
    assertThat(byField).containsOnlyKeys("askerName", "askerPhone", "itemCode", "answer");
    assertThat(byField.get("itemCode")).isEqualTo("There is no published item with the code NOPE-404.");
    assertThat(byField.get("answer")).contains("referred");

    JsonNode notYours = record("demo-scjg-clerk", Map.of("departmentCode", "GA", "askerName", "王",
        "question", marker, "answer", "—"), HttpStatus.BAD_REQUEST);
    assertThat(notYours.path("errors").get(0).path("field").asText()).isEqualTo("departmentCode");
    assertThat(record("demo-clerk", Map.of("askerName", "王", "question", marker, "answer", "—"),
        HttpStatus.BAD_REQUEST).path("errors").get(0).path("code").asText())
        .as("staff of several departments say which one answered").isEqualTo("ENQUIRY_DEPARTMENT_REQUIRED");
    assertThat(search("demo-admin", "q=" + marker).path("totalElements").asLong()).isZero();
  }

  @Test
  void applicantsHaveNoEnquiryLog() {
    TestRestTemplate citizen = api.as("demo-citizen");
    assertThat(citizen.getForEntity("/api/v1/console/enquiries", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.getForEntity("/api/v1/console/enquiries", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aClerkRecordsOnThePageKeepsWhatWasTypedWhenRefusedAndFindsItInTheLog() throws Exception {
    StaffSession clerk = StaffSession.signIn(port, "demo-scjg-clerk");
    HttpResponse<String> page = clerk.get("/console/enquiries");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("首问负责咨询登记").contains("href=\"/console/enquiries\"");
    assertThat(page.body()).as("items offered from the catalogue").contains("<option value=\"SCJG-001\"");
    assertThat(clerk.get("/console/enquiries?lang=en").body()).contains("Record an enquiry")
        .contains(">Enquiries</a>");
    clerk.get("/console/enquiries?lang=zh_CN");

    HttpResponse<String> refused = clerk.post("/console/enquiries", Map.of("askerName", "赵先生",
        "askerPhone", "059187654321", "question", marker + " 个体户名称能用生僻字吗？", "answer", "",
        "referredTo", ""));
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("请填写答复内容，或引导到的部门、窗口。")
        .contains("id=\"answer-error\"")
        .contains("value=\"赵先生\"").contains("value=\"059187654321\"")
        .contains(marker + " 个体户名称能用生僻字吗？");

    HttpResponse<String> recorded = clerk.post("/console/enquiries", Map.of("askerName", "赵先生",
        "askerPhone", "13912345678", "question", marker + " 个体户名称能用生僻字吗？",
        "referredTo", "市场监管局登记注册窗口"));
    assertThat(recorded.statusCode()).isEqualTo(302);
    HttpResponse<String> log = clerk.get("/console/enquiries?q=" + java.net.URLEncoder.encode(marker,
        java.nio.charset.StandardCharsets.UTF_8));
    assertThat(log.body()).contains("已登记 赵先生 的咨询。").contains("共 1 条")
        .contains("139****5678").doesNotContain("13912345678").contains("市场监管局登记注册窗口")
        .contains("class=\"cards\"");

    StaffSession otherDepartment = StaffSession.signIn(port, "demo-ga-supervisor");
    assertThat(otherDepartment.get("/console/enquiries?q=" + java.net.URLEncoder.encode(marker,
        java.nio.charset.StandardCharsets.UTF_8)).body()).contains("共 0 条").doesNotContain("赵先生");
  }
}
