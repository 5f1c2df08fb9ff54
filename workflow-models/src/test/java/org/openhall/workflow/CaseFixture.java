package org.openhall.workflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.openhall.casefile.Case;
import org.openhall.casefile.CaseManagement;
import org.openhall.casefile.CaseStage;
import org.openhall.casefile.Channel;
import org.openhall.casefile.CorrectionItem;
import org.openhall.casefile.MaterialRef;
import org.openhall.catalogue.Catalogue;
import org.openhall.catalogue.CatalogueFile;
import org.openhall.identity.Account;
import org.openhall.identity.AccountDirectory;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.identity.Accounts;
import org.openhall.identity.PartyKind;
import org.openhall.identity.Role;
import org.openhall.material.MaterialVault;
import org.springframework.stereotype.Component;

/** Named steps of the process tests: file a case, work its tasks, move the clock, run jobs. */
@Component
class CaseFixture {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final Catalogue catalogue;
  private final Accounts accounts;
  private final AccountDirectory directory;
  private final CaseManagement cases;
  private final Worklist worklist;
  private final MaterialVault vault;
  private final RuntimeService runtime;
  private final ManagementService management;
  private final ProcessTestApplication.SettableClock clock;
  private final ObjectMapper json;
  private final org.springframework.transaction.support.TransactionTemplate tx;
  private boolean loaded;

  CaseFixture(Catalogue catalogue, Accounts accounts, AccountDirectory directory,
      CaseManagement cases, Worklist worklist, MaterialVault vault, RuntimeService runtime,
      ManagementService management, ProcessTestApplication.SettableClock clock, ObjectMapper json,
      org.springframework.transaction.PlatformTransactionManager transactions) {
    this.tx = new org.springframework.transaction.support.TransactionTemplate(transactions);
    this.catalogue = catalogue;
    this.accounts = accounts;
    this.directory = directory;
    this.cases = cases;
    this.worklist = worklist;
    this.vault = vault;
    this.runtime = runtime;
    this.management = management;
    this.clock = clock;
    this.json = json;
  }

  /** Sets the time (Beijing local) for OpenHall and the engine alike. */
  void at(String localDateTime) {
    clock.set(LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant());
  }

  void clockTo(java.time.Instant instant) {
    clock.set(instant);
  }

  /** Files an online case of the item as a fresh applicant; the process starts on the event. */
  String file(String itemCode) {
    load();
    Member applicant = applicant();
    String number = cases.submit(new CaseManagement.Submission(applicant, "APPLICANT",
        Channel.ONLINE, itemCode, Map.of(), List.of(), UUID.randomUUID().toString()))
        .filedCase().caseNumber();
    // CaseSubmitted reaches CaseProcesses asynchronously after the commit, as in production.
    org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
        .until(() -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).count() > 0
            || engineHistory(number));
    return number;
  }

  private boolean engineHistory(String number) {
    return management.createJobQuery().count() >= 0 && cases.byNumber(number).status().completed();
  }

  Member applicantOf(String caseNumber) {
    return directory.require(accounts.findById(cases.byNumber(caseNumber).applicant().accountId())
        .orElseThrow().username());
  }

  Member staff() {
    load();
    return directory.require("staff");
  }

  /** Staff of one department only, with every staff role. */
  Member staffOf(String department) {
    load();
    String name = "staff-" + department;
    if (accounts.findByUsername(name).isEmpty()) {
      accounts.save(new Account(name, "x", "职员" + department, PartyKind.PERSON, null, null,
          EnumSet.of(Role.CLERK, Role.REVIEWER, Role.APPROVER), Set.of(department), false));
    }
    return directory.require(name);
  }

  /** Completes the one open task of the case at that stage (as the all-departments staff). */
  void complete(String caseNumber, CaseStage stage, String outcome, String opinion) {
    complete(caseNumber, stage, outcome, opinion, List.of());
  }

  void complete(String caseNumber, CaseStage stage, String outcome, String opinion,
      List<CorrectionItem> missing) {
    WorkTask task = task(caseNumber, stage, staff());
    worklist.complete(task.taskId(), staff(), new Completion(outcome, opinion, missing));
  }

  WorkTask task(String caseNumber, CaseStage stage, Member who) {
    return worklist.tasksFor(who, stage).stream().filter(t -> t.caseNumber().equals(caseNumber))
        .findFirst().orElseThrow(() -> new AssertionError("no " + stage + " task for " + caseNumber));
  }

  List<WorkTask> tasks(String caseNumber, Member who) {
    return worklist.tasksFor(who, null).stream().filter(t -> t.caseNumber().equals(caseNumber)).toList();
  }

  /** Uploads a material for the applicant and hands it in through the supplements endpoint. */
  Case supplement(String caseNumber, String requirementId) {
    Member applicant = applicantOf(caseNumber);
    var material = vault.store(applicant.id(), "m.pdf",
        ("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF " + UUID.randomUUID()).getBytes());
    return cases.supplement(caseNumber, applicant, List.of(new MaterialRef(requirementId, material.id())));
  }

  /** The case with its rows loaded, read in its own transaction. */
  Case caseOf(String caseNumber) {
    return tx.execute(status -> {
      Case c = cases.byNumber(caseNumber);
      c.timeline().size();
      c.clockEntries().size();
      c.correctionItems().size();
      return c;
    });
  }

  /** Waits for the asynchronous event listeners (process correlation) to have done their part. */
  void eventually(org.awaitility.core.ThrowingRunnable assertion) {
    org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(assertion);
  }

  ProcessInstance process(String caseNumber) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult();
  }

  Job timer(String caseNumber, String activityId) {
    return management.createJobQuery().processInstanceId(process(caseNumber).getId())
        .activityId(activityId).timers().singleResult();
  }

  /** Runs every job of the case's process that is due now, as the job executor would. */
  void runDueJobs(String caseNumber) {
    var instance = process(caseNumber);
    if (instance == null) {
      return;
    }
    for (int round = 0; round < 10; round++) {
      List<Job> due = management.createJobQuery().processInstanceId(instance.getId())
          .executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(j -> management.executeJob(j.getId()));
    }
  }

  private Member applicant() {
    String name = "applicant-" + UUID.randomUUID();
    accounts.save(new Account(name, "x", "张明华", PartyKind.PERSON, "110105199003071239",
        "13812345678", EnumSet.of(Role.APPLICANT), Set.of(), false));
    return directory.require(name);
  }

  private synchronized void load() {
    if (loaded) {
      return;
    }
    if (accounts.findByUsername("staff").isEmpty()) {
      try (InputStream in = getClass().getResourceAsStream("/fixtures/test-catalogue.json")) {
        catalogue.importFile(json.readValue(in, CatalogueFile.class));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      accounts.save(new Account("staff", "x", "窗口职员", PartyKind.PERSON, null, null,
          EnumSet.of(Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR),
          Set.of("D1", "D2", "D3"), false));
    }
    loaded = true;
  }
}
