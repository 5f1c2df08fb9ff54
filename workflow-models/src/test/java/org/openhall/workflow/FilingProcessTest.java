package org.openhall.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.casefile.CaseAction;
import org.openhall.casefile.CaseEvent;
import org.openhall.casefile.CaseStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = ProcessTestApplication.class)
class FilingProcessTest {

  @Autowired CaseFixture fixture;
  @Autowired HistoryService history;

  @BeforeEach
  void monday() {
    fixture.at("2026-02-09T10:00");
  }

  @Test
  void filingIsRecordedAtOnceWithoutAnyTaskOrClock() {
    String n = fixture.file("T-FILING");

    fixture.eventually(() -> assertThat(fixture.caseOf(n).status()).isEqualTo(CaseStatus.FILED));
    var c = fixture.caseOf(n);
    assertThat(c.timeline()).extracting(CaseEvent::action).containsExactly(CaseAction.SUBMITTED, CaseAction.FILED);
    assertThat(c.clockEntries()).isEmpty();
    assertThat(fixture.tasks(n, fixture.staff())).isEmpty();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(n).singleResult()
        .getEndActivityId()).isEqualTo(FilingProcess.END_FILED);
  }

  @Test
  void filingIsNeverDeemedAcceptedNorWarnedAbout() {
    String n = fixture.file("T-FILING");
    fixture.eventually(() -> assertThat(fixture.caseOf(n).status()).isEqualTo(CaseStatus.FILED));
    assertThat(fixture.caseOf(n).clock().acceptanceDue()).isEmpty();

    fixture.sweepAt("2026-03-31T09:00");

    var c = fixture.caseOf(n);
    assertThat(c.status()).isEqualTo(CaseStatus.FILED);
    assertThat(c.timeline()).extracting(CaseEvent::action).containsExactly(CaseAction.SUBMITTED, CaseAction.FILED);
    assertThat(fixture.alerts(n)).isEmpty();
  }
}
