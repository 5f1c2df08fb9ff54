package org.openhall.workflow;

import java.time.LocalDate;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.camunda.bpm.engine.RuntimeService;
import org.openhall.calendar.WorkingDayCalendar;
import org.openhall.calendar.WorkingDays;
import org.openhall.casefile.Case;
import org.openhall.casefile.CaseAcceptance;
import org.openhall.casefile.CaseFiles;
import org.openhall.casefile.WarningPolicy;
import org.openhall.supervision.DeadlineSupervision;
import org.openhall.supervision.DeadlineSupervision.WarningTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one deadline sweep (docs/adr/0008-legal-clock-policies.md): every interval, on one node at a time
 * (ShedLock on the database), it
 * <ol>
 *   <li>deems accepted (§32) each case whose acceptance period ended before today, and moves its process
 *       on to a person's decision;</li>
 *   <li>asks the {@link WarningPolicy} about each open work item whose next check day has come, brings its
 *       alerts in line (raise, refresh, resolve) and stores the next day anything can change.</li>
 * </ol>
 * Both read OpenHall's own indexed tables; there is no timer per case to re-date when a clock stops.
 */
@Component
public class DeadlineSweep {

  private static final Logger log = LoggerFactory.getLogger(DeadlineSweep.class);
  private static final int BATCH = 200;

  private final CaseAcceptance acceptance;
  private final CaseFiles cases;
  private final WorkItems workItems;
  private final WarningPolicy warnings;
  private final DeadlineSupervision supervision;
  private final RuntimeService runtime;
  private final WorkingDays workingDays;
  private final TransactionTemplate each;
  private final boolean enabled;

  DeadlineSweep(CaseAcceptance acceptance, CaseFiles cases, WorkItems workItems, WarningPolicy warnings,
      DeadlineSupervision supervision, RuntimeService runtime, WorkingDays workingDays,
      PlatformTransactionManager transactions,
      @org.springframework.beans.factory.annotation.Value("${openhall.sweep.enabled:true}") boolean enabled) {
    this.enabled = enabled;
    this.acceptance = acceptance;
    this.cases = cases;
    this.workItems = workItems;
    this.warnings = warnings;
    this.supervision = supervision;
    this.runtime = runtime;
    this.workingDays = workingDays;
    this.each = new TransactionTemplate(transactions);
  }

  /** The scheduled run: once per interval across all nodes. */
  @Scheduled(fixedDelayString = "${openhall.sweep.interval:PT5M}", initialDelayString = "${openhall.sweep.initial-delay:PT30S}")
  @SchedulerLock(name = "deadlineSweep", lockAtMostFor = "PT30M", lockAtLeastFor = "PT10S")
  public void scheduled() {
    if (!enabled) {
      return;
    }
    Result r = sweep();
    if (r.deemed() + r.checked() > 0) {
      log.info("Deadline sweep: {} deemed accepted, {} work item(s) checked, {} alert(s) raised",
          r.deemed(), r.checked(), r.raised());
    }
  }

  /** One sweep on today's date; tests call it directly after moving the clock. */
  public Result sweep() {
    LocalDate today = workingDays.today();
    int deemed = 0;
    for (String caseNumber : acceptance.acceptanceDueBy(today)) {
      Boolean done = each.execute(status -> {
        boolean now = acceptance.deemAcceptedIfDue(caseNumber);
        if (now) {
          runtime.createMessageCorrelation(ProcessVariables.MESSAGE_DEEMED_ACCEPTED)
              .processInstanceBusinessKey(caseNumber).correlateAll();
        }
        return now;
      });
      if (Boolean.TRUE.equals(done)) {
        deemed++;
      }
    }
    int checked = 0;
    int raised = 0;
    WorkingDayCalendar calendar = workingDays.calendar();
    List<String> batch;
    do {
      batch = each.execute(status -> workItems.dueForCheck(today, PageRequest.of(0, BATCH)).stream()
          .map(WorkItem::taskId).toList());
      for (String taskId : batch) {
        Integer n = each.execute(status -> check(taskId, today, calendar));
        raised += n == null ? 0 : n;
        checked++;
      }
    } while (batch.size() == BATCH);
    return new Result(deemed, checked, raised);
  }

  private int check(String taskId, LocalDate today, WorkingDayCalendar calendar) {
    WorkItem w = workItems.findById(taskId).orElseThrow();
    Case c = cases.byNumber(w.caseNumber());
    WarningPolicy.Assessment a = warnings.assess(c, w.stage(), w.stageDueDate(), today, calendar);
    List<?> raised = supervision.refresh(new WarningTarget(w.caseNumber(), w.stage(), w.departmentCode(),
        w.assignee(), w.role()), a.active());
    w.checked(a.nextCheck(), a.colour());
    return raised.size();
  }

  /** What one sweep did. */
  public record Result(int deemed, int checked, int raised) {
  }
}
