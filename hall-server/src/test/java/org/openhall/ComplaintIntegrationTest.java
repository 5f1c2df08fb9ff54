package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.identity.Account;
import org.openhall.identity.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * 效能投诉 over real HTTP: an applicant complains about one of their own cases or about a department,
 * gets a complaint number, and lists their complaints; nobody complains through someone else's case
 * or reads someone else's complaints.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ComplaintIntegrationTest {

  @Autowired
  TestRestTemplate http;

  @Autowired
  ObjectMapper json;

  @Autowired
  Accounts accountRepository;

  @Autowired
  PasswordEncoder passwords;

  HallApi api;
  Parties parties;

  @BeforeEach
  void connect() {
    api = new HallApi(http, json);
    parties = new Parties(accountRepository, passwords);
  }

  @Test
  void anApplicantComplainsAboutTheirCaseOrADepartmentAndListsTheirComplaints() throws Exception {
    Account company = parties.company("福州仓山刻字社");
    Account stranger = parties.person("林路人");
    String caseNumber = new Filings(api).sealFiling(company);
    TestRestTemplate applicant = api.as(company.username());

    JsonNode aboutCase = api.read(complain(applicant, Map.of("caseNumber", caseNumber, "category", "DELAY",
        "content", "备案三天没有结果，电话无人接听")), HttpStatus.CREATED);
    assertThat(aboutCase.path("complaintNumber").asText()).matches("TS\\d{13}");
    assertThat(aboutCase.path("status").asText()).isEqualTo("RECEIVED");
    assertThat(aboutCase.path("caseNumber").asText()).isEqualTo(caseNumber);
    assertThat(aboutCase.path("departmentCode").asText()).as("the case's department").isEqualTo("GA");

    JsonNode aboutDepartment = api.read(complain(applicant, Map.of("departmentCode", "SCJG",
        "category", "EXTRA_DEMANDS", "content", "窗口要求提供指南上没有的材料")), HttpStatus.CREATED);
    assertThat(aboutDepartment.path("caseNumber").isNull()).isTrue();
    assertThat(aboutDepartment.path("departmentName").asText()).isEqualTo("市场监督管理局");
    assertThat(aboutDepartment.path("complaintNumber").asText()).isNotEqualTo(aboutCase.path("complaintNumber").asText());

    JsonNode mine = api.read(applicant.getForEntity("/api/v1/complaints", String.class), HttpStatus.OK);
    assertThat(mine.findValuesAsText("complaintNumber")).as("newest first").containsExactly(
        aboutDepartment.path("complaintNumber").asText(), aboutCase.path("complaintNumber").asText());
    JsonNode theirs = api.read(api.as(stranger.username()).getForEntity("/api/v1/complaints", String.class),
        HttpStatus.OK);
    assertThat(theirs).isEmpty();

    ResponseEntity<String> throughSomeoneElsesCase = complain(api.as(stranger.username()),
        Map.of("caseNumber", caseNumber, "category", "ATTITUDE", "content", "态度不好"));
    assertInvalid(throughSomeoneElsesCase, Map.of("caseNumber", "COMPLAINT_CASE_UNKNOWN"));
    assertThat(messages(throughSomeoneElsesCase).get("caseNumber")).isEqualTo("您没有编号为“" + caseNumber + "”的办件。");
  }

  @Test
  void aComplaintNeedsATargetThatExistsACategoryOfTheListAndBoundedContent() throws Exception {
    Account person = parties.person("黄女士");
    TestRestTemplate applicant = api.as(person.username());

    assertInvalid(complain(applicant, Map.of("category", "DELAY", "content", "太慢")),
        Map.of("caseNumber", "COMPLAINT_TARGET_REQUIRED"));
    ResponseEntity<String> wrong = complain(applicant, Map.of("departmentCode", "NOPE", "category", "BRIBERY",
        "content", "长".repeat(1001)));
    assertInvalid(wrong, Map.of("departmentCode", "COMPLAINT_DEPARTMENT_UNKNOWN",
        "category", "COMPLAINT_CATEGORY_REQUIRED", "content", "COMPLAINT_CONTENT_TOO_LONG"));
    assertThat(messages(wrong).get("content")).isEqualTo("投诉内容最多 1000 个字。");
    assertInvalid(complain(applicant, Map.of("caseNumber", "2099010199999", "category", "OTHER", "content", " ")),
        Map.of("caseNumber", "COMPLAINT_CASE_UNKNOWN", "content", "COMPLAINT_CONTENT_REQUIRED"));

    HttpHeaders english = new HttpHeaders();
    english.setContentType(MediaType.APPLICATION_JSON);
    english.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
    ResponseEntity<String> inEnglish = applicant.exchange("/api/v1/complaints", HttpMethod.POST,
        new HttpEntity<>(Map.of("departmentCode", "SCJG", "content", "slow"), english), String.class);
    assertInvalid(inEnglish, Map.of("category", "COMPLAINT_CATEGORY_REQUIRED"));
    assertThat(messages(inEnglish).get("category")).isEqualTo("Please choose a category from the list.");
    assertThat(api.read(applicant.getForEntity("/api/v1/complaints", String.class), HttpStatus.OK)).isEmpty();
  }

  @Test
  void theComplaintEndpointsArePublishedInTheOpenApiDocument() throws Exception {
    JsonNode paths = api.read(http.getForEntity("/v3/api-docs", String.class), HttpStatus.OK).path("paths");
    assertThat(paths.path("/api/v1/complaints").has("post")).isTrue();
    assertThat(paths.path("/api/v1/complaints").has("get")).isTrue();
  }

  private static ResponseEntity<String> complain(TestRestTemplate who, Map<String, Object> body) {
    return who.postForEntity("/api/v1/complaints", body, String.class);
  }

  private Map<String, String> messages(ResponseEntity<String> answer) throws Exception {
    Map<String, String> byField = new HashMap<>();
    json.readTree(answer.getBody()).path("errors")
        .forEach(e -> byField.put(e.path("field").asText(), e.path("message").asText()));
    return byField;
  }

  private void assertInvalid(ResponseEntity<String> answer, Map<String, String> codesByField) throws Exception {
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode problem = json.readTree(answer.getBody());
    assertThat(problem.path("code").asText()).isEqualTo("VALIDATION_FAILED");
    Map<String, String> codes = new HashMap<>();
    problem.path("errors").forEach(e -> {
      codes.put(e.path("field").asText(), e.path("code").asText());
      assertThat(e.path("message").asText()).isNotBlank().isNotEqualTo(e.path("code").asText());
    });
    assertThat(codes).isEqualTo(codesByField);
  }
}
