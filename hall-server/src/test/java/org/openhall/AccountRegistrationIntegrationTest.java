package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.identity.Account;
import org.openhall.identity.Accounts;
import org.openhall.identity.PartyKind;
import org.openhall.notification.SmsLog;
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
 * 网上注册 over real HTTP: a person and a company register with the code the demo's message log
 * recorded, check digits are refused field by field, a taken username or number answers 409, a walk-in
 * account registered at the window is claimed rather than duplicated, a forgotten password is reset by
 * phone, ten registrations of one username or one number at the same instant give one account and nine
 * 409s (never a 500) — and no answer ever carries a code.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "openhall.registration.requests-per-minute=1000")
class AccountRegistrationIntegrationTest {

  static final String PASSWORD = "Secret2026pw";
  private static final Pattern CODE = Pattern.compile("(\\d{6})");

  @Autowired
  TestRestTemplate http;

  @Autowired
  ObjectMapper json;

  @Autowired
  SmsLog smsLog;

  @Autowired
  Accounts accounts;

  @Autowired
  PasswordEncoder passwords;

  HallApi api;
  final List<String> bodies = java.util.Collections.synchronizedList(new ArrayList<>());
  final List<String> codes = new ArrayList<>();

  @BeforeEach
  void setUp() {
    api = new HallApi(http, json);
  }

  /** Whatever each test did, no answer showed a code that was sent. */
  @AfterEach
  void noAnswerCarriesACode() {
    for (String code : codes) {
      assertThat(bodies).noneMatch(b -> b != null && b.contains(code));
    }
  }

  static String newPhone() {
    return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
  }

  static String newUsername(String prefix) {
    return prefix + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000000, Integer.MAX_VALUE));
  }

  private ResponseEntity<String> post(TestRestTemplate client, String path, Object body, String language) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (language != null) {
      headers.set("Accept-Language", language);
    }
    ResponseEntity<String> answer = client.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    bodies.add(answer.getBody());
    return answer;
  }

  private ResponseEntity<String> post(String path, Object body) {
    return post(http, path, body, null);
  }

  /** Asks for a code and reads it from the demo's message log. */
  private String codeFor(String phone, String purpose) throws Exception {
    JsonNode sent = api.read(post("/api/v1/accounts/phone-codes", Map.of("phone", phone, "purpose", purpose)),
        HttpStatus.ACCEPTED);
    assertThat(sent.path("phoneMasked").asText()).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
    assertThat(sent.path("expiresInSeconds").asLong()).isEqualTo(600);
    var messages = smsLog.findByPhoneOrderBySentAtDesc(phone);
    assertThat(messages).as("a text message to " + phone).isNotEmpty();
    Matcher m = CODE.matcher(messages.get(0).text());
    assertThat(m.find()).isTrue();
    codes.add(m.group(1));
    return m.group(1);
  }

  private static Map<String, Object> person(String username, String idNumber, String phone, String code) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("kind", "PERSON");
    body.put("username", username);
    body.put("password", PASSWORD);
    body.put("name", "林小梅");
    body.put("idNumber", idNumber);
    body.put("phone", phone);
    body.put("phoneCode", code);
    return body;
  }

  private static Map<String, Object> company(String username, String creditCode, String representativeId,
      String phone, String code) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("kind", "ENTITY");
    body.put("username", username);
    body.put("password", PASSWORD);
    body.put("name", "福州网上注册测试有限公司");
    body.put("creditCode", creditCode);
    body.put("legalRepresentative", Map.of("name", "陈志远", "idNumber", representativeId));
    body.put("phone", phone);
    body.put("phoneCode", code);
    return body;
  }

  private static Map<String, String> errorsOf(JsonNode problem) {
    Map<String, String> errors = new LinkedHashMap<>();
    problem.path("errors").forEach(e -> errors.put(e.path("field").asText(), e.path("code").asText()
        + ": " + e.path("message").asText()));
    return errors;
  }

  private HttpStatus signInStatus(String username, String password) {
    ResponseEntity<String> r = http.withBasicAuth(username, password).getForEntity("/api/v1/cases", String.class);
    return HttpStatus.valueOf(r.getStatusCode().value());
  }

  @Test
  void registersAPersonWithTheCodeFromTheMessageLogAndTheyCanSignIn() throws Exception {
    String phone = newPhone();
    String username = newUsername("lin");
    String code = codeFor(phone, "REGISTER");
    JsonNode created = api.read(post("/api/v1/accounts", person(username, Parties.newResidentIdNumber(), phone, code)),
        HttpStatus.CREATED);
    assertThat(created.path("username").asText()).isEqualTo(username);
    assertThat(created.path("kind").asText()).isEqualTo("PERSON");
    assertThat(created.path("name").asText()).isEqualTo("林小梅");
    assertThat(created.path("claimedWalkIn").asBoolean()).isFalse();
    assertThat(accounts.findById(created.path("accountId").asText()).orElseThrow().messagesInEnglish())
        .as("registered in Chinese").isFalse();
    assertThat(created.has("password")).isFalse();
    assertThat(created.toString()).doesNotContain(PASSWORD);
    assertThat(signInStatus(username, PASSWORD)).isEqualTo(HttpStatus.OK);

    JsonNode again = api.read(post("/api/v1/accounts", person(newUsername("lin"), Parties.newResidentIdNumber(),
        phone, code)), HttpStatus.BAD_REQUEST);
    assertThat(errorsOf(again)).as("a code works once").containsKey("phoneCode");
  }

  @Test
  void registersACompanyWithItsLegalRepresentative() throws Exception {
    String phone = newPhone();
    String username = newUsername("corp");
    String code = codeFor(phone, "REGISTER");
    JsonNode created = api.read(post(http, "/api/v1/accounts", company(username, Parties.newCreditCode(),
        Parties.newResidentIdNumber(), phone, code), "en"), HttpStatus.CREATED);
    assertThat(created.path("kind").asText()).isEqualTo("ENTITY");
    assertThat(accounts.findById(created.path("accountId").asText()).orElseThrow().messagesInEnglish())
        .as("registered in English: its e-mails and text messages are written in English").isTrue();
    assertThat(created.path("name").asText()).isEqualTo("福州网上注册测试有限公司");
    assertThat(signInStatus(username, PASSWORD)).isEqualTo(HttpStatus.OK);
  }

  @Test
  void refusesWrongCheckDigitsFieldByFieldInTheCallersLanguage() throws Exception {
    String id = Parties.newResidentIdNumber();
    String wrongId = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
    JsonNode person = api.read(post(http, "/api/v1/accounts", person(newUsername("bad"), wrongId, newPhone(), "123456"),
        null), HttpStatus.BAD_REQUEST);
    assertThat(person.path("code").asText()).isEqualTo("VALIDATION_FAILED");
    assertThat(errorsOf(person)).containsOnlyKeys("idNumber");
    assertThat(errorsOf(person).get("idNumber")).contains("INTAKE_ID_NUMBER_INVALID", "校验位");

    String credit = Parties.newCreditCode();
    String wrongCredit = credit.substring(0, 17) + (credit.charAt(17) == '1' ? '2' : '1');
    Map<String, Object> bad = company("x", wrongCredit, wrongId, "1234", "");
    bad.put("password", "short");
    JsonNode companyProblem = api.read(post(http, "/api/v1/accounts", bad, "en"), HttpStatus.BAD_REQUEST);
    Map<String, String> errors = errorsOf(companyProblem);
    assertThat(errors).containsOnlyKeys("username", "password", "creditCode", "legalRepresentative.idNumber",
        "phone", "phoneCode");
    assertThat(errors.get("creditCode")).contains("check character");
    assertThat(errors.get("legalRepresentative.idNumber")).contains("INTAKE_LEGAL_REPRESENTATIVE_ID_INVALID");
    assertThat(errors.get("password")).contains("PASSWORD_TOO_SHORT", "10");
    assertThat(errors.get("phone")).contains("PHONE_MOBILE_INVALID");
  }

  @Test
  void refusesATakenUsernameAndARegisteredNumberWith409() throws Exception {
    String phone = newPhone();
    String username = newUsername("taken");
    String idNumber = Parties.newResidentIdNumber();
    api.read(post("/api/v1/accounts", person(username, idNumber, phone, codeFor(phone, "REGISTER"))), HttpStatus.CREATED);

    String other = newPhone();
    JsonNode taken = api.read(post("/api/v1/accounts", person(username, Parties.newResidentIdNumber(), other,
        codeFor(other, "REGISTER"))), HttpStatus.CONFLICT);
    assertThat(taken.path("code").asText()).isEqualTo("USERNAME_TAKEN");
    assertThat(errorsOf(taken)).containsKey("username");

    JsonNode registered = api.read(post("/api/v1/accounts", person(newUsername("twice"), idNumber, other,
        codeOf(other))), HttpStatus.CONFLICT);
    assertThat(registered.path("code").asText()).isEqualTo("ACCOUNT_ALREADY_REGISTERED");
    assertThat(errorsOf(registered)).containsKey("idNumber");
  }

  /** The latest code sent to the phone (a refused registration leaves it usable). */
  private String codeOf(String phone) {
    Matcher m = CODE.matcher(smsLog.findByPhoneOrderBySentAtDesc(phone).get(0).text());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  @Test
  void claimsTheAccountAClerkRegisteredAtTheWindow() throws Exception {
    String idNumber = Parties.newResidentIdNumber();
    JsonNode walkIn = api.read(post(api.as("demo-scjg-clerk"), "/api/v1/console/intake/applicants",
        Map.of("kind", "PERSON", "name", "王大伟", "idNumber", idNumber, "phone", "13700001111"), null),
        HttpStatus.CREATED);
    assertThat(walkIn.path("registeredAtWindow").asBoolean()).isTrue();

    String phone = newPhone();
    String username = newUsername("wang");
    JsonNode claimed = api.read(post("/api/v1/accounts", person(username, " " + idNumber.toLowerCase() + " ", phone,
        codeFor(phone, "REGISTER"))), HttpStatus.CREATED);
    assertThat(claimed.path("claimedWalkIn").asBoolean()).isTrue();
    assertThat(claimed.path("accountId").asText()).isEqualTo(walkIn.path("applicantId").asText());
    assertThat(claimed.path("name").asText()).as("the name the clerk recorded").isEqualTo("王大伟");
    assertThat(signInStatus(username, PASSWORD)).isEqualTo(HttpStatus.OK);

    JsonNode found = api.read(api.as("demo-scjg-clerk").getForEntity(
        "/api/v1/console/intake/applicants?number=" + idNumber, String.class), HttpStatus.OK);
    assertThat(found.path("applicantId").asText()).as("still one account for the number")
        .isEqualTo(walkIn.path("applicantId").asText());
    assertThat(found.path("registeredAtWindow").asBoolean()).as("no longer unclaimed").isFalse();
  }

  @Test
  void limitsCodesPerPhoneAndCountsWrongTries() throws Exception {
    String phone = newPhone();
    codeFor(phone, "REGISTER");
    ResponseEntity<String> soon = post("/api/v1/accounts/phone-codes", Map.of("phone", phone, "purpose", "REGISTER"));
    assertThat(api.read(soon, HttpStatus.TOO_MANY_REQUESTS).path("code").asText()).isEqualTo("PHONE_CODE_TOO_SOON");

    Map<String, Object> body = person(newUsername("tries"), Parties.newResidentIdNumber(), phone, "000000");
    String right = codeOf(phone);
    if (right.equals("000000")) {
      body.put("phoneCode", "000001");
    }
    for (int left = 4; left >= 1; left--) {
      JsonNode wrong = api.read(post("/api/v1/accounts", body), HttpStatus.BAD_REQUEST);
      assertThat(errorsOf(wrong).get("phoneCode")).contains("PHONE_CODE_WRONG", String.valueOf(left));
    }
    assertThat(errorsOf(api.read(post("/api/v1/accounts", body), HttpStatus.BAD_REQUEST)).get("phoneCode"))
        .contains("PHONE_CODE_NO_TRIES_LEFT");
    body.put("phoneCode", right);
    assertThat(errorsOf(api.read(post("/api/v1/accounts", body), HttpStatus.BAD_REQUEST)).get("phoneCode"))
        .as("the right code after five wrong ones").contains("PHONE_CODE_NO_TRIES_LEFT");

    JsonNode badPhone = api.read(post("/api/v1/accounts/phone-codes", Map.of("phone", "0591-1234567",
        "purpose", "REGISTER")), HttpStatus.BAD_REQUEST);
    assertThat(errorsOf(badPhone)).containsKey("phone");
  }

  @Test
  void resetsAForgottenPasswordWithTheCodeSentToTheAccountsPhone() throws Exception {
    // registered earlier (a code for the same phone now would wait out the minute between codes)
    String phone = newPhone();
    String username = newUsername("forgot");
    accounts.save(Account.online(username, passwords.encode(PASSWORD), "赵忘记", PartyKind.PERSON,
        Parties.newResidentIdNumber(), phone, null, null));

    String unknown = newPhone();
    api.read(post("/api/v1/accounts/phone-codes", Map.of("phone", unknown, "purpose", "RESET_PASSWORD")),
        HttpStatus.ACCEPTED);
    assertThat(smsLog.findByPhoneOrderBySentAtDesc(unknown)).as("nothing sent to a phone without an account").isEmpty();

    String newPassword = "NewSecret2027";
    String code = codeFor(phone, "RESET_PASSWORD");
    JsonNode weak = api.read(post("/api/v1/accounts/password-reset", Map.of("phone", phone, "phoneCode", code,
        "newPassword", "abc")), HttpStatus.BAD_REQUEST);
    assertThat(errorsOf(weak)).containsOnlyKeys("newPassword");
    JsonNode otherAccount = api.read(post("/api/v1/accounts/password-reset", Map.of("username", "demo-citizen",
        "phoneCode", code, "newPassword", newPassword)), HttpStatus.BAD_REQUEST);
    assertThat(errorsOf(otherAccount)).as("a code for one phone resets no other account").containsKey("phoneCode");
    JsonNode reset = api.read(post("/api/v1/accounts/password-reset", Map.of("phone", phone, "phoneCode", code,
        "newPassword", newPassword)), HttpStatus.OK);
    assertThat(reset.path("username").asText()).isEqualTo(username);
    assertThat(signInStatus(username, newPassword)).isEqualTo(HttpStatus.OK);
    assertThat(signInStatus(username, PASSWORD)).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void tenRegistrationsOfOneUsernameAtOnceGiveOneAccountAndNineConflicts() throws Exception {
    String username = newUsername("race");
    List<Map<String, Object>> registrations = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      String phone = newPhone();
      registrations.add(person(username, Parties.newResidentIdNumber(), phone, codeFor(phone, "REGISTER")));
    }
    List<ResponseEntity<String>> answers = atOnce(registrations);
    assertThat(answers).extracting(a -> a.getStatusCode().value()).as(answers.toString())
        .containsOnly(201, 409).filteredOn(status -> status == 201).hasSize(1);
    for (ResponseEntity<String> conflict : answers.stream().filter(a -> a.getStatusCode().value() == 409).toList()) {
      JsonNode problem = json.readTree(conflict.getBody());
      assertThat(problem.path("code").asText()).isEqualTo("USERNAME_TAKEN");
      assertThat(errorsOf(problem).get("username")).contains("USERNAME_TAKEN", username, "已被使用");
    }
    assertThat(accounts.findByUsername(username)).isPresent();
  }

  @Test
  void tenRegistrationsOfOneIdNumberAtOnceGiveOneAccountAndNineConflicts() throws Exception {
    String idNumber = Parties.newResidentIdNumber();
    List<Map<String, Object>> registrations = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      String phone = newPhone();
      registrations.add(person(newUsername("same"), idNumber, phone, codeFor(phone, "REGISTER")));
    }
    List<ResponseEntity<String>> answers = atOnce(registrations);
    assertThat(answers).extracting(a -> a.getStatusCode().value()).as(answers.toString())
        .containsOnly(201, 409).filteredOn(status -> status == 201).hasSize(1);
    for (ResponseEntity<String> conflict : answers.stream().filter(a -> a.getStatusCode().value() == 409).toList()) {
      JsonNode problem = json.readTree(conflict.getBody());
      assertThat(problem.path("code").asText()).isEqualTo("ACCOUNT_ALREADY_REGISTERED");
      assertThat(errorsOf(problem)).containsOnlyKeys("idNumber");
    }
    assertThat(accounts.findByPartyIdAndEnabledTrue(idNumber)).as("one account for the number").hasSize(1);
  }

  /** Sends every registration at the same instant, one thread each. */
  private List<ResponseEntity<String>> atOnce(List<Map<String, Object>> registrations) throws Exception {
    java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(
        registrations.size());
    try {
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<ResponseEntity<String>>> pending = new ArrayList<>();
      for (Map<String, Object> body : registrations) {
        pending.add(threads.submit(() -> {
          start.await();
          return post("/api/v1/accounts", body);
        }));
      }
      start.countDown();
      List<ResponseEntity<String>> answers = new ArrayList<>();
      for (var answer : pending) {
        answers.add(answer.get(120, java.util.concurrent.TimeUnit.SECONDS));
      }
      return answers;
    } finally {
      threads.shutdownNow();
    }
  }
}
