package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.casefile.CaseSubmitted;
import org.openhall.identity.Account;
import org.openhall.identity.Accounts;
import org.openhall.identity.PartyKind;
import org.openhall.identity.Role;
import org.openhall.notification.NotificationOutbox;
import org.openhall.notification.NotificationRelay;
import org.openhall.notification.OutboxChannel;
import org.openhall.notification.OutboxMessage;
import org.openhall.notification.OutboxStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 消息通知 over real HTTP with the real engine and a real SMTP server (GreenMail): each step of a case
 * reaches its applicant by e-mail, in order, with the item, the case number and what to do; a mail server
 * that is down delays the e-mails and loses none; a change that rolls back leaves no message; an
 * applicant reads only their own inbox; two relays at once send a message once; a text message waits for
 * an SMS adapter. The relay runs when the test says so (its schedule is off).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "openhall.notifications.relay.enabled=false",
    "openhall.notifications.retry.first=PT0S"})
class NotificationOutboxIntegrationTest {

  static final int SMTP_PORT = freePort();
  static GreenMail smtp;

  @Autowired
  TestRestTemplate http;

  @Autowired
  ObjectMapper json;

  @Autowired
  Accounts accountRepository;

  @Autowired
  PasswordEncoder passwords;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  NotificationOutbox outbox;

  @Autowired
  NotificationRelay relay;

  @Autowired
  ApplicationEventPublisher events;

  @Autowired
  PlatformTransactionManager transactions;

  @Autowired
  org.springframework.context.ConfigurableApplicationContext context;

  HallApi api;
  Parties parties;
  Filings filings;

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  @BeforeAll
  static void startMailServer() {
    smtp = startSmtp();
  }

  @AfterAll
  static void stopMailServer() {
    smtp.stop();
  }

  @BeforeEach
  void connect() {
    api = new HallApi(http, json);
    parties = new Parties(accountRepository, passwords);
    filings = new Filings(api);
  }

  @Test
  void theApplicantIsEmailedEachStepInOrderWithWhatToDoNext() throws Exception {
    Account company = withEmail(parties.company("福州榕城餐饮管理有限公司"), "steps");
    TestRestTemplate applicant = api.as(company.username());
    String caseNumber = filings.foodLicence(company, filings.upload(company, Filings.pdf("申请书"), "申请书.pdf"));

    TestRestTemplate clerk = api.as("demo-scjg-clerk");
    String taskId = HallApi.await(() -> api.taskFor(clerk, caseNumber, "ACCEPT"), t -> !t.isMissingNode(),
        "acceptance task").path("taskId").asText();
    api.read(clerk.postForEntity("/api/v1/console/tasks/" + taskId + "/claim", null, String.class), HttpStatus.OK);
    api.read(clerk.postForEntity("/api/v1/console/tasks/" + taskId + "/complete", Map.of(
        "outcome", "CORRECTION_REQUIRED", "opinion", "材料不齐",
        "missing", List.of(Map.of("requirementId", "M1", "reason", "申请书未签字"),
            Map.of("requirementId", "M2", "reason", "缺少营业执照复印件"))), String.class), HttpStatus.OK);
    String signed = filings.upload(company, Filings.pdf("申请书-签字"), "申请书-签字.pdf");
    api.read(applicant.postForEntity("/api/v1/cases/" + caseNumber + "/supplements", Map.of(
        "materials", List.of(Map.of("requirementId", "M1", "materialId", signed)),
        "explanations", Map.of("M2", "已补充营业执照")), String.class), HttpStatus.OK);
    api.completeTask("demo-scjg-clerk", caseNumber, "ACCEPT", "ACCEPTED", "予以受理");
    api.completeTask("demo-scjg-reviewer", caseNumber, "REVIEW", "PASSED", "符合条件");
    api.completeTask("demo-scjg-approver", caseNumber, "DECIDE", "APPROVED", "同意许可");
    JsonNode issued = HallApi.await(() -> api.caseOf(applicant, caseNumber),
        c -> c.path("status").asText().equals("ISSUED"), "case " + caseNumber + " issued");
    String verificationCode = issued.path("licence").path("verificationCode").asText();
    assertThat(verificationCode).isNotBlank();

    assertThat(outbox.ofCase(caseNumber)).as("written with the changes, waiting for the relay")
        .allSatisfy(m -> assertThat(m.status()).isEqualTo(OutboxStatus.PENDING))
        .allSatisfy(m -> assertThat(m.channel()).isEqualTo(OutboxChannel.EMAIL));
    relay.relay();

    List<MimeMessage> mails = mailsTo(company);
    List<String> subjects = new ArrayList<>();
    for (MimeMessage m : mails) {
      subjects.add(m.getSubject());
    }
    assertThat(subjects).hasSize(6).allSatisfy(s -> assertThat(s).contains(caseNumber));
    assertThat(subjects.subList(0, 4)).satisfiesExactly(
        s -> assertThat(s).contains("已提交"),
        s -> assertThat(s).contains("请补正申请材料"),
        s -> assertThat(s).contains("已受理"),
        s -> assertThat(s).contains("准予许可"));
    // The licence and the completion are one step: their two messages share a transaction.
    assertThat(subjects.subList(4, 6)).anySatisfy(s -> assertThat(s).contains("证照已制发"))
        .anySatisfy(s -> assertThat(s).contains("请为本次服务评价"));

    assertThat(bodyOf(mails.get(0))).contains("食品经营许可（新办）", caseNumber, "我的办件");
    assertThat(bodyOf(mails.get(1))).contains("《食品经营许可申请书》：申请书未签字",
        "《营业执照或其他主体资格证明文件》：缺少营业执照复印件", "一次性补齐");
    assertThat(bodyOf(mails.get(2))).contains("承诺办结日期");
    assertThat(mails).filteredOn(m -> subject(m).contains("证照已制发")).singleElement()
        .satisfies(m -> assertThat(bodyOf(m)).contains(verificationCode, "我的证照"));
    assertThat(mails).allSatisfy(m -> assertThat(bodyOf(m)).doesNotContain("M1", "CORRECTION_REQUIRED", "{"));
    assertThat(outbox.ofCase(caseNumber)).allSatisfy(m -> {
      assertThat(m.status()).isEqualTo(OutboxStatus.SENT);
      assertThat(m.attempts()).isEqualTo(1);
      assertThat(m.sentAt()).isNotNull();
    });

    relay.relay();
    assertThat(mailsTo(company)).as("a sent message is never sent again").hasSize(6);
  }

  @Test
  void aMailServerOutageDelaysTheEmailsAndLosesNone() throws Exception {
    Account company = withEmail(parties.company("福州闽江物流有限公司"), "outage");
    relay.relay(); // what other tests left pending goes first, so this case's e-mail is the only one due
    smtp.stop();
    try {
      String caseNumber = filings.foodLicence(company, filings.upload(company, Filings.pdf("申请书"), "申请书.pdf"));
      relay.relay();
      relay.relay();
      OutboxMessage waiting = onlyMessageOf(caseNumber);
      assertThat(waiting.status()).isEqualTo(OutboxStatus.PENDING);
      assertThat(waiting.attempts()).as("each failed attempt is counted").isEqualTo(2);
      assertThat(waiting.lastError()).isNotBlank().hasSizeLessThanOrEqualTo(200);

      smtp = startSmtp();
      relay.relay();
      relay.relay();
      OutboxMessage sent = onlyMessageOf(caseNumber);
      assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
      assertThat(sent.attempts()).isEqualTo(3);
      assertThat(sent.lastError()).isNull();
      assertThat(mailsTo(company)).as("delivered once the server is back, exactly once").singleElement()
          .satisfies(m -> assertThat(subject(m)).contains("已提交", caseNumber));
    } finally {
      if (!smtp.isRunning()) {
        smtp = startSmtp();
      }
    }
  }

  @Test
  void aChangeThatRollsBackLeavesNoMessageAndOneThatCommitsLeavesItsMessage() throws Exception {
    Account company = withEmail(parties.company("福州鼓楼茶叶有限公司"), "rollback");
    String caseNumber = filings.foodLicence(company, filings.upload(company, Filings.pdf("申请书"), "申请书.pdf"));
    int before = outbox.ofCase(caseNumber).size();
    int inboxBefore = inboxRows(caseNumber);
    TransactionTemplate tx = new TransactionTemplate(transactions);

    // The notification is written before the commit; the duplicate username then fails the commit itself.
    assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
      events.publishEvent(new CaseSubmitted(caseNumber, "PromisedApproval", HallApi.ITEM, "SCJG"));
      accountRepository.save(new Account(company.username(), "x", "重名", PartyKind.ENTITY, null, null,
          EnumSet.of(Role.APPLICANT), Set.of(), false));
    })).isInstanceOf(RuntimeException.class);
    assertThat(outbox.ofCase(caseNumber)).hasSize(before);
    assertThat(inboxRows(caseNumber)).isEqualTo(inboxBefore);

    tx.executeWithoutResult(s ->
        events.publishEvent(new CaseSubmitted(caseNumber, "PromisedApproval", HallApi.ITEM, "SCJG")));
    assertThat(outbox.ofCase(caseNumber)).as("the same listener commits with its transaction").hasSize(before + 1);
    assertThat(inboxRows(caseNumber)).isEqualTo(inboxBefore + 1);
    assertThat(jdbc.queryForObject("select count(*) from event_publication where listener_id like ?",
        Integer.class, "%CaseMessages%")).as("listeners before the commit leave no publication to complete")
        .isZero();
  }

  @Test
  void anApplicantReadsOnlyTheirOwnInbox() throws Exception {
    Account owner = parties.company("福州仓山五金有限公司");
    Account other = parties.company("福州马尾船舶配件有限公司");
    String caseNumber = filings.foodLicence(owner, filings.upload(owner, Filings.pdf("申请书"), "申请书.pdf"));
    TestRestTemplate ownerApi = api.as(owner.username());
    TestRestTemplate otherApi = api.as(other.username());

    JsonNode mine = api.read(ownerApi.getForEntity("/api/v1/notifications?size=5", String.class), HttpStatus.OK);
    assertThat(mine.path("totalElements").asLong()).isEqualTo(1);
    JsonNode first = mine.path("content").get(0);
    assertThat(first.path("caseNumber").asText()).isEqualTo(caseNumber);
    assertThat(first.path("subject").asText()).contains("已提交", caseNumber);
    assertThat(first.path("read").asBoolean()).isFalse();
    String id = first.path("id").asText();
    assertThat(outbox.ofCase(caseNumber)).as("no e-mail address: a text message to the phone, kept pending")
        .singleElement().satisfies(m -> {
          assertThat(m.channel()).isEqualTo(OutboxChannel.SMS);
          assertThat(m.address()).isEqualTo("13800138000");
          assertThat(m.status()).isEqualTo(OutboxStatus.PENDING);
        });

    JsonNode theirs = api.read(otherApi.getForEntity("/api/v1/notifications", String.class), HttpStatus.OK);
    assertThat(theirs.path("content")).extracting(n -> n.path("id").asText()).doesNotContain(id);
    ResponseEntity<String> foreign = otherApi.postForEntity("/api/v1/notifications/" + id + "/read", null,
        String.class);
    assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(foreign.getBody()).doesNotContain(caseNumber);

    String page = ownerApi.getForObject("/inbox", String.class);
    assertThat(page).contains("消息通知", caseNumber, "unread-badge", "标为已读");

    JsonNode read = api.read(ownerApi.postForEntity("/api/v1/notifications/" + id + "/read", null, String.class),
        HttpStatus.OK);
    assertThat(read.path("read").asBoolean()).isTrue();
    JsonNode after = api.read(ownerApi.getForEntity("/api/v1/notifications", String.class), HttpStatus.OK);
    assertThat(after.path("content").get(0).path("readAt").asText()).isNotBlank();
    assertThat(ownerApi.getForObject("/inbox", String.class)).doesNotContain("unread-badge");
  }

  @Test
  void twoRelaysAtOnceSendEachMessageOnce() throws Exception {
    Account company = withEmail(parties.company("福州晋安果蔬配送有限公司"), "twice");
    List<String> caseNumbers = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      caseNumbers.add(filings.foodLicence(company,
          filings.upload(company, Filings.pdf("申请书" + i), "申请书" + i + ".pdf")));
    }
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch start = new CountDownLatch(1);
      Callable<Integer> pass = () -> {
        start.await();
        return relay.relay();
      };
      Future<Integer> one = nodes.submit(pass);
      Future<Integer> two = nodes.submit(pass);
      start.countDown();
      one.get(60, TimeUnit.SECONDS);
      two.get(60, TimeUnit.SECONDS);
    } finally {
      nodes.shutdownNow();
    }
    relay.relay();
    assertThat(mailsTo(company)).as("one e-mail per case, whichever pass claimed it").hasSize(3);
    for (String caseNumber : caseNumbers) {
      assertThat(onlyMessageOf(caseNumber)).satisfies(m -> {
        assertThat(m.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(m.attempts()).isEqualTo(1);
      });
    }
  }

  @Test
  void aTextMessageGoesThroughTheSmsGatewayPortToTheDemosMessageLog() throws Exception {
    Account person = parties.company("福州台江服装有限公司");
    String caseNumber = filings.foodLicence(person, filings.upload(person, Filings.pdf("申请书"), "申请书.pdf"));
    assertThat(onlyMessageOf(caseNumber)).as("no e-mail address: by text message, waiting for the relay")
        .satisfies(m -> {
          assertThat(m.channel()).isEqualTo(OutboxChannel.SMS);
          assertThat(m.status()).isEqualTo(OutboxStatus.PENDING);
          assertThat(m.attempts()).isZero();
        });

    relay.relay();

    assertThat(onlyMessageOf(caseNumber).status()).isEqualTo(OutboxStatus.SENT);
    List<String> logged = jdbc.queryForList("select text from sms_message_log where phone = ? and text like ?",
        String.class, "13800138000", "%" + caseNumber + "%");
    assertThat(logged).as("the demo profile's SmsGateway adapter (docs/adr/0023) wrote it once")
        .singleElement().satisfies(t -> assertThat(t).contains("已提交", "食品经营许可（新办）"));
  }

  private Account withEmail(Account account, String tag) {
    account.changeEmail(account.username() + "-" + tag + "@example.test");
    return accountRepository.save(account);
  }

  private OutboxMessage onlyMessageOf(String caseNumber) {
    List<OutboxMessage> messages = outbox.ofCase(caseNumber);
    assertThat(messages).hasSize(1);
    return messages.get(0);
  }

  private int inboxRows(String caseNumber) {
    Integer n = jdbc.queryForObject("select count(*) from notification where case_number = ?", Integer.class,
        caseNumber);
    return n == null ? 0 : n;
  }

  private static List<MimeMessage> mailsTo(Account account) throws Exception {
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage m : smtp.getReceivedMessages()) {
      Address[] to = m.getAllRecipients();
      if (to != null && Arrays.stream(to).anyMatch(a -> a.toString().equals(account.email()))) {
        found.add(m);
      }
    }
    return found;
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String bodyOf(MimeMessage m) {
    try {
      return String.valueOf(m.getContent());
    } catch (IOException | jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static GreenMail startSmtp() {
    GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    return server;
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
