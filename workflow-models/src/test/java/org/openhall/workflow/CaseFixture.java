package org.openhall.workflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.openhall.casefile.Case;
import org.openhall.casefile.CaseAcceptance;
import org.openhall.casefile.CaseFiles;
import org.openhall.casefile.CaseFiling;
import org.openhall.casefile.CaseStage;
import org.openhall.casefile.CaseWithdrawal;
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
import org.openhall.licence.Licence;
import org.openhall.licence.Licences;
import org.openhall.material.MaterialVault;
import org.openhall.supervision.Alert;
import org.openhall.supervision.AlertKind;
import org.openhall.supervision.DeadlineSupervision;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Named steps of the process tests: file a case, work its tasks, move the clock and run the deadline sweep,
 * run jobs, read alerts. The test catalogue has departments D1 (lead), D2 and D3 (co-departments); the
 * accounts are {@code staff} (clerk, reviewer, approver and supervisor of all three), and per department
 * {@code staff-Dn} (clerk, reviewer, approver), {@code clerk-Dn}, {@code reviewer-Dn}, {@code head-Dn} and {@code supervisor-Dn}.
 */
@Component
class CaseFixture {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final Catalogue catalogue;
  private final Accounts accounts;
  private final AccountDirectory directory;
  private final CaseFiling filing;
  private final CaseAcceptance acceptance;
  private final CaseFiles cases;
  private final CaseWithdrawal withdrawal;
  private final Worklist worklist;
  private final DeadlineSweep sweep;
  private final DeadlineSupervision supervision;
  private final Licences licences;
  private final MaterialVault vault;
  private final RuntimeService runtime;
  private final ManagementService management;
  private final ProcessTestApplication.SettableClock clock;
  private final ObjectMapper json;
  private final TransactionTemplate tx;
  private boolean loaded;

  CaseFixture(Catalogue catalogue, Accounts accounts, AccountDirectory directory, CaseFiling filing,
      CaseAcceptance acceptance, CaseFiles cases, CaseWithdrawal withdrawal, Worklist worklist,
      DeadlineSweep sweep, DeadlineSupervision supervision, Licences licences, MaterialVault vault,
      RuntimeService runtime, ManagementService management, ProcessTestApplication.SettableClock clock,
      ObjectMapper json, PlatformTransactionManager transactions) {
    this.catalogue = catalogue;
    this.accounts = accounts;
    this.directory = directory;
    this.filing = filing;
    this.acceptance = acceptance;
    this.cases = cases;
    this.withdrawal = withdrawal;
    this.worklist = worklist;
    this.sweep = sweep;
    this.supervision = supervision;
    this.licences = licences;
    this.vault = vault;
    this.runtime = runtime;
    this.management = management;
    this.clock = clock;
    this.json = json;
    this.tx = new TransactionTemplate(transactions);
  }

  /** Sets the time (Beijing local) for OpenHall and the engine alike. */
  void at(String localDateTime) {
    clock.set(LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant());
  }

  /** Moves the clock and runs the deadline sweep once, as the scheduler would at that time. */
  DeadlineSweep.Result sweepAt(String localDateTime) {
    at(localDateTime);
    return sweep.sweep();
  }

  /** Runs the deadline sweep once at the current time. */
  DeadlineSweep.Result sweep() {
    return sweep.sweep();
  }

  /** Files an online case of the item as a fresh applicant; the process starts on the event. */
  String file(String itemCode) {
    load();
    Member applicant = applicant();
    String number = filing.submit(new CaseFiling.Submission(applicant, "APPLICANT",
        Channel.ONLINE, itemCode, Map.of(), List.of(), UUID.randomUUID().toString()))
        .filedCase().caseNumber();
    // CaseSubmitted reaches CaseProcesses asynchronously after the commit, as in production.
    Awaitility.await().atMost(Duration.ofSeconds(30))
        .until(() -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).count() > 0
            || cases.byNumber(number).status().completed());
    return number;
  }

  Member applicantOf(String caseNumber) {
    return directory.require(accounts.findById(cases.byNumber(caseNumber).applicant().accountId())
        .orElseThrow().username());
  }

  /** Clerk, reviewer, approver and supervisor of D1, D2 and D3. */
  Member staff() {
    load();
    return directory.require("staff");
  }

  /** Staff of one department only, with every handling role (clerk, reviewer, approver). */
  Member staffOf(String department) {
    return member("staff-" + department, "职员" + department,
        EnumSet.of(Role.CLERK, Role.REVIEWER, Role.APPROVER), department);
  }

  /** A clerk of one department, and nothing else. */
  Member clerkOf(String department) {
    return member("clerk-" + department, "窗口" + department, EnumSet.of(Role.CLERK), department);
  }

  /** A reviewer of one department, and nothing else. */
  Member reviewerOf(String department) {
    return member("reviewer-" + department, "审查" + department, EnumSet.of(Role.REVIEWER), department);
  }

  /** The head (负责人) of one department. */
  Member headOf(String department) {
    return member("head-" + department, "负责人" + department, EnumSet.of(Role.HEAD), department);
  }

  /** A supervisor of one department. */
  Member supervisorOf(String department) {
    return member("supervisor-" + department, "督办" + department, EnumSet.of(Role.SUPERVISOR), department);
  }

  private Member member(String username, String displayName, EnumSet<Role> roles, String department) {
    load();
    ensure(username, displayName, roles, Set.of(department));
    return directory.require(username);
  }

  private void ensure(String username, String displayName, EnumSet<Role> roles, Set<String> departments) {
    if (accounts.findByUsername(username).isEmpty()) {
      accounts.save(new Account(username, "x", displayName, PartyKind.PERSON, null, null, roles, departments,
          false));
    }
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

  /** {@code who} claims the case's open task at that stage. */
  WorkTask claim(String caseNumber, CaseStage stage, Member who) {
    return worklist.claim(task(caseNumber, stage, who).taskId(), who);
  }

  WorkTask task(String caseNumber, CaseStage stage, Member who) {
    return worklist.tasksFor(who, stage).stream().filter(t -> t.caseNumber().equals(caseNumber))
        .findFirst().orElseThrow(() -> new AssertionError("no " + stage + " task for " + caseNumber));
  }

  /** The case's open tasks on the worklist of {@code who}, with their colours as of now. */
  List<WorkTask> tasks(String caseNumber, Member who) {
    return worklist.tasksFor(who, null).stream().filter(t -> t.caseNumber().equals(caseNumber)).toList();
  }

  /** Uploads a material for each listed requirement and hands them in as the applicant's supplement. */
  Case supplement(String caseNumber, String... requirementIds) {
    return supplement(caseNumber, Map.of(), requirementIds);
  }

  /** A supplement with files for {@code requirementIds} and written explanations for other items. */
  Case supplement(String caseNumber, Map<String, String> explanations, String... requirementIds) {
    Member applicant = applicantOf(caseNumber);
    List<MaterialRef> refs = java.util.Arrays.stream(requirementIds).map(id -> new MaterialRef(id,
        vault.store(applicant.id(), "m.pdf",
            ("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF " + UUID.randomUUID()).getBytes()).id()))
        .toList();
    return acceptance.supplement(caseNumber, applicant, refs, explanations);
  }

  /** The applicant withdraws the case. */
  Case withdraw(String caseNumber) {
    return withdrawal.withdraw(caseNumber, applicantOf(caseNumber), "不再需要");
  }

  /** The case with its rows loaded, read in its own transaction. */
  Case caseOf(String caseNumber) {
    return tx.execute(status -> {
      Case c = cases.byNumber(caseNumber);
      c.timeline().size();
      c.clockEntries().size();
      c.correctionItems().size();
      c.extensions().size();
      return c;
    });
  }

  /** The licence issued for the case, if any. */
  Optional<Licence> licenceOf(String caseNumber) {
    return licences.findByCaseNumber(caseNumber);
  }

  /** Every alert of the case, oldest first. */
  List<Alert> alerts(String caseNumber) {
    return supervision.alertsOf(caseNumber);
  }

  /** The case's alerts of one kind, oldest first. */
  List<Alert> alerts(String caseNumber, AlertKind kind) {
    return alerts(caseNumber).stream().filter(a -> a.kind() == kind).toList();
  }

  /** The case's alerts still open. */
  List<Alert> openAlerts(String caseNumber) {
    return alerts(caseNumber).stream().filter(a -> a.resolvedAt() == null).toList();
  }

  /** Waits for the asynchronous event listeners (process correlation, alerts) to have done their part. */
  void eventually(org.awaitility.core.ThrowingRunnable assertion) {
    Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(assertion);
  }

  ProcessInstance process(String caseNumber) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult();
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
      ensure("staff", "窗口职员", EnumSet.of(Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR),
          Set.of("D1", "D2", "D3"));
    }
    // Every department's people exist before any warning is raised, so recipients never depend on test order.
    for (String d : List.of("D1", "D2", "D3")) {
      ensure("staff-" + d, "职员" + d, EnumSet.of(Role.CLERK, Role.REVIEWER, Role.APPROVER), Set.of(d));
      ensure("clerk-" + d, "窗口" + d, EnumSet.of(Role.CLERK), Set.of(d));
      ensure("reviewer-" + d, "审查" + d, EnumSet.of(Role.REVIEWER), Set.of(d));
      ensure("head-" + d, "负责人" + d, EnumSet.of(Role.HEAD), Set.of(d));
      ensure("supervisor-" + d, "督办" + d, EnumSet.of(Role.SUPERVISOR), Set.of(d));
    }
    loaded = true;
  }
}
