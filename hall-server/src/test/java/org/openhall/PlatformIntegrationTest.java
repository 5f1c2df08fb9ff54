package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openhall.identity.Account;
import org.openhall.identity.Accounts;
import org.openhall.identity.PartyKind;
import org.openhall.identity.Role;
import org.openhall.organisation.Department;
import org.openhall.organisation.Departments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;

/**
 * What the platform guarantees below every feature: Argon2 hashes, lockout, CSRF on pages,
 * problem documents on the API, health of database and engine, the OpenAPI document, and names
 * with rare characters that survive the database (utf8mb4 on MySQL/MariaDB).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlatformIntegrationTest {

  @Autowired
  TestRestTemplate http;

  @Autowired
  ObjectMapper json;

  @Autowired
  Accounts accounts;

  @Autowired
  Departments departments;

  @Autowired
  PasswordEncoder passwords;

  @Autowired
  TransactionTemplate transactions;

  @Test
  void passwordsAreStoredAsArgon2Hashes() {
    assertThat(accounts.findByUsername("demo-citizen").orElseThrow().passwordHash()).startsWith("$argon2id$");
  }

  @Test
  void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() {
    String user = "lockout-" + System.nanoTime();
    accounts.save(new Account(user, passwords.encode("Right#2026"), "锁定测试", PartyKind.PERSON,
        null, null, EnumSet.of(Role.APPLICANT), Set.of(), false));
    for (int i = 0; i < 5; i++) {
      assertThat(http.withBasicAuth(user, "wrong").getForEntity("/api/v1/cases", String.class)
          .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    assertThat(http.withBasicAuth(user, "Right#2026").getForEntity("/api/v1/cases", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aGoodPasswordResetsTheCountOfWrongOnes() {
    String user = "reset-" + System.nanoTime();
    accounts.save(new Account(user, passwords.encode("Right#2026"), "重置测试", PartyKind.PERSON,
        null, null, EnumSet.of(Role.APPLICANT), Set.of(), false));
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < 4; i++) {
        assertThat(http.withBasicAuth(user, "wrong").getForEntity("/api/v1/cases", String.class)
            .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
      }
      assertThat(http.withBasicAuth(user, "Right#2026").getForEntity("/api/v1/cases", String.class)
          .getStatusCode()).as("eight wrong in all, never five in a row").isEqualTo(HttpStatus.OK);
    }
  }

  @Test
  void pageFormsWithoutCsrfTokenAreRefused() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    var form = new LinkedMultiValueMap<String, String>();
    form.add("username", "demo-citizen");
    form.add("password", "Demo#2026");
    ResponseEntity<String> answer = http.postForEntity("/login", new HttpEntity<>(form, headers), String.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void apiErrorsAreLocalizedProblemDocumentsWithoutInternals() throws Exception {
    HttpHeaders english = new HttpHeaders();
    english.set("Accept-Language", "en");
    english.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> malformed = http.withBasicAuth("demo-citizen", "Demo#2026")
        .postForEntity("/api/v1/cases", new HttpEntity<>("{not json", english), String.class);
    assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(malformed.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    JsonNode problem = json.readTree(malformed.getBody());
    assertThat(problem.path("code").asText()).isEqualTo("MALFORMED_REQUEST");
    assertThat(problem.path("detail").asText()).startsWith("The request is malformed");
    assertThat(malformed.getBody()).doesNotContain("Exception", "org.", "at java");

    ResponseEntity<String> chinese = http.getForEntity("/api/v1/items/NO-SUCH-ITEM", String.class);
    assertThat(json.readTree(chinese.getBody()).path("detail").asText()).isEqualTo("事项“NO-SUCH-ITEM”不存在或未发布。");
  }

  @Test
  void unknownApiPathsAnswerWithAProblemAndUnknownPagesWithTheErrorPage() throws Exception {
    ResponseEntity<String> api = http.withBasicAuth("demo-citizen", "Demo#2026")
        .getForEntity("/api/v1/no-such-thing", String.class);
    assertThat(api.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(json.readTree(api.getBody()).path("code").asText()).isEqualTo("NOT_FOUND");
    ResponseEntity<String> page = http.getForEntity("/items/NO-SUCH-ITEM", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(page.getBody()).contains("事项“NO-SUCH-ITEM”不存在或未发布。").doesNotContain("Exception");
  }

  @Test
  void healthReportsTheDatabaseAndTheProcessEngine() throws Exception {
    JsonNode health = json.readTree(http.getForEntity("/actuator/health", String.class).getBody());
    assertThat(health.path("status").asText()).isEqualTo("UP");
    assertThat(health.path("components").path("db").path("status").asText()).isEqualTo("UP");
    assertThat(health.path("components").path("processEngine").path("status").asText()).isEqualTo("UP");
  }

  @Test
  void publishesTheOpenApiDocument() throws Exception {
    JsonNode api = json.readTree(http.getForEntity("/v3/api-docs", String.class).getBody());
    assertThat(api.path("paths").has("/api/v1/cases")).isTrue();
    assertThat(api.path("paths").has("/api/v1/console/tasks/{taskId}/complete")).isTrue();
  }

  @Test
  void namesWithRareCharactersRoundTripThroughTheDatabase() {
    String code = "T" + (System.nanoTime() % 100_000_000);
    String name = "𠀀𪚥测试局";
    String user = "rare-" + System.nanoTime();
    transactions.executeWithoutResult(s -> {
      departments.save(new Department(code, name));
      accounts.save(new Account(user, passwords.encode("x"), "王𠀀明", PartyKind.PERSON, null, null,
          EnumSet.of(Role.APPLICANT), Set.of(), false));
    });
    transactions.executeWithoutResult(s -> {
      assertThat(departments.findById(code).orElseThrow().name()).isEqualTo(name);
      assertThat(accounts.findByUsername(user).orElseThrow().displayName()).isEqualTo("王𠀀明");
    });
  }
}
