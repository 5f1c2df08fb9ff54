package org.openhall.workflow;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.openhall.casefile.Case;
import org.openhall.casefile.CaseFiling;
import org.openhall.casefile.CaseFiling.Check;
import org.openhall.casefile.CaseFiling.WindowSubmission;
import org.openhall.casefile.CaseStage;
import org.openhall.casefile.CaseSubmitted;
import org.openhall.casefile.CorrectionItem;
import org.openhall.casefile.MaterialRef;
import org.openhall.catalogue.ItemVersion;
import org.openhall.catalogue.ServiceGuide.RequiredMaterial;
import org.openhall.document.DocumentKind;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.identity.WalkInRegistration;
import org.openhall.identity.WalkInRegistration.WalkIn;
import org.openhall.kernel.DomainException;
import org.openhall.kernel.DomainException.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 一窗受理: a clerk takes a walk-in's application at the window in one step — finds or registers the
 * applicant, files the case (channel WINDOW), starts its process at once and completes its acceptance
 * task with the clerk's decision, exactly as the worklist would: the same rules, the same documents
 * (受理通知书, 不予受理决定书, 一次性告知书), an instant item decided on the spot, a filing recorded at
 * once. All of it commits together or not at all.
 */
@Service
public class WindowIntake {

  private final CaseFiling filing;
  private final WalkInRegistration registration;
  private final CaseProcesses processes;
  private final WorkItems workItems;
  private final Worklist worklist;

  WindowIntake(CaseFiling filing, WalkInRegistration registration, CaseProcesses processes,
      WorkItems workItems, Worklist worklist) {
    this.filing = filing;
    this.registration = registration;
    this.processes = processes;
    this.workItems = workItems;
    this.worklist = worklist;
  }

  /** The clerk's acceptance decision at the window. */
  public enum Outcome { ACCEPTED, NOT_ACCEPTED, CORRECTION_REQUIRED }

  /**
   * Takes the walk-in's application in. 403 INTAKE_ITEM_NOT_YOURS for an item of another department;
   * 400 VALIDATION_FAILED listing every faulty applicant field, form field (as online) and decision
   * field at once, and MATERIAL_MISSING for a required material neither given nor named in
   * the correction notice.
   */
  @Transactional
  public Taken intake(Member clerk, Application a) {
    ItemVersion item = filing.intakeItem(clerk, a.itemCode());
    boolean filingItem = FilingProcess.KEY.equals(item.category().processKey());
    Outcome outcome = a.outcome() == null ? Outcome.ACCEPTED : a.outcome();
    // an applicant found by their number is taken as recorded; only a new one is checked field by field
    java.util.Optional<Member> known = a.applicant() == null || a.applicant().kind() == null
        ? java.util.Optional.empty() : registration.find(a.applicant().partyId());
    List<Violation> problems = new ArrayList<>();
    if (known.isEmpty()) {
      problems.addAll(a.applicant() == null
          ? List.of(new Violation("applicant.kind", "INTAKE_APPLICANT_KIND_REQUIRED", List.of()))
          : registration.problems(a.applicant()));
    }
    problems.addAll(filing.formProblems(item, a.formData()));
    problems.addAll(decisionProblems(item, filingItem, outcome, a));
    if (!problems.isEmpty()) {
      throw new DomainException(DomainException.Kind.INVALID, "VALIDATION_FAILED", problems);
    }
    Member applicant = known.isPresent() ? known.get() : registration.findOrRegister(a.applicant(), clerk);
    Set<String> mayBeMissing = new LinkedHashSet<>();
    if (outcome == Outcome.CORRECTION_REQUIRED) {
      a.missing().forEach(m -> mayBeMissing.add(m.requirementId()));
    } else if (outcome == Outcome.NOT_ACCEPTED) {
      item.guide().materials().forEach(r -> mayBeMissing.add(r.id()));
    }
    Case c = filing.submitAtWindow(new WindowSubmission(clerk, applicant, a.itemCode(), a.formData(),
        a.materials(), a.checks(), mayBeMissing)).filedCase();
    processes.start(new CaseSubmitted(c.caseNumber(), c.processKey(), c.itemCode(), c.departmentCode()));
    if (!filingItem) {
      WorkItem accept = workItems.findByCaseNumberAndCompletedAtIsNull(c.caseNumber()).stream()
          .filter(w -> w.stage() == CaseStage.ACCEPT).findFirst()
          .orElseThrow(() -> new IllegalStateException("no acceptance task for " + c.caseNumber()));
      worklist.complete(accept.taskId(), clerk, new Completion(outcome.name(),
          outcome == Outcome.NOT_ACCEPTED ? a.reasons().strip() : blankToNull(a.opinion()), a.missing()));
    }
    return new Taken(c.caseNumber(), applicant.id(), outcome, filingItem, expected(outcome, filingItem,
        InstantApprovalProcess.KEY.equals(item.category().processKey())));
  }

  /** The documents the intake issues, printed at once: the receipt and the decision's notice. */
  static List<DocumentKind> expected(Outcome outcome, boolean filingItem, boolean instant) {
    if (filingItem) {
      return List.of(DocumentKind.RECEIPT, DocumentKind.FILING_RECEIPT);
    }
    return switch (outcome) {
      case ACCEPTED -> instant
          ? List.of(DocumentKind.RECEIPT, DocumentKind.ACCEPTANCE_NOTICE, DocumentKind.APPROVAL_DECISION)
          : List.of(DocumentKind.RECEIPT, DocumentKind.ACCEPTANCE_NOTICE);
      case NOT_ACCEPTED -> List.of(DocumentKind.RECEIPT, DocumentKind.NOT_ACCEPTED_DECISION);
      case CORRECTION_REQUIRED -> List.of(DocumentKind.RECEIPT, DocumentKind.CORRECTION_NOTICE);
    };
  }

  private static List<Violation> decisionProblems(ItemVersion item, boolean filingItem, Outcome outcome,
      Application a) {
    List<Violation> problems = new ArrayList<>();
    if (filingItem && outcome != Outcome.ACCEPTED) {
      problems.add(new Violation("decision.outcome", "INTAKE_FILING_RECORDED_AT_ONCE", List.of(item.name())));
      return problems;
    }
    if (outcome == Outcome.NOT_ACCEPTED && (a.reasons() == null || a.reasons().isBlank())) {
      problems.add(new Violation("decision.reasons", "INTAKE_REASONS_REQUIRED", List.of()));
    }
    if (outcome == Outcome.CORRECTION_REQUIRED) {
      if (a.missing().isEmpty()) {
        problems.add(new Violation("decision.missing", "INTAKE_CORRECTION_EMPTY", List.of()));
      }
      for (int i = 0; i < a.missing().size(); i++) {
        CorrectionItem m = a.missing().get(i);
        var requirement = m == null || m.requirementId() == null ? java.util.Optional.<RequiredMaterial>empty()
            : item.requirement(m.requirementId());
        if (requirement.isEmpty()) {
          problems.add(new Violation("decision.missing[" + i + "].requirementId", "REQUIREMENT_UNKNOWN",
              List.of(m == null ? "" : String.valueOf(m.requirementId()))));
        } else if (m.reason() == null || m.reason().isBlank()) {
          problems.add(new Violation("decision.missing[" + i + "].reason", "INTAKE_CORRECTION_REASON_REQUIRED",
              List.of(requirement.get().name())));
        }
      }
    }
    return problems;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /**
   * A walk-in's application as the clerk takes it: the applicant, the item, the form, the materials
   * (from the applicant's vault) with their checklist, and the decision — with its reasons when not
   * accepted, the missing or faulty materials when correction is required.
   */
  public record Application(WalkIn applicant, String itemCode, java.util.Map<String, String> formData,
      List<MaterialRef> materials, List<Check> checks, Outcome outcome, String opinion, String reasons,
      List<CorrectionItem> missing) {

    public Application {
      materials = materials == null ? List.of() : List.copyOf(materials);
      checks = checks == null ? List.of() : List.copyOf(checks);
      missing = missing == null ? List.of() : new ArrayList<>(missing);
    }
  }

  /** The case taken in, whose applicant, the decision, and the documents it issues. */
  public record Taken(String caseNumber, String applicantAccountId, Outcome outcome, boolean filing,
      List<DocumentKind> documents) {
  }
}
