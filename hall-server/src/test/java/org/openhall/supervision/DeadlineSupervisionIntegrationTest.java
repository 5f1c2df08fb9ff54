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
import org.openhall.casefile.DeadlineWarning;
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
 * Supervision alerts from published events: provisional due dates reach the supervisors; each deadline
 * warning is recorded once and reaches the handler, the department head and the supervisors.
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

  @Test
  void aDeadlineWarningPublishedTwiceIsRecordedOnce() throws Exception {
    String caseNumber = newCaseNumber();
    DeadlineWarning warning = new DeadlineWarning(caseNumber, DEPARTMENT, CaseStage.REVIEW,
        DeadlineWarning.Level.YELLOW, DeadlineWarning.Reason.NEAR_DUE, "demo-reviewer", LocalDate.of(2026, 12, 1));

    publish(warning);
    await(() -> publications(caseNumber), p -> p.size() == 1 && !p.contains(null), "first publication handled");
    publish(warning);
    await(() -> publications(caseNumber), p -> p.size() == 2 && !p.contains(null), "second publication handled");

    assertThat(supervision.alertsOf(caseNumber)).singleElement()
        .satisfies(a -> assertThat(a.kind()).isEqualTo(AlertKind.DEADLINE_YELLOW));
    assertThat(inboxFor("demo-reviewer", caseNumber)).hasSize(1);
    assertThat(supervision.record(warning)).as("a third time, quietly ignored").isFalse();
    assertThat(supervision.alertsOf(caseNumber)).hasSize(1);
  }

  @Test
  void twoNodesRecordingTheSameWarningAtOnceRaiseOneAlert() throws Exception {
    String caseNumber = newCaseNumber();
    DeadlineWarning warning = new DeadlineWarning(caseNumber, DEPARTMENT, CaseStage.ACCEPT,
        DeadlineWarning.Level.RED, DeadlineWarning.Reason.OVERDUE, "demo-clerk", LocalDate.of(2026, 10, 30));
    java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
    java.util.concurrent.Callable<Boolean> node = () -> {
      together.await();
      return supervision.record(warning);
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
  void aRedWarningOfTheSameStageIsANewAlert() {
    String caseNumber = newCaseNumber();
    DeadlineWarning yellow = new DeadlineWarning(caseNumber, DEPARTMENT, CaseStage.REVIEW,
        DeadlineWarning.Level.YELLOW, DeadlineWarning.Reason.NEAR_DUE, "demo-reviewer", LocalDate.of(2026, 12, 1));
    DeadlineWarning red = new DeadlineWarning(caseNumber, DEPARTMENT, CaseStage.REVIEW,
        DeadlineWarning.Level.RED, DeadlineWarning.Reason.OVERDUE, "demo-reviewer", LocalDate.of(2026, 12, 1));

    assertThat(supervision.record(yellow)).isTrue();
    assertThat(supervision.record(red)).isTrue();
    assertThat(supervision.record(red)).isFalse();

    assertThat(supervision.alertsOf(caseNumber)).extracting(Alert::kind)
        .containsExactlyInAnyOrder(AlertKind.DEADLINE_YELLOW, AlertKind.DEADLINE_RED);
  }

  @Test
  void completingTheCaseResolvesItsOpenAlerts() throws Exception {
    String caseNumber = newCaseNumber();
    supervision.record(new DeadlineWarning(caseNumber, DEPARTMENT, CaseStage.DECIDE, DeadlineWarning.Level.RED,
        DeadlineWarning.Reason.OVERDUE, "demo-approver", LocalDate.of(2026, 11, 20)));
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
    assertThat(supervision.record(new DeadlineWarning(caseNumber, DEPARTMENT, CaseStage.REVIEW,
        DeadlineWarning.Level.YELLOW, DeadlineWarning.Reason.STAGE_OVERRUN, "demo-reviewer",
        LocalDate.of(2026, 12, 1)))).isTrue();
    assertThat(supervision.record(new DeadlineWarning(caseNumber, DEPARTMENT, CaseStage.REVIEW,
        DeadlineWarning.Level.YELLOW, DeadlineWarning.Reason.NEAR_DUE, "demo-reviewer",
        LocalDate.of(2026, 12, 1)))).isTrue();

    assertThat(supervision.alertsOf(caseNumber)).extracting(Alert::kind)
        .containsExactlyInAnyOrder(AlertKind.STAGE_OVERRUN, AlertKind.DEADLINE_YELLOW);
  }

  @Test
  void aWarningReachesTheHandlerTheDepartmentHeadAndTheSupervisors() throws Exception {
    String caseNumber = newCaseNumber();
    supervision.record(new DeadlineWarning(caseNumber, DEPARTMENT, CaseStage.DECIDE, DeadlineWarning.Level.RED,
        DeadlineWarning.Reason.OVERDUE, "demo-approver", LocalDate.of(2026, 11, 20)));

    assertThat(supervision.alertsOf(caseNumber)).singleElement().extracting(Alert::recipients)
        .satisfies(r -> assertThat(r).contains("demo-approver", "demo-head", "demo-supervisor")
            .doesNotContain("demo-clerk", "demo-reviewer"));
    for (String recipient : List.of("demo-approver", "demo-head", "demo-supervisor")) {
      assertThat(inboxFor(recipient, caseNumber)).as(recipient).singleElement()
          .satisfies(n -> {
            assertThat(n.subject()).isEqualTo("【红牌超期】办件 " + caseNumber + " 已超期");
            assertThat(n.body()).contains("决定").contains("2026-11-20");
            assertThat(n.readAt()).isNull();
          });
    }
    assertThat(inboxFor("demo-clerk", caseNumber)).isEmpty();

    JsonNode alerts = read(http.withBasicAuth("demo-supervisor", PASSWORD)
        .getForEntity("/api/v1/console/alerts", String.class), HttpStatus.OK);
    assertThat(alerts.findValuesAsText("caseNumber")).contains(caseNumber);
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
