package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.catalogue.form.ResidentIdNumber;
import org.openhall.identity.Account;
import org.openhall.identity.Accounts;
import org.openhall.notification.NotificationOutbox;
import org.openhall.notification.NotificationRelay;
import org.openhall.notification.OutboxChannel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * 我的账户 over real HTTP with a real SMTP server (GreenMail): an e-mail address is stored only once the
 * code e-mailed to it through the outbox is typed back; a wrong or expired code changes nothing and is
 * refused in the caller's language; another account is never touched; the case notifications then reach
 * the confirmed address; a new password needs the current one and keeps the page session. No answer or
 * page ever carries a code. The relay runs when the test says so (its schedule is off).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "openhall.notifications.relay.enabled=false",
    "openhall.notifications.retry.first=PT0S"})
class AccountSettingsIntegrationTest {

  static final int SMTP_PORT = freePort();
  private static final Pattern CODE = Pattern.compile("(\\d{6})");
  static GreenMail smtp;

  @Autowired
  TestRestTemplate http;

  @Autowired
  ObjectMapper json;

  @Autowired
  Accounts accounts;

  @Autowired
  PasswordEncoder passwords;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  NotificationOutbox outbox;

  @Autowired
  NotificationRelay relay;

  @Autowired
  org.openhall.notification.SmsLog smsLog;

  @LocalServerPort
  int port;

  HallApi api;
  Parties parties;
  Filings filings;
  final List<String> bodies = new ArrayList<>();
  final List<String> codes = new ArrayList<>();

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  @BeforeAll
  static void startMailServer() {
    smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterAll
  static void stopMailServer() {
    smtp.stop();
  }

  @BeforeEach
  void connect() {
    api = new HallApi(http, json);
    parties = new Parties(accounts, passwords);
    filings = new Filings(api);
  }

  /** Whatever each test did, no answer and no page showed a code that was e-mailed. */
  @AfterEach
  void noAnswerCarriesACode() {
    for (String code : codes) {
      assertThat(bodies).noneMatch(b -> b != null && b.contains(code));
    }
  }

  @Test
  void setsAnEmailAddressWithTheCodeFromTheMailAndTheCaseNotificationsGoThere() throws Exception {
    Account company = parties.company("福州鼓楼邮箱测试有限公司");
    Account other = parties.company("福州台江无关有限公司");
    String address = company.username() + "@example.test";

    JsonNode sent = api.read(exchange(company, HttpMethod.POST, "/api/v1/accounts/me/email-codes",
        Map.of("email", address), null), HttpStatus.ACCEPTED);
    assertThat(sent.path("emailMasked").asText()).isEqualTo(address.charAt(0) + "***@example.test");
    assertThat(sent.path("expiresInSeconds").asLong()).isEqualTo(600);
    assertThat(me(company).path("email").isNull()).as("not stored before it is confirmed").isTrue();
    assertThat(outbox.pending(OutboxChannel.EMAIL)).isPositive();
    String code = codeMailedTo(address);

    String wrong = code.equals("000000") ? "000001" : "000000";
    JsonNode refused = api.read(exchange(company, HttpMethod.PUT, "/api/v1/accounts/me/email",
        Map.of("email", address, "code", wrong), "en"), HttpStatus.BAD_REQUEST);
    assertThat(errorsOf(refused)).containsOnlyKeys("code");
    assertThat(errorsOf(refused).get("code")).contains("EMAIL_CODE_WRONG", "not correct", "4 tries left");
    assertThat(me(company).path("email").isNull()).as("a wrong code changes nothing").isTrue();

    JsonNode otherTry = api.read(exchange(other, HttpMethod.PUT, "/api/v1/accounts/me/email",
        Map.of("email", address, "code", code), null), HttpStatus.BAD_REQUEST);
    assertThat(errorsOf(otherTry)).as("a code sent for one account confirms nothing for another")
        .containsKey("code");

    JsonNode confirmed = api.read(exchange(company, HttpMethod.PUT, "/api/v1/accounts/me/email",
        Map.of("email", address, "code", code), null), HttpStatus.OK);
    assertThat(confirmed.path("email").asText()).isEqualTo(address);
    assertThat(confirmed.path("emailNotifications").asBoolean()).isTrue();
    assertThat(me(other).path("email").isNull()).as("the other account is unaffected").isTrue();
    assertThat(accounts.findById(other.id()).orElseThrow().email()).isNull();

    JsonNode again = api.read(exchange(company, HttpMethod.PUT, "/api/v1/accounts/me/email",
        Map.of("email", address + ".cn", "code", code), null), HttpStatus.BAD_REQUEST);
    assertThat(errorsOf(again)).as("a code confirms only its own address").containsKey("code");

    String caseNumber = filings.foodLicence(company, filings.upload(company, Filings.pdf("申请书"), "申请书.pdf"));
    assertThat(outbox.ofCase(caseNumber)).singleElement().satisfies(m -> {
      assertThat(m.channel()).isEqualTo(OutboxChannel.EMAIL);
      assertThat(m.address()).isEqualTo(address);
    });
    relay.relay();
    assertThat(mailsTo(address)).as("the code, then the case's first step")
        .anySatisfy(m -> assertThat(m.getSubject()).contains("已提交", caseNumber));

    api.read(exchange(company, HttpMethod.PUT, "/api/v1/accounts/me/notifications", Map.of("byEmail", false), null),
        HttpStatus.OK);
    String bySms = filings.foodLicence(company, filings.upload(company, Filings.pdf("申请书2"), "申请书2.pdf"));
    assertThat(outbox.ofCase(bySms)).as("the holder chose text messages").singleElement()
        .satisfies(m -> assertThat(m.channel()).isEqualTo(OutboxChannel.SMS));

    ResponseEntity<String> removed = exchange(company, HttpMethod.DELETE, "/api/v1/accounts/me/email", null, null);
    assertThat(removed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(me(company).path("email").isNull()).isTrue();
  }

  @Test
  void writesTheTextMessagesInTheLanguageTheHolderChose() throws Exception {
    Account company = parties.company("福州晋安语言测试有限公司");
    assertThat(me(company).path("messageLanguage").asText()).as("Chinese, the hall's language").isEqualTo("zh-CN");

    JsonNode refused = api.read(exchange(company, HttpMethod.PUT, "/api/v1/accounts/me/language",
        Map.of("language", "fr"), "en"), HttpStatus.BAD_REQUEST);
    assertThat(errorsOf(refused)).containsOnlyKeys("language");
    assertThat(errorsOf(refused).get("language")).contains("LANGUAGE_UNSUPPORTED", "\"fr\" is not offered");
    assertThat(me(company).path("messageLanguage").asText()).as("a refusal changes nothing").isEqualTo("zh-CN");

    JsonNode english = api.read(exchange(company, HttpMethod.PUT, "/api/v1/accounts/me/language",
        Map.of("language", "en"), null), HttpStatus.OK);
    assertThat(english.path("messageLanguage").asText()).isEqualTo("en");
    String inEnglish = filings.foodLicence(company, filings.upload(company, Filings.pdf("申请书"), "申请书.pdf"));
    assertThat(outbox.ofCase(inEnglish)).singleElement().satisfies(m -> {
      assertThat(m.channel()).isEqualTo(OutboxChannel.SMS);
      assertThat(m.subject()).startsWith("[Online service hall] Your application was submitted").contains(inEnglish);
      assertThat(m.body()).contains("Food Business Licence").doesNotContainPattern("\\p{IsHan}");
    });

    api.read(exchange(company, HttpMethod.PUT, "/api/v1/accounts/me/language", Map.of("language", "zh-CN"), null),
        HttpStatus.OK);
    String inChinese = filings.foodLicence(company, filings.upload(company, Filings.pdf("申请书2"), "申请书2.pdf"));
    assertThat(outbox.ofCase(inChinese)).singleElement()
        .satisfies(m -> assertThat(m.subject()).contains("已提交", inChinese));
  }

  @Test
  void refusesAnExpiredCodeAndCodesTooSoonAndChangesNothing() throws Exception {
    Account person = parties.person("林邮箱");
    String address = person.username() + "@example.test";
    api.read(exchange(person, HttpMethod.POST, "/api/v1/accounts/me/email-codes", Map.of("email", address), null),
        HttpStatus.ACCEPTED);
    JsonNode soon = api.read(exchange(person, HttpMethod.POST, "/api/v1/accounts/me/email-codes",
        Map.of("email", "another-" + address), null), HttpStatus.TOO_MANY_REQUESTS);
    assertThat(soon.path("code").asText()).isEqualTo("EMAIL_CODE_TOO_SOON");
    assertThat(soon.path("detail").asText()).contains("秒后再试");
    String code = codeMailedTo(address);

    jdbc.update("update email_code set expires_at = issued_at where account_id = ?", person.id());
    JsonNode expired = api.read(exchange(person, HttpMethod.PUT, "/api/v1/accounts/me/email",
        Map.of("email", address, "code", code), null), HttpStatus.BAD_REQUEST);
    assertThat(errorsOf(expired).get("code")).contains("EMAIL_CODE_EXPIRED", "已失效");
    assertThat(me(person).path("email").isNull()).isTrue();
    assertThat(accounts.findById(person.id()).orElseThrow().email()).isNull();

    JsonNode invalid = api.read(exchange(person, HttpMethod.POST, "/api/v1/accounts/me/email-codes",
        Map.of("email", "not an address"), "en"), HttpStatus.BAD_REQUEST);
    assertThat(errorsOf(invalid).get("email")).contains("EMAIL_INVALID", "is not a valid e-mail address");
  }

  @Test
  void showsTheProfileWithTheIdNumberMasked() throws Exception {
    Account person = parties.person("周资料");
    JsonNode me = me(person);
    assertThat(me.path("username").asText()).isEqualTo(person.username());
    assertThat(me.path("kind").asText()).isEqualTo("PERSON");
    assertThat(me.path("name").asText()).isEqualTo("周资料");
    assertThat(me.path("idNumberMasked").asText()).isEqualTo(ResidentIdNumber.mask(person.partyId()))
        .doesNotContain(person.partyId().substring(4, 14));
    assertThat(me.toString()).doesNotContain(person.partyId(), "password");

    Account company = parties.company("福州资料展示有限公司");
    JsonNode corp = me(company);
    assertThat(corp.path("creditCode").asText()).isEqualTo(company.partyId());
    assertThat(corp.has("legalRepresentative")).isTrue();

    assertThat(http.getForEntity("/api/v1/accounts/me", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    JsonNode paths = api.read(http.getForEntity("/v3/api-docs", String.class), HttpStatus.OK).path("paths");
    assertThat(paths.has("/api/v1/accounts/me")).isTrue();
    assertThat(paths.has("/api/v1/accounts/me/email-codes")).isTrue();
    assertThat(paths.has("/api/v1/accounts/me/password")).isTrue();
  }

  @Test
  void changesThePhoneWithTheCodeSentToTheNewNumber() throws Exception {
    Account person = parties.person("钱换号");
    String phone = AccountRegistrationIntegrationTest.newPhone();
    JsonNode sent = api.read(exchange(person, HttpMethod.POST, "/api/v1/accounts/me/phone-codes",
        Map.of("phone", phone), null), HttpStatus.ACCEPTED);
    assertThat(sent.path("phoneMasked").asText()).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
    var texts = smsLog.findByPhoneOrderBySentAtDesc(phone);
    assertThat(texts).isNotEmpty();
    Matcher m = CODE.matcher(texts.get(0).text());
    assertThat(m.find()).isTrue();
    String code = m.group(1);
    codes.add(code);

    String wrong = code.equals("000000") ? "000001" : "000000";
    JsonNode refused = api.read(exchange(person, HttpMethod.PUT, "/api/v1/accounts/me/phone",
        Map.of("phone", phone, "phoneCode", wrong), null), HttpStatus.BAD_REQUEST);
    assertThat(errorsOf(refused).get("phoneCode")).contains("PHONE_CODE_WRONG", "还可尝试 4 次");
    assertThat(me(person).path("phone").asText()).as("unchanged").isEqualTo("13800138000");

    JsonNode changed = api.read(exchange(person, HttpMethod.PUT, "/api/v1/accounts/me/phone",
        Map.of("phone", phone, "phoneCode", code), null), HttpStatus.OK);
    assertThat(changed.path("phone").asText()).isEqualTo(phone);

    JsonNode same = api.read(exchange(person, HttpMethod.POST, "/api/v1/accounts/me/phone-codes",
        Map.of("phone", phone), null), HttpStatus.BAD_REQUEST);
    assertThat(errorsOf(same).get("phone")).contains("PHONE_UNCHANGED");
    JsonNode publicly = api.read(http.postForEntity("/api/v1/accounts/phone-codes",
        Map.of("phone", AccountRegistrationIntegrationTest.newPhone(), "purpose", "CHANGE_PHONE"), String.class),
        HttpStatus.BAD_REQUEST);
    assertThat(errorsOf(publicly)).as("only a signed-in holder asks for a code to change a phone")
        .containsKey("purpose");
  }

  @Test
  void changesThePasswordOnlyWithTheCurrentOne() throws Exception {
    Account person = parties.person("赵改密");
    String newPassword = "Changed2027pw";

    JsonNode wrong = api.read(exchange(person, HttpMethod.PUT, "/api/v1/accounts/me/password",
        Map.of("currentPassword", "Wrong2026pw", "newPassword", newPassword), "en"), HttpStatus.BAD_REQUEST);
    assertThat(errorsOf(wrong)).containsOnlyKeys("currentPassword");
    assertThat(errorsOf(wrong).get("currentPassword")).contains("PASSWORD_CURRENT_WRONG", "not correct");
    assertThat(signInStatus(person.username(), HallApi.PASSWORD)).as("unchanged").isEqualTo(HttpStatus.OK);
    assertThat(signInStatus(person.username(), newPassword)).isEqualTo(HttpStatus.UNAUTHORIZED);

    JsonNode weak = api.read(exchange(person, HttpMethod.PUT, "/api/v1/accounts/me/password",
        Map.of("currentPassword", HallApi.PASSWORD, "newPassword", "short"), null), HttpStatus.BAD_REQUEST);
    assertThat(errorsOf(weak)).containsOnlyKeys("newPassword");
    assertThat(errorsOf(weak).get("newPassword")).contains("PASSWORD_TOO_SHORT", "10");

    ResponseEntity<String> changed = exchange(person, HttpMethod.PUT, "/api/v1/accounts/me/password",
        Map.of("currentPassword", HallApi.PASSWORD, "newPassword", newPassword), null);
    assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(signInStatus(person.username(), newPassword)).isEqualTo(HttpStatus.OK);
    assertThat(signInStatus(person.username(), HallApi.PASSWORD)).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theAccountPageSetsTheEmailAndChangesThePasswordWithoutScriptAndKeepsTheSession() throws Exception {
    Account person = parties.person("吴页面");
    PortalSession portal = PortalSession.signIn(port, person.username());
    HttpResponse<String> home = portal.get("/cases");
    assertThat(home.body()).contains("href=\"/account\"", "id=\"signed-in-name\"");

    HttpResponse<String> page = portal.get("/account");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("我的账户", "吴页面", ResidentIdNumber.mask(person.partyId()), "13800138000")
        .doesNotContain(person.partyId());

    String address = person.username() + "@example.test";
    HttpResponse<String> asked = portal.post("/account/email", Map.of("email", address, "action", "code"));
    assertThat(asked.statusCode()).isEqualTo(200);
    assertThat(asked.body()).contains("验证码已发送至", "value=\"" + address + "\"");
    String code = codeMailedTo(address);
    assertThat(asked.body()).as("the page that asked shows no code").doesNotContain(code);

    String wrong = code.equals("000000") ? "000001" : "000000";
    portal.get("/account");
    HttpResponse<String> refused = portal.post("/account/email",
        Map.of("email", address, "emailCode", wrong, "action", "confirm"));
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("邮箱验证码不正确，还可尝试 4 次", "aria-invalid=\"true\"",
        "aria-describedby=\"emailCode-error emailCode-help\"", "href=\"#emailCode\"")
        .doesNotContain("EMAIL_CODE_WRONG");

    portal.get("/account");
    HttpResponse<String> saved = portal.post("/account/email",
        Map.of("email", address, "emailCode", code, "action", "confirm"));
    assertThat(saved.statusCode()).isEqualTo(302);
    HttpResponse<String> after = portal.get("/account");
    assertThat(after.body()).contains("电子邮箱已验证并保存", address, "id=\"remove-email\"");

    HttpResponse<String> wrongPassword = portal.post("/account/password",
        Map.of("currentPassword", "Wrong2026pw", "newPassword", "Changed2027pw"));
    assertThat(wrongPassword.statusCode()).isEqualTo(200);
    assertThat(wrongPassword.body()).contains("当前密码不正确").doesNotContain("Wrong2026pw", "Changed2027pw");

    portal.get("/account");
    HttpResponse<String> changed = portal.post("/account/password",
        Map.of("currentPassword", HallApi.PASSWORD, "newPassword", "Changed2027pw"));
    assertThat(changed.statusCode()).isEqualTo(302);
    assertThat(changed.headers().firstValue("Location").orElse("")).endsWith("/account");
    HttpResponse<String> still = portal.get("/cases");
    assertThat(still.statusCode()).as("the session that changed the password stays signed in").isEqualTo(200);
    assertThat(portal.get("/account").body()).contains("密码已修改");
    assertThat(signInStatus(person.username(), "Changed2027pw")).isEqualTo(HttpStatus.OK);
  }

  private JsonNode me(Account account) throws IOException {
    return api.read(exchange(account, HttpMethod.GET, "/api/v1/accounts/me", null, null), HttpStatus.OK);
  }

  private ResponseEntity<String> exchange(Account as, HttpMethod method, String path, Object body, String language) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (language != null) {
      headers.set("Accept-Language", language);
    }
    ResponseEntity<String> answer = api.as(as.username()).exchange(path, method, new HttpEntity<>(body, headers),
        String.class);
    bodies.add(answer.getBody());
    return answer;
  }

  private HttpStatus signInStatus(String username, String password) {
    return HttpStatus.valueOf(http.withBasicAuth(username, password).getForEntity("/api/v1/cases", String.class)
        .getStatusCode().value());
  }

  private static Map<String, String> errorsOf(JsonNode problem) {
    Map<String, String> errors = new LinkedHashMap<>();
    problem.path("errors").forEach(e -> errors.put(e.path("field").asText(), e.path("code").asText()
        + ": " + e.path("message").asText()));
    return errors;
  }

  /** Runs the relay and reads the code from the newest e-mail to the address. */
  private String codeMailedTo(String address) throws Exception {
    relay.relay();
    List<MimeMessage> mails = mailsTo(address);
    assertThat(mails).as("an e-mail to " + address).isNotEmpty();
    MimeMessage last = mails.get(mails.size() - 1);
    assertThat(last.getSubject()).contains("验证码");
    String body = String.valueOf(last.getContent());
    Matcher m = CODE.matcher(body);
    assertThat(m.find()).as(body).isTrue();
    codes.add(m.group(1));
    return m.group(1);
  }

  private static List<MimeMessage> mailsTo(String address) throws Exception {
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage m : smtp.getReceivedMessages()) {
      Address[] to = m.getAllRecipients();
      if (to != null && Arrays.stream(to).anyMatch(a -> a.toString().equals(address))) {
        found.add(m);
      }
    }
    return found;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
