package org.openhall.document;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openhall.casefile.Case;
import org.openhall.casefile.CaseAccepted;
import org.openhall.casefile.CaseAction;
import org.openhall.casefile.CaseCompleted;
import org.openhall.casefile.CaseCorrectionRequired;
import org.openhall.casefile.CaseDecided;
import org.openhall.casefile.CaseEvent;
import org.openhall.casefile.CaseExtended;
import org.openhall.casefile.CaseFiles;
import org.openhall.casefile.CaseStatus;
import org.openhall.casefile.CaseSubmitted;
import org.openhall.casefile.CorrectionItem;
import org.openhall.casefile.SpecialProcedureEnded;
import org.openhall.casefile.SpecialProcedureStarted;
import org.openhall.catalogue.Catalogue;
import org.openhall.catalogue.ServiceGuide.RequiredMaterial;
import org.openhall.licence.LicenceRenderer;
import org.openhall.licence.LicenceRevoked;
import org.openhall.licence.RevocationKind;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes each notice or decision at its step (after the step commits, tracked by the event publication
 * registry): receipt, acceptance, refusal, correction, extension, special procedure, decision, filing,
 * and the revocation of the licence.
 */
@Component
class DocumentSteps {

  /** Kinds a case has at most once are issued as step 1. */
  private static final int ONCE = 1;

  private final DocumentIssuing issuing;
  private final CaseFiles cases;
  private final Catalogue catalogue;
  private final Clock clock;

  DocumentSteps(DocumentIssuing issuing, CaseFiles cases, Catalogue catalogue, Clock clock) {
    this.issuing = issuing;
    this.cases = cases;
    this.catalogue = catalogue;
    this.clock = clock;
  }

  @ApplicationModuleListener
  void on(CaseSubmitted submitted) {
    Case c = cases.byNumber(submitted.caseNumber());
    issuing.issue(c, DocumentKind.RECEIPT, ONCE, List.of(opening("document.RECEIPT.body", c)));
  }

  @ApplicationModuleListener
  void on(CaseAccepted accepted) {
    Case c = cases.byNumber(accepted.caseNumber());
    boolean deemed = c.timeline().stream().anyMatch(e -> e.action() == CaseAction.DEEMED_ACCEPTED);
    issuing.issue(c, DocumentKind.ACCEPTANCE_NOTICE, ONCE, List.of(
        opening(deemed ? "document.ACCEPTANCE_NOTICE.deemed" : "document.ACCEPTANCE_NOTICE.body", c),
        issuing.text("document.ACCEPTANCE_NOTICE.due", date(accepted.dueDate()), date(accepted.legalDueDate()))));
  }

  @ApplicationModuleListener
  void on(CaseCompleted completed) {
    Case c = cases.byNumber(completed.caseNumber());
    if (completed.status() == CaseStatus.NOT_ACCEPTED) {
      issuing.issue(c, DocumentKind.NOT_ACCEPTED_DECISION, ONCE, List.of(
          opening("document.NOT_ACCEPTED_DECISION.body", c),
          issuing.text("document.reasons", noteOf(c, CaseAction.NOT_ACCEPTED)),
          issuing.text("document.appeal")));
    } else if (completed.status() == CaseStatus.FILED) {
      issuing.issue(c, DocumentKind.FILING_RECEIPT, ONCE, List.of(opening("document.FILING_RECEIPT.body", c)));
    }
  }

  @ApplicationModuleListener
  void on(CaseCorrectionRequired correction) {
    Case c = cases.byNumber(correction.caseNumber());
    Map<String, String> names = catalogue.version(c.itemVersionId()).guide().materials().stream()
        .collect(Collectors.toMap(RequiredMaterial::id, RequiredMaterial::name, (a, b) -> a));
    List<String> body = new ArrayList<>();
    body.add(opening("document.CORRECTION_NOTICE.body", c));
    int n = 1;
    for (CorrectionItem item : correction.items()) {
      body.add(issuing.text("document.CORRECTION_NOTICE.item", String.valueOf(n++),
          names.getOrDefault(item.requirementId(), item.requirementId()), reason(item.reason())));
    }
    body.add(issuing.text("document.CORRECTION_NOTICE.closing"));
    issuing.issue(c, DocumentKind.CORRECTION_NOTICE, correction.step(), body);
  }

  @ApplicationModuleListener
  void on(CaseExtended extended) {
    Case c = cases.byNumber(extended.caseNumber());
    issuing.issue(c, DocumentKind.EXTENSION_NOTICE, extended.step(), List.of(
        issuing.text("document.EXTENSION_NOTICE.body", c.itemName(), c.caseNumber(), reason(extended.reason()),
            String.valueOf(extended.workingDays()), date(extended.newDueDate()))));
  }

  @ApplicationModuleListener
  void on(SpecialProcedureStarted started) {
    Case c = cases.byNumber(started.caseNumber());
    String kind = issuing.text("special." + started.kind().name(), DocumentIssuing.CHINESE);
    issuing.issue(c, DocumentKind.SPECIAL_PROCEDURE_NOTICE, started.step(), List.of(
        issuing.text("document.SPECIAL_PROCEDURE_NOTICE.body", c.itemName(), c.caseNumber(), kind,
            String.valueOf(started.expectedWorkingDays())),
        issuing.text("document.SPECIAL_PROCEDURE_NOTICE.reason", reason(started.reason()))));
  }

  @ApplicationModuleListener
  void on(SpecialProcedureEnded ended) {
    Case c = cases.byNumber(ended.caseNumber());
    String kind = ended.kind() == null ? issuing.text("document.reason.none")
        : issuing.text("special." + ended.kind().name(), DocumentIssuing.CHINESE);
    List<String> body = new ArrayList<>();
    body.add(issuing.text("document.SPECIAL_PROCEDURE_END_NOTICE.body", c.itemName(), c.caseNumber(), kind,
        String.valueOf(ended.stoppedWorkingDays())));
    body.add(issuing.text("document.SPECIAL_PROCEDURE_END_NOTICE.due", date(ended.dueDate()),
        date(ended.legalDueDate())));
    if (ended.note() != null) {
      body.add(issuing.text("document.SPECIAL_PROCEDURE_END_NOTICE.note", ended.note()));
    }
    issuing.issue(c, DocumentKind.SPECIAL_PROCEDURE_END_NOTICE, ended.step(), body);
  }

  @ApplicationModuleListener
  void on(CaseDecided decided) {
    Case c = cases.byNumber(decided.caseNumber());
    List<String> body = new ArrayList<>();
    if (decided.approved()) {
      body.add(opening("document.APPROVAL_DECISION.body", c));
      if (decided.reasons() != null && !decided.reasons().isBlank()) {
        body.add(issuing.text("document.APPROVAL_DECISION.opinion", decided.reasons().strip()));
      }
      issuing.issue(c, DocumentKind.APPROVAL_DECISION, ONCE, body);
    } else {
      body.add(opening("document.DENIAL_DECISION.body", c));
      body.add(issuing.text("document.reasons", reason(decided.reasons())));
      body.add(issuing.text("document.appeal"));
      issuing.issue(c, DocumentKind.DENIAL_DECISION, ONCE, body);
    }
  }

  @ApplicationModuleListener
  void on(LicenceRevoked revoked) {
    Case c = cases.byNumber(revoked.caseNumber());
    DocumentKind kind = revoked.kind() == RevocationKind.ANNULMENT
        ? DocumentKind.ANNULMENT_DECISION : DocumentKind.REVOCATION_PENALTY_DECISION;
    issuing.issue(c, kind, ONCE, List.of(
        issuing.text("document." + kind.name() + ".body", c.itemName(), revoked.licenceNumber(), c.caseNumber(),
            date(revoked.revokedOn())),
        issuing.text("document.reasons", reason(revoked.reason())),
        issuing.text("document.appeal")));
  }

  /** The first paragraph most documents share: when, what and which case. */
  private String opening(String key, Case c) {
    LocalDate received = c.submittedAt().atZone(clock.getZone()).toLocalDate();
    return issuing.text(key, date(received), c.itemName(), c.caseNumber());
  }

  private String noteOf(Case c, CaseAction action) {
    return reason(c.timeline().stream().filter(e -> e.action() == action).reduce((a, b) -> b)
        .map(CaseEvent::note).orElse(null));
  }

  private String reason(String text) {
    return text == null || text.isBlank() ? issuing.text("document.reason.none") : text.strip();
  }

  private static String date(LocalDate date) {
    return date == null ? "—" : LicenceRenderer.chineseDate(date);
  }

}
