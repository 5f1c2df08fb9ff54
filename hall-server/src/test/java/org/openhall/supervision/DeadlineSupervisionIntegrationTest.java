package org.openhall.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.openhall.casefile.CaseAccepted;
import org.openhall.casefile.CaseStage;
import org.openhall.casefile.WarningKind;
import org.openhall.casefile.WarningPolicy;
import org.openhall.identity.Role;
import org.openhall.supervision.DeadlineSupervision.WarningTarget;
import org.openhall.notification.Inbox;
import org.openhall.notification.Notification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import java.time.Instant;
import org.openhall.casefile.CaseCompleted;
import org.openhall.casefile.CaseStatus;

/**
 * Supervision alerts: provisional due dates reach the supervisors; each deadline warning the sweep finds is
 * recorded once, resolved when it is no longer in force, and reaches people by username: the handler (or
 * everyone holding the task's role in its department), the department's heads and supervisors.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeadlineSupervisionIntegrationTest {

  private static final String PASSWORD = "Demo#2026";
  private static final String DEPARTMENT = "SCJG";
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @Autowired
  DeadlineSupervision supervision;

  @Autowired
  Inbox inbox;

  @Autowired
  ApplicationEventPublisher events;

  @Autowired
  PlatformTransactionManager transactions;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  TestRestTemplate http;

  @Autowired
  ObjectMapper json;

  private static String newCaseNumber() {
    return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 20).toUpperCase();
  }

  /** Publishes like a module does: inside a transaction, delivered to listeners after commit. */
  private void publish(Object event) {
    new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(event));
  }

  private static <T> T await(Supplier<T> probe, java.util.function.Predicate<T> done, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    T value = probe.get();
    while (!done.test(value)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what + "; last seen " + value);
      }
      Thread.sleep(100);
      value = probe.get();
    }
    return value;
  }

  /** The completion dates of the publications of this case's events to supervision (null = not yet). */
  private List<Object> publications(String caseNumber) {
    return jdbc.queryForList("select completion_date from event_publication where serialized_event like ?"
        + " and listener_id like ?", Object.class, "%" + caseNumber + "%", "%DeadlineSupervision%");
  }

  private List<Notification> inboxFor(String username, String caseNumber) {
    return inbox.of(username).stream().filter(n -> caseNumber.equals(n.caseNumber())).toList();
  }

  @Test
  void anAcceptanceWithAProvisionalDueDateAlertsTheSupervisors() throws Exception {
    String caseNumber = newCaseNumber();
    publish(new CaseAccepted(caseNumber, DEPARTMENT, LocalDate.of(2027, 1, 15), LocalDate.of(2027, 1, 29), true));

    List<Alert> alerts = await(() -> supervision.alertsOf(caseNumber), a -> !a.isEmpty(), "provisional alert");

    assertThat(alerts).singleElement().satisfies(alert -> {
      assertThat(alert.kind()).isEqualTo(AlertKind.PROVISIONAL_DUE_DATE);
      assertThat(alert.departmentCode()).isEqualTo(DEPARTMENT);
      assertThat(alert.dueDate()).isEqualTo(LocalDate.of(2027, 1, 15));
      assertThat(alert.recipients()).contains("demo-supervisor").doesNotContain("demo-clerk", "demo-head");
    });
    assertThat(inboxFor("demo-supervisor", caseNumber)).singleElement()
        .satisfies(n -> assertThat(n.subject()).contains(caseNumber).contains("暂定"));
  }

  @Test
  void anAcceptanceWithAFinalDueDateRaisesNothing() {
    String caseNumber = newCaseNumber();
    supervision.on(new CaseAccepted(caseNumber, DEPARTMENT, LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 29),
        false));
    assertThat(supervision.alertsOf(caseNumber)).isEmpty();
  }

  /** The sweep's call for one work item: the warnings in force for it, nothing else. */
  private boolean record(String caseNumber, CaseStage stage, WarningKind kind, String assignee, Role role,
      LocalDate due) {
    return !supervision.refresh(new WarningTarget(caseNumber, stage, DEPARTMENT, assignee, role),
        List.of(new WarningPolicy.Active(kind, due))).isEmpty();
  }

  @Test
  void theSameWarningRefreshedTwiceIsRecordedOnce() {
    String caseNumber = newCaseNumber();
    assertThat(record(caseNumber, CaseStage.REVIEW, WarningKind.NEAR_DUE, "demo-reviewer", Role.REVIEWER,
        LocalDate.of(2026, 12, 1))).isTrue();
    assertThat(record(caseNumber, CaseStage.REVIEW, WarningKind.NEAR_DUE, "demo-reviewer", Role.REVIEWER,
        LocalDate.of(2026, 12, 1))).as("a second sweep, quietly nothing").isFalse();

    assertThat(supervision.alertsOf(caseNumber)).singleElement()
        .satisfies(a -> assertThat(a.kind()).isEqualTo(AlertKind.DEADLINE_YELLOW));
    assertThat(inboxFor("demo-reviewer", caseNumber)).hasSize(1);
  }

  @Test
  void twoNodesRecordingTheSameWarningAtOnceRaiseOneAlert() throws Exception {
    String caseNumber = newCaseNumber();
    java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
    java.util.concurrent.Callable<Boolean> node = () -> {
      together.await();
      return record(caseNumber, CaseStage.ACCEPT, WarningKind.ACCEPTANCE_OVERDUE, "demo-clerk", Role.CLERK,
          LocalDate.of(2026, 10, 30));
    };
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      var first = pool.submit(node);
      var second = pool.submit(node);
      assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(true, false);
    } finally {
      pool.shutdownNow();
    }
    assertThat(supervision.alertsOf(caseNumber)).hasSize(1);
    assertThat(inboxFor("demo-clerk", caseNumber)).hasSize(1);
  }

  @Test
  void aRedWarningResolvesTheYellowOneOfTheSameStage() {
    String caseNumber = newCaseNumber();
    LocalDate due = LocalDate.of(2026, 12, 1);
    assertThat(record(caseNumber, CaseStage.REVIEW, WarningKind.NEAR_DUE, "demo-reviewer", Role.REVIEWER, due))
        .isTrue();
    assertThat(record(caseNumber, CaseStage.REVIEW, WarningKind.OVERDUE, "demo-reviewer", Role.REVIEWER, due))
        .isTrue();

    // In any order: MySQL keeps whole seconds, so both may be raised in the same one.
    assertThat(supervision.alertsOf(caseNumber)).extracting(Alert::kind)
        .containsExactlyInAnyOrder(AlertKind.DEADLINE_YELLOW, AlertKind.DEADLINE_RED);
    assertThat(supervision.alertsOf(caseNumber)).filteredOn(a -> a.resolvedAt() == null).extracting(Alert::kind)
        .containsExactly(AlertKind.DEADLINE_RED);
  }

  @Test
  void aMovedDueDateResolvesTheStaleAlertAndANewOneComesForTheNewDate() {
    String caseNumber = newCaseNumber();
    assertThat(record(caseNumber, CaseStage.DECIDE, WarningKind.NEAR_DUE, null, Role.APPROVER,
        LocalDate.of(2026, 12, 1))).isTrue();
    // The clock stopped and resumed: the sweep finds nothing in force now.
    supervision.refresh(new WarningTarget(caseNumber, CaseStage.DECIDE, DEPARTMENT, null, Role.APPROVER),
        List.of());
    assertThat(supervision.alertsOf(caseNumber)).singleElement()
        .satisfies(a -> assertThat(a.resolvedAt()).as("stale alert resolved").isNotNull());
    // Near the new date, a new yellow.
    assertThat(record(caseNumber, CaseStage.DECIDE, WarningKind.NEAR_DUE, null, Role.APPROVER,
        LocalDate.of(2026, 12, 8))).isTrue();
    assertThat(supervision.alertsOf(caseNumber)).filteredOn(a -> a.resolvedAt() == null)
        .singleElement().satisfies(a -> assertThat(a.dueDate()).isEqualTo(LocalDate.of(2026, 12, 8)));
  }

  @Test
  void completingTheCaseResolvesItsOpenAlerts() throws Exception {
    String caseNumber = newCaseNumber();
    record(caseNumber, CaseStage.DECIDE, WarningKind.OVERDUE, "demo-approver", Role.APPROVER,
        LocalDate.of(2026, 11, 20));
    assertThat(supervision.alertsOf(caseNumber)).singleElement().extracting(Alert::resolvedAt).isNull();

    new TransactionTemplate(transactions).executeWithoutResult(
        s -> events.publishEvent(new CaseCompleted(caseNumber, CaseStatus.DENIED)));

    Instant giveUp = Instant.now().plus(PATIENCE);
    while (supervision.alertsOf(caseNumber).get(0).resolvedAt() == null) {
      assertThat(Instant.now()).as("alert of " + caseNumber + " resolved").isBefore(giveUp);
      Thread.sleep(100);
    }
    assertThat(supervision.resolveAlertsOf(caseNumber)).as("nothing left open").isZero();
  }

  @Test
  void aStageOverrunAndANearDueWarningOfTheSameStageAreTwoAlerts() {
    String caseNumber = newCaseNumber();
    supervision.refresh(new WarningTarget(caseNumber, CaseStage.REVIEW, DEPARTMENT, "demo-reviewer", Role.REVIEWER),
        List.of(new WarningPolicy.Active(WarningKind.STAGE_OVERRUN, LocalDate.of(2026, 11, 25)),
            new WarningPolicy.Active(WarningKind.NEAR_DUE, LocalDate.of(2026, 12, 1))));

    assertThat(supervision.alertsOf(caseNumber)).extracting(Alert::kind)
        .containsExactlyInAnyOrder(AlertKind.STAGE_OVERRUN, AlertKind.DEADLINE_YELLOW);
  }

  @Test
  void anUnclaimedTaskWarnsEveryoneHoldingItsRoleInItsDepartmentByUsername() {
    String caseNumber = newCaseNumber();
    record(caseNumber, CaseStage.REVIEW, WarningKind.NEAR_DUE, null, Role.REVIEWER, LocalDate.of(2026, 12, 1));

    assertThat(supervision.alertsOf(caseNumber)).singleElement().extracting(Alert::recipients)
        .satisfies(r -> assertThat(r).contains("demo-reviewer", "demo-scjg-reviewer", "demo-head",
                "demo-scjg-head", "demo-supervisor")
            .doesNotContain("SCJG", "demo-approver", "demo-clerk", "demo-cg-reviewer", "demo-ga-supervisor"));
  }

  @Test
  void aWarningReachesTheHandlerTheDepartmentHeadAndTheSupervisors() throws Exception {
    String caseNumber = newCaseNumber();
    record(caseNumber, CaseStage.DECIDE, WarningKind.OVERDUE, "demo-approver", Role.APPROVER,
        LocalDate.of(2026, 11, 20));

    assertThat(supervision.alertsOf(caseNumber)).singleElement().extracting(Alert::recipients)
        .satisfies(r -> assertThat(r).contains("demo-approver", "demo-head", "demo-supervisor")
            .doesNotContain("demo-clerk", "demo-reviewer", "demo-scjg-approver", "demo-ga-supervisor"));
    for (String recipient : List.of("demo-approver", "demo-head", "demo-supervisor")) {
      assertThat(inboxFor(recipient, caseNumber)).as(recipient).singleElement()
          .satisfies(n -> {
            assertThat(n.subject()).isEqualTo("【红牌超期】办件 " + caseNumber + " 已超期");
            assertThat(n.body()).contains("决定").contains("2026-11-20").contains("市场监督管理局")
                .doesNotContain("SCJG");
            assertThat(n.readAt()).isNull();
          });
    }
    assertThat(inboxFor("demo-clerk", caseNumber)).isEmpty();

    JsonNode alerts = read(http.withBasicAuth("demo-supervisor", PASSWORD)
        .getForEntity("/api/v1/console/alerts", String.class), HttpStatus.OK);
    JsonNode mine = null;
    for (JsonNode a : alerts) {
      if (caseNumber.equals(a.path("caseNumber").asText())) {
        mine = a;
      }
    }
    assertThat(mine).as("the supervisor sees the alert").isNotNull();
    assertThat(mine.path("recipients")).extracting(JsonNode::asText)
        .contains("demo-approver", "demo-head", "demo-supervisor");
    JsonNode elsewhere = read(http.withBasicAuth("demo-ga-supervisor", PASSWORD)
        .getForEntity("/api/v1/console/alerts", String.class), HttpStatus.OK);
    assertThat(elsewhere.findValuesAsText("caseNumber")).as("公安局's supervisor").doesNotContain(caseNumber);
    assertThat(http.withBasicAuth("demo-clerk", PASSWORD).getForEntity("/api/v1/console/alerts", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    JsonNode headInbox = read(http.withBasicAuth("demo-head", PASSWORD)
        .getForEntity("/api/v1/console/notifications", String.class), HttpStatus.OK);
    assertThat(headInbox.findValuesAsText("caseNumber")).contains(caseNumber);
  }

  private JsonNode read(ResponseEntity<String> response, HttpStatus expected) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(expected);
    return json.readTree(response.getBody());
  }
}
