package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.calendar.WorkingDays;
import org.openhall.identity.Account;
import org.openhall.identity.Accounts;
import org.openhall.rating.CaseRatings;
import org.openhall.rating.FollowUpStatus;
import org.openhall.rating.RatingFollowUp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 好差评 over real HTTP with the real engine: cases brought to 办结 by their processes (filings
 * complete at once), rated by their applicant or the agent who filed them, once, with a follow-up
 * for a bad rating; nobody else's case can be rated, and a case still open cannot.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RatingIntegrationTest {

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
  CaseRatings ratings;

  @Autowired
  WorkingDays workingDays;

  @Autowired
  Clock clock;

  @Autowired
  PlatformTransactionManager transactions;

  HallApi api;
  Parties parties;
  Filings filings;

  @BeforeEach
  void connect() {
    api = new HallApi(http, json);
    parties = new Parties(accountRepository, passwords);
    filings = new Filings(api);
  }

  @Test
  void theApplicantRatesACompletedCaseOnceAndABadRatingOpensAFollowUpDueOnTheCalendar() throws Exception {
    Account company = parties.company("福州闽都印章服务有限公司");
    String caseNumber = filedCase(company);
    TestRestTemplate applicant = api.as(company.username());

    ResponseEntity<String> noComment = rate(applicant, caseNumber, Map.of("score", 2, "indicators", Map.of()));
    assertInvalid(noComment, Map.of("comment", "RATING_COMMENT_REQUIRED"));
    assertThat(problem(noComment).path("errors").get(0).path("message").asText()).contains("请写明原因");

    Map<String, Object> bad = Map.of("score", 2, "comment", "窗口要求重复提交营业执照复印件",
        "indicators", Map.of("efficiency", 1, "guideAccuracy", 2, "platformUsability", 4));
    JsonNode given = api.read(rate(applicant, caseNumber, bad), HttpStatus.CREATED);
    LocalDate due = workingDays.dueDate(LocalDate.now(clock), 15).date();
    assertThat(given.path("score").asInt()).isEqualTo(2);
    assertThat(given.path("level").asText()).isEqualTo("DISSATISFIED");
    assertThat(given.path("indicators").path("efficiency").asInt()).isEqualTo(1);
    assertThat(given.path("indicators").has("convenience")).as("an indicator left out stays out").isFalse();
    assertThat(given.path("comment").asText()).isEqualTo("窗口要求重复提交营业执照复印件");
    assertThat(given.path("followUpDueDate").asText()).isEqualTo(due.toString());

    RatingFollowUp followUp = ratings.followUpOf(caseNumber).orElseThrow();
    assertThat(followUp.status()).isEqualTo(FollowUpStatus.OPEN);
    assertThat(followUp.dueDate()).isEqualTo(due);
    assertThat(followUp.departmentCode()).isEqualTo("GA");
    assertThat(ratings.openFollowUps()).extracting(RatingFollowUp::caseNumber).contains(caseNumber);
    assertThat(jdbc.queryForMap("select rater_account_id, rater_role, efficiency_score, convenience_score"
        + " from rating where case_number = ?", caseNumber))
        .containsEntry("RATER_ACCOUNT_ID", company.id()).containsEntry("RATER_ROLE", "APPLICANT")
        .containsEntry("EFFICIENCY_SCORE", 1).containsEntry("CONVENIENCE_SCORE", null);

    ResponseEntity<String> again = rate(applicant, caseNumber, Map.of("score", 5));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(problem(again).path("code").asText()).isEqualTo("ALREADY_RATED");
    assertThat(problem(again).path("detail").asText()).contains(caseNumber, "只能评价一次");
    JsonNode read = api.read(applicant.getForEntity(ratingPath(caseNumber), String.class), HttpStatus.OK);
    assertThat(read.path("score").asInt()).as("the first rating stands").isEqualTo(2);
  }

  @Test
  void aGoodRatingOpensNoFollowUpAndEveryFieldIsCheckedOnItsOwn() throws Exception {
    Account company = parties.company("福州三坊七巷文化传播有限公司");
    String caseNumber = filedCase(company);
    TestRestTemplate applicant = api.as(company.username());

    ResponseEntity<String> wrong = rate(applicant, caseNumber, Map.of("score", 7,
        "indicators", Map.of("efficiency", 0, "friendliness", 3), "comment", "慢".repeat(501)));
    assertInvalid(wrong, Map.of("score", "RATING_SCORE_INVALID", "indicators.efficiency", "RATING_INDICATOR_INVALID",
        "indicators.friendliness", "RATING_INDICATOR_UNKNOWN", "comment", "RATING_COMMENT_TOO_LONG"));
    assertThat(messages(wrong).get("comment")).isEqualTo("评价意见最多 500 个字。");
    assertThat(messages(wrong).get("score")).isEqualTo("总体满意度须在 1 到 5 级之间。");
    assertInvalid(rate(applicant, caseNumber, Map.of("score", 4.5, "indicators", Map.of("convenience", 2.5))),
        Map.of("score", "RATING_SCORE_INVALID", "indicators.convenience", "RATING_INDICATOR_INVALID"));

    HttpHeaders english = new HttpHeaders();
    english.setContentType(MediaType.APPLICATION_JSON);
    english.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
    ResponseEntity<String> inEnglish = applicant.exchange(ratingPath(caseNumber), HttpMethod.POST,
        new HttpEntity<>(Map.of("indicators", Map.of()), english), String.class);
    assertInvalid(inEnglish, Map.of("score", "RATING_SCORE_REQUIRED"));
    assertThat(messages(inEnglish).get("score")).isEqualTo("Please choose your overall satisfaction.");
    assertThat(ratings.followUpOf(caseNumber)).isEmpty();

    JsonNode given = api.read(rate(applicant, caseNumber, Map.of("score", 5,
        "indicators", Map.of("efficiency", 5, "guideAccuracy", 4, "convenience", 5, "platformUsability", 5))),
        HttpStatus.CREATED);
    assertThat(given.path("level").asText()).isEqualTo("VERY_SATISFIED");
    assertThat(given.path("followUpDueDate").isNull()).isTrue();
    assertThat(ratings.followUpOf(caseNumber)).as("only a bad rating is followed up").isEmpty();
  }

  @Test
  void nobodyRatesSomeoneElsesCaseNorACaseStillOpen() throws Exception {
    Account company = parties.company("福州榕树下茶业有限公司");
    Account stranger = parties.person("陈路人");
    String filed = filedCase(company);

    ResponseEntity<String> byStranger = rate(api.as(stranger.username()), filed, Map.of("score", 1, "comment", "差"));
    assertThat(byStranger.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(problem(byStranger).path("code").asText()).isEqualTo("CASE_NOT_FOUND");
    assertThat(api.as(stranger.username()).getForEntity(ratingPath(filed), String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<String> byStaff = rate(api.as("demo-supervisor"), filed, Map.of("score", 5));
    assertThat(byStaff.getStatusCode()).as("staff do not rate: " + byStaff.getBody())
        .isIn(HttpStatus.NOT_FOUND, HttpStatus.FORBIDDEN);
    ResponseEntity<String> unknown = rate(api.as(company.username()), "20990101" + "99999", Map.of("score", 5));
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    String material = filings.upload(company, Filings.pdf("申请书"), "申请书.pdf");
    String open = filings.foodLicence(company, material);
    ResponseEntity<String> early = rate(api.as(company.username()), open, Map.of("score", 5));
    assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(problem(early).path("code").asText()).isEqualTo("RATING_CASE_NOT_COMPLETED");
    assertThat(problem(early).path("detail").asText()).contains("尚未办结");
    ResponseEntity<String> notYet = api.as(company.username()).getForEntity(ratingPath(open), String.class);
    assertThat(notYet.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(problem(notYet).path("code").asText()).isEqualTo("RATING_NOT_FOUND");
    assertThat(jdbc.queryForObject("select count(*) from rating where case_number in (?, ?)", Integer.class,
        filed, open)).isZero();
  }

  @Test
  void theAgentWhoFiledRatesForThePrincipalAndThePrincipalCannotRateTheCaseAgain() throws Exception {
    Account agent = parties.agent("王代办");
    Account company = parties.company("福州闽江印务有限公司");
    TestRestTemplate asAgent = api.as(agent.username());
    String mandateId = api.read(asAgent.postForEntity("/api/v1/mandates", Map.of("principal", company.partyId(),
        "scope", List.of(Filings.SEAL_FILING), "validFrom", LocalDate.now(clock).toString(),
        "validTo", LocalDate.now(clock).plusMonths(1).toString()), String.class), HttpStatus.CREATED)
        .path("mandateId").asText();
    api.read(api.as(company.username()).postForEntity("/api/v1/mandates/" + mandateId + "/confirmation", null,
        String.class), HttpStatus.OK);
    String pdf = filings.upload(agent, Filings.pdf("营业执照"), "营业执照.pdf");
    String png = filings.upload(agent, Filings.png(), "法定代表人身份证.png");
    Map<String, Object> application = Map.of("itemCode", Filings.SEAL_FILING,
        "formData", Map.of("applicantName", company.displayName(), "creditCode", company.partyId(),
            "sealType", "OFFICIAL", "contactPhone", "13812345678"),
        "materials", List.of(Map.of("requirementId", "M1", "materialId", pdf),
            Map.of("requirementId", "M2", "materialId", png)),
        "onBehalfOf", mandateId);
    String caseNumber = api.read(api.file(asAgent, application, HallApi.newIdempotencyKey()), HttpStatus.CREATED)
        .path("caseNumber").asText();
    awaitFiled(asAgent, caseNumber);

    api.read(rate(asAgent, caseNumber, Map.of("score", 4, "comment", "代办很顺利")), HttpStatus.CREATED);
    assertThat(jdbc.queryForObject("select rater_role from rating where case_number = ?", String.class, caseNumber))
        .isEqualTo("AGENT");
    ResponseEntity<String> byPrincipal = rate(api.as(company.username()), caseNumber, Map.of("score", 1,
        "comment", "不满意"));
    assertThat(byPrincipal.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(problem(byPrincipal).path("code").asText()).isEqualTo("ALREADY_RATED");
    assertThat(api.read(api.as(company.username()).getForEntity(ratingPath(caseNumber), String.class),
        HttpStatus.OK).path("score").asInt()).as("the principal sees the agent's rating").isEqualTo(4);
  }

  @Test
  void ratingsSubmittedTogetherGiveOneRatingAndConflictsNeverAServerError() throws Exception {
    Account company = parties.company("福州鼓楼刻章店");
    String caseNumber = filedCase(company);
    TestRestTemplate applicant = api.as(company.username());
    int parallel = 6;
    ExecutorService pool = Executors.newFixedThreadPool(parallel);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < parallel; i++) {
        int score = 1 + i % 5;
        Callable<ResponseEntity<String>> submit = () -> {
          start.await();
          return rate(applicant, caseNumber, Map.of("score", score, "comment", "同时提交 " + score));
        };
        answers.add(pool.submit(submit));
      }
      start.countDown();
      List<HttpStatus> statuses = new ArrayList<>();
      for (Future<ResponseEntity<String>> answer : answers) {
        ResponseEntity<String> r = answer.get();
        statuses.add(HttpStatus.valueOf(r.getStatusCode().value()));
        if (r.getStatusCode() == HttpStatus.CONFLICT) {
          assertThat(problem(r).path("code").asText()).isEqualTo("ALREADY_RATED");
        }
      }
      assertThat(statuses).containsOnly(HttpStatus.CREATED, HttpStatus.CONFLICT);
      assertThat(statuses).filteredOn(s -> s == HttpStatus.CREATED).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(jdbc.queryForObject("select count(*) from rating where case_number = ?", Integer.class, caseNumber))
        .isEqualTo(1);
    int score = jdbc.queryForObject("select score from rating where case_number = ?", Integer.class, caseNumber);
    assertThat(jdbc.queryForObject("select count(*) from rating_follow_up where case_number = ?", Integer.class,
        caseNumber)).isEqualTo(score <= 2 ? 1 : 0);
  }

  /**
   * The race the check cannot see: another rating of the case is inserted but not yet committed when
   * the request checks, so the request's insert waits on the unique key and then fails: 409, not 500.
   */
  @Test
  void aRatingThatLosesTheRaceOnTheUniqueCaseNumberIsAConflict() throws Exception {
    Account company = parties.company("福州马尾刻章服务部");
    String caseNumber = filedCase(company);
    CountDownLatch inserted = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread other = new Thread(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
      jdbc.update("insert into rating (id, case_number, item_code, department_code, score, rater_account_id,"
          + " rater_role, rated_at) values (?, ?, 'GA-004', 'GA', 5, ?, 'APPLICANT', ?)",
          java.util.UUID.randomUUID().toString(), caseNumber, company.id(), java.sql.Timestamp.from(clock.instant()));
      inserted.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }));
    other.start();
    inserted.await();
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<ResponseEntity<String>> answer = pool.submit(() -> rate(api.as(company.username()), caseNumber,
          Map.of("score", 1, "comment", "并发")));
      Thread.sleep(700);
      assertThat(answer.isDone()).as("the request waits for the other rating to commit").isFalse();
      release.countDown();
      other.join();
      ResponseEntity<String> lost = answer.get();
      assertThat(lost.getStatusCode()).as(lost.getBody()).isEqualTo(HttpStatus.CONFLICT);
      assertThat(problem(lost).path("code").asText()).isEqualTo("ALREADY_RATED");
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
    assertThat(jdbc.queryForObject("select score from rating where case_number = ?", Integer.class, caseNumber))
        .isEqualTo(5);
    assertThat(ratings.followUpOf(caseNumber)).as("the loser opened no follow-up").isEmpty();
  }

  @Test
  void theRatingEndpointIsPublishedInTheOpenApiDocument() throws Exception {
    JsonNode paths = api.read(http.getForEntity("/v3/api-docs", String.class), HttpStatus.OK).path("paths");
    assertThat(paths.has("/api/v1/cases/{caseNumber}/rating")).isTrue();
    assertThat(paths.path("/api/v1/cases/{caseNumber}/rating").has("post")).isTrue();
  }

  /** A 公章刻制备案 of the company, which its process completes at once (FILED). */
  private String filedCase(Account company) throws Exception {
    String caseNumber = filings.sealFiling(company);
    awaitFiled(api.as(company.username()), caseNumber);
    return caseNumber;
  }

  private void awaitFiled(TestRestTemplate who, String caseNumber) throws Exception {
    HallApi.await(() -> api.caseOf(who, caseNumber), c -> c.path("status").asText().equals("FILED"),
        "case " + caseNumber + " filed");
  }

  private static String ratingPath(String caseNumber) {
    return "/api/v1/cases/" + caseNumber + "/rating";
  }

  private static ResponseEntity<String> rate(TestRestTemplate who, String caseNumber, Map<String, Object> body) {
    return who.postForEntity(ratingPath(caseNumber), body, String.class);
  }

  private JsonNode problem(ResponseEntity<String> answer) throws Exception {
    return json.readTree(answer.getBody());
  }

  private Map<String, String> messages(ResponseEntity<String> answer) throws Exception {
    Map<String, String> byField = new HashMap<>();
    problem(answer).path("errors").forEach(e -> byField.put(e.path("field").asText(), e.path("message").asText()));
    return byField;
  }

  /** 400 VALIDATION_FAILED with exactly these fields and codes, each with a localized message. */
  private void assertInvalid(ResponseEntity<String> answer, Map<String, String> codesByField) throws Exception {
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode problem = problem(answer);
    assertThat(problem.path("code").asText()).isEqualTo("VALIDATION_FAILED");
    Map<String, String> codes = new HashMap<>();
    problem.path("errors").forEach(e -> {
      codes.put(e.path("field").asText(), e.path("code").asText());
      assertThat(e.path("message").asText()).isNotBlank().isNotEqualTo(e.path("code").asText());
    });
    assertThat(codes).isEqualTo(codesByField);
  }
}
