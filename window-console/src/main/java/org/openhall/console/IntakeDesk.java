package org.openhall.console;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.openhall.casefile.Case;
import org.openhall.casefile.CaseFiles;
import org.openhall.catalogue.form.CreditCode;
import org.openhall.catalogue.form.PhoneNumber;
import org.openhall.catalogue.form.ResidentIdNumber;
import org.openhall.document.DocumentIssuing;
import org.openhall.document.DocumentKind;
import org.openhall.identity.AccountDirectory;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.identity.PartyKind;
import org.openhall.identity.Role;
import org.openhall.identity.WalkInRegistration;
import org.openhall.kernel.DomainException;
import org.openhall.material.Material;
import org.openhall.material.MaterialVault;
import org.openhall.workflow.WindowIntake;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * 一窗受理 for the console's page and API: only clerks take walk-ins in; after the intake commits, the
 * documents it issues are awaited a few seconds so that the clerk can print them at once.
 */
@Component
class IntakeDesk {

  /** How long the answer waits for the intake's documents (they are rendered after the commit). */
  static final Duration DOCUMENT_PATIENCE = Duration.ofSeconds(20);

  private final AccountDirectory accounts;
  private final WalkInRegistration registration;
  private final WindowIntake intake;
  private final MaterialVault vault;
  private final DocumentIssuing documents;
  private final CaseFiles cases;
  private final MessageSource messages;
  private final org.openhall.casefile.CaseFiling filing;
  private final org.openhall.catalogue.Catalogue catalogue;

  IntakeDesk(AccountDirectory accounts, WalkInRegistration registration, WindowIntake intake,
      MaterialVault vault, DocumentIssuing documents, CaseFiles cases, MessageSource messages,
      org.openhall.casefile.CaseFiling filing, org.openhall.catalogue.Catalogue catalogue) {
    this.filing = filing;
    this.catalogue = catalogue;
    this.accounts = accounts;
    this.registration = registration;
    this.intake = intake;
    this.vault = vault;
    this.documents = documents;
    this.cases = cases;
    this.messages = messages;
  }

  /** The signed-in clerk, or 403 INTAKE_CLERKS_ONLY. */
  Member clerk(String username) {
    Member me = accounts.require(username);
    if (!me.has(Role.CLERK)) {
      throw new DomainException(DomainException.Kind.FORBIDDEN, "INTAKE_CLERKS_ONLY");
    }
    return me;
  }

  Optional<Member> find(String number) {
    return registration.find(number);
  }

  Member findOrRegister(Member clerk, WalkInRegistration.WalkIn walkIn) {
    return registration.findOrRegister(walkIn, clerk);
  }

  /** A walk-in applicant by account id (from a lookup), or 404 INTAKE_APPLICANT_NOT_FOUND. */
  Member applicant(String accountId) {
    return accounts.byId(accountId == null ? "" : accountId)
        .filter(m -> m.has(Role.APPLICANT) && (m.kind() == PartyKind.PERSON || m.kind() == PartyKind.ENTITY))
        .orElseThrow(() -> DomainException.notFound("INTAKE_APPLICANT_NOT_FOUND"));
  }

  /** A scan uploaded by the clerk into the applicant's vault, on their behalf. */
  Material upload(Member applicant, String fileName, byte[] bytes) {
    return vault.store(applicant.id(), fileName, bytes);
  }

  Material material(Member applicant, String materialId) {
    return vault.ownedBy(applicant.id(), materialId);
  }

  /** Takes the application in, then waits (a bounded while) for the documents it issues. */
  IntakeView take(Member clerk, WindowIntake.Application application, Locale locale) {
    WindowIntake.Taken taken = intake.intake(clerk, application);
    return view(taken.caseNumber(), clerk, taken.documents(), locale);
  }

  /** The case taken in with its documents so far; waits for the {@code expected} kinds a bounded while. */
  IntakeView view(String caseNumber, Member clerk, List<DocumentKind> expected, Locale locale) {
    // patience is measured on the monotonic timer: it is not business time, the injected clock is
    long giveUp = System.nanoTime() + DOCUMENT_PATIENCE.toNanos();
    List<DocumentIssuing.Listed> issued = documents.listed(caseNumber, clerk, locale);
    while (!issuedAll(issued, expected) && System.nanoTime() - giveUp < 0) {
      try {
        Thread.sleep(150);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      issued = documents.listed(caseNumber, clerk, locale);
    }
    Case c = cases.visibleTo(caseNumber, clerk);
    Member applicant = accounts.byId(c.applicant().accountId()).orElse(null);
    var item = catalogue.version(c.itemVersionId());
    List<Tick> checklist = filing.verificationsOf(caseNumber).stream()
        .map(v -> new Tick(v.requirementId(), item.requirement(v.requirementId())
            .map(r -> r.name()).orElse(v.requirementId()), v.originalSeen(), v.copiesTaken()))
        .toList();
    return IntakeView.of(c, applicant, issued, !issuedAll(issued, expected),
        messages.getMessage("status." + c.status().name(), null, c.status().name(), locale), checklist);
  }

  private static boolean issuedAll(List<DocumentIssuing.Listed> issued, List<DocumentKind> expected) {
    Set<DocumentKind> kinds = issued.stream().map(DocumentIssuing.Listed::kind).collect(Collectors.toSet());
    return kinds.containsAll(expected);
  }

  /**
   * The walk-in case as the handling clerk sees it at once: the applicant's details in full (the clerk
   * just took them), the status in words, and each document with its download address.
   */
  record IntakeView(String caseNumber, String status, String statusText, String itemCode, String itemName,
      String channel, ApplicantView applicant, List<Tick> checklist, List<DocumentView> documents,
      boolean documentsPending) {

    static IntakeView of(Case c, Member applicant, List<DocumentIssuing.Listed> issued, boolean pending,
        String statusText, List<Tick> checklist) {
      return new IntakeView(c.caseNumber(), c.status().name(), statusText, c.itemCode(), c.itemName(),
          c.channel().name(), ApplicantView.of(applicant, c), checklist, issued.stream()
          .map(d -> new DocumentView(d.documentId(), d.kind().name(), d.title(), d.issuedAt(),
              d.verificationCode(), "/api/v1/console/cases/" + c.caseNumber() + "/documents/"
              + d.documentId() + ".pdf",
              "/console/cases/" + c.caseNumber() + "/documents/" + d.documentId() + ".pdf"))
          .toList(), pending);
    }
  }

  /** 材料核验: one material as the clerk ticked it. */
  record Tick(String requirementId, String name, boolean originalSeen, boolean copiesTaken) {
  }

  /** One issued document and where to fetch it (API and console page). */
  record DocumentView(String documentId, String kind, String title, OffsetDateTime issuedAt,
      String verificationCode, String url, String pageUrl) {
  }

  /** The applicant as the handling clerk sees them: the numbers in full and masked. */
  record ApplicantView(String applicantId, String kind, String name, String idNumber, String creditCode,
      String partyIdMasked, String phone, String phoneMasked, boolean registeredAtWindow) {

    static ApplicantView of(Member m, Case c) {
      String partyId = m == null ? c.applicant().partyId() : m.partyId();
      PartyKind kind = m == null ? c.applicant().kind() : m.kind();
      String phone = m == null ? c.applicant().phone() : m.phone();
      boolean company = kind == PartyKind.ENTITY;
      return new ApplicantView(m == null ? c.applicant().accountId() : m.id(), kind.name(),
          m == null ? c.applicant().name() : m.displayName(), company ? null : partyId,
          company ? partyId : null, company ? CreditCode.mask(partyId) : ResidentIdNumber.mask(partyId),
          phone, PhoneNumber.mask(phone), m != null && m.passwordHash() != null
          && m.passwordHash().equals(org.openhall.identity.Account.NO_PASSWORD));
    }

    static ApplicantView of(Member m) {
      boolean company = m.kind() == PartyKind.ENTITY;
      return new ApplicantView(m.id(), m.kind().name(), m.displayName(), company ? null : m.partyId(),
          company ? m.partyId() : null, company ? CreditCode.mask(m.partyId()) : ResidentIdNumber.mask(m.partyId()),
          m.phone(), PhoneNumber.mask(m.phone()),
          org.openhall.identity.Account.NO_PASSWORD.equals(m.passwordHash()));
    }
  }
}
