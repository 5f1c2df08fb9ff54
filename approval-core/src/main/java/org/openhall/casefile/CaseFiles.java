package org.openhall.casefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openhall.calendar.WorkingDays;
import org.openhall.catalogue.Catalogue;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.kernel.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading cases: by number, as the {@link CaseAccessPolicy} lets a person see them, and their clock. */
@Service
public class CaseFiles {

  private final Cases cases;
  private final Catalogue catalogue;
  private final WorkingDays workingDays;
  private final WarningPolicy warnings;
  private final ObjectMapper json;
  private final Clock clock;

  CaseFiles(Cases cases, Catalogue catalogue, WorkingDays workingDays, WarningPolicy warnings,
      ObjectMapper json, Clock clock) {
    this.cases = cases;
    this.catalogue = catalogue;
    this.workingDays = workingDays;
    this.warnings = warnings;
    this.json = json;
    this.clock = clock;
  }

  /** The case, whoever asks (for the engine and internal steps), or 404. */
  @Transactional(readOnly = true)
  public Case byNumber(String caseNumber) {
    return cases.findByCaseNumber(caseNumber)
        .orElseThrow(() -> DomainException.notFound("CASE_NOT_FOUND", caseNumber));
  }

  /** The cases of the given numbers, by number, in one query (for lists). */
  @Transactional(readOnly = true)
  public java.util.Map<String, Case> byNumbers(java.util.Collection<String> caseNumbers) {
    if (caseNumbers.isEmpty()) {
      return java.util.Map.of();
    }
    return cases.findByCaseNumberIn(java.util.Set.copyOf(caseNumbers)).stream()
        .collect(java.util.stream.Collectors.toMap(Case::caseNumber, c -> c));
  }

  /** The case if the {@link CaseAccessPolicy} lets {@code member} see it; 404 otherwise. */
  @Transactional(readOnly = true)
  public Case visibleTo(String caseNumber, Member member) {
    return cases.findByCaseNumber(caseNumber)
        .filter(c -> CaseAccessPolicy.canView(member, c))
        .orElseThrow(() -> DomainException.notFound("CASE_NOT_FOUND", caseNumber));
  }

  /** The cases the account filed or is the applicant of, newest first. */
  @Transactional(readOnly = true)
  public List<Case> casesOf(String accountId) {
    return cases.findOwnedBy(accountId);
  }

  /** Whether the case's item issues a licence (its guide names a licence title). */
  @Transactional(readOnly = true)
  public boolean issuesLicence(String caseNumber) {
    String title = catalogue.version(byNumber(caseNumber).itemVersionId()).guide().licenceTitle();
    return title != null && !title.isBlank();
  }

  /** The co-departments that review a joint case in parallel, as department codes. */
  @Transactional(readOnly = true)
  public List<String> coDepartments(String caseNumber) {
    return byNumber(caseNumber).coDepartments();
  }

  public Map<String, String> formData(Case c) {
    try {
      return json.readValue(c.formDataJson(), new TypeReference<LinkedHashMap<String, String>>() { });
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored form data of case " + c.caseNumber() + " is unreadable", e);
    }
  }

  /** The deadline colour of the case as its applicant sees it, from the {@link WarningPolicy}. */
  public WarningColour colourOf(Case c) {
    return warnings.colour(c, WarningPolicy.stageOf(c), null, workingDays.today(), workingDays.calendar());
  }

  /**
   * The clock of a case as the applicant sees it, read from its ledger. Call it inside the
   * transaction that loaded the case (the ledger rows load lazily).
   */
  public ClockReading clockOf(Case c) {
    var calendar = workingDays.calendar();
    LocalDate today = workingDays.today();
    LocalDate end = c.completedAt().map(i -> i.atZone(clock.getZone()).toLocalDate()).orElse(today);
    LocalDate started = null;
    int extended = 0;
    for (ClockEntry e : c.clockEntries()) {
      if (e.kind() == ClockEntry.Kind.START) {
        started = e.effectiveOn();
      } else if (e.kind() == ClockEntry.Kind.EXTENSION) {
        extended += e.workingDays();
      }
    }
    int stopped = c.clock().stoppedWorkingDays();
    int stoppedAfterStart = 0;
    LocalDate stopOn = null;
    for (ClockEntry e : c.clockEntries()) {
      if (e.kind() == ClockEntry.Kind.STOP) {
        stopOn = e.effectiveOn();
      } else if (e.kind() == ClockEntry.Kind.RESUME && started != null && !stopOn.isBefore(started)) {
        stoppedAfterStart += calendar.workingDaysBetween(stopOn, e.effectiveOn());
      }
    }
    var open = c.openStop();
    if (open.isPresent()) {
      int running = calendar.workingDaysBetween(open.get().effectiveOn(), end);
      stopped += running;
      if (started != null) {
        stoppedAfterStart += running;
      }
    }
    int used = started == null ? 0
        : Math.max(0, calendar.workingDaysBetween(started, end) - stoppedAfterStart);
    return new ClockReading(used, stopped, extended, started != null && open.isEmpty()
        && !c.status().completed());
  }

  /**
   * The clock read from the ledger: working days used (from the start, minus stops), working
   * days stopped (corrections and special procedures), working days granted by extensions.
   */
  public record ClockReading(int workingDaysUsed, int stoppedWorkingDays, int extendedWorkingDays,
      boolean running) {
  }
}
