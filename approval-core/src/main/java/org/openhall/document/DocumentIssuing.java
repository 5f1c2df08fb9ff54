package org.openhall.document;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.openhall.casefile.Case;
import org.openhall.casefile.CaseFiles;
import org.openhall.filestore.FileStore;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.kernel.DomainException;
import org.openhall.kernel.PublicNames;
import org.openhall.licence.Licence;
import org.openhall.licence.LicenceIssuing;
import org.openhall.licence.LicenceRenderer;
import org.openhall.licence.RevocationKind;
import org.openhall.licence.DepartmentSeals;
import org.openhall.licence.VerificationCodes;
import org.openhall.organisation.DepartmentDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 出具文书: renders, seals (with the case department's seal), stores and registers a case's notices and
 * decisions, once per case, kind and step; lists them to those who may see the case and verifies them.
 */
@Service
public class DocumentIssuing {

  /** The language of the documents themselves. */
  static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  /** Unambiguous characters for codes people type: no 0/O, 1/I/L. */

  private final OfficialDocuments documents;
  private final CaseFiles cases;
  private final DocumentRenderer renderer;
  private final DepartmentSeals seals;
  private final FileStore files;
  private final DepartmentDirectory departments;
  private final MessageSource messages;
  private final Clock clock;
  private final LicenceIssuing licences;
  private final String verifyBaseUrl;

  DocumentIssuing(OfficialDocuments documents, CaseFiles cases, DepartmentSeals seals, LicenceRenderer fonts,
      FileStore files,
      DepartmentDirectory departments, MessageSource messages, Clock clock, LicenceIssuing licences,
      @Value("${openhall.public-base-url}") String publicBaseUrl) {
    this.licences = licences;
    this.documents = documents;
    this.cases = cases;
    this.renderer = new DocumentRenderer(fonts);
    this.seals = seals;
    this.files = files;
    this.departments = departments;
    this.messages = messages;
    this.clock = clock;
    this.verifyBaseUrl = publicBaseUrl.replaceAll("/+$", "") + "/verify/";
  }

  /**
   * Issues the document of {@code kind} for the step {@code sequence} of the case unless it exists.
   *
   * @param paragraphs the body, in Chinese, without addressee and closing
   */
  @Transactional
  void issue(Case c, DocumentKind kind, int sequence, List<String> paragraphs) {
    if (documents.existsByCaseNumberAndKindAndSequence(c.caseNumber(), kind, sequence)) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    String code = VerificationCodes.next();
    String title = kindName(kind, CHINESE);
    String issuer = departments.nameOf(c.departmentCode());
    List<String> body = new java.util.ArrayList<>(paragraphs);
    body.add(text("document.closing"));
    byte[] pdf = seals.sealOf(c.departmentCode()).sign(renderer.render(new DocumentRenderer.Content(title,
        text("document.reference", c.caseNumber()), text("document.addressee", c.applicant().name()), body,
        issuer, today, code, verifyBaseUrl + code)));
    String sha = files.put(pdf);
    documents.save(new OfficialDocument(c.caseNumber(), kind, sequence, title, clock.instant(), today, code,
        c.departmentCode(), issuer, sha));
  }

  /** The case's documents in the order issued, if {@code member} may see the case; 404 otherwise. */
  @Transactional(readOnly = true)
  public List<OfficialDocument> of(String caseNumber, Member member) {
    cases.visibleTo(caseNumber, member);
    return documents.findByCaseNumberOrderByIssuedAtAscSequenceAsc(caseNumber).stream()
        .sorted(IN_ORDER_OF_STEPS).toList();
  }

  /**
   * The order a case's documents were issued in. MySQL keeps whole seconds (Connector/J with
   * sendFractionalSeconds=false, as Camunda asks), and a receipt and an acceptance notice issued
   * within one second must still list in the order of the steps: within a second, by the step.
   */
  static final java.util.Comparator<OfficialDocument> IN_ORDER_OF_STEPS = java.util.Comparator
      .comparing((OfficialDocument d) -> d.issuedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
      .thenComparingInt(d -> stepRank(d.kind()))
      .thenComparing(OfficialDocument::issuedAt)
      .thenComparingInt(OfficialDocument::sequence);

  /** Where in a case's life a document's step comes. */
  static int stepRank(DocumentKind kind) {
    return switch (kind) {
      case RECEIPT -> 0;
      case CORRECTION_NOTICE -> 1;
      case ACCEPTANCE_NOTICE, NOT_ACCEPTED_DECISION, FILING_RECEIPT -> 2;
      case SPECIAL_PROCEDURE_NOTICE, EXTENSION_NOTICE, SPECIAL_PROCEDURE_END_NOTICE -> 3;
      case APPROVAL_DECISION, DENIAL_DECISION -> 4;
      case ANNULMENT_DECISION, REVOCATION_PENALTY_DECISION -> 5;
    };
  }

  /** The sealed PDF of one document of the case, if {@code member} may see the case; 404 otherwise. */
  @Transactional(readOnly = true)
  public byte[] pdfOf(String caseNumber, String documentId, Member member) {
    cases.visibleTo(caseNumber, member);
    OfficialDocument d = documents.findByCaseNumberAndId(caseNumber, documentId)
        .orElseThrow(() -> DomainException.notFound("DOCUMENT_NOT_FOUND", documentId));
    return files.get(d.pdfSha256());
  }

  /** Looks a document up by the code printed under its QR code; unknown codes and guesses alike 404. */
  @Transactional(readOnly = true)
  public OfficialDocument verify(String verificationCode) {
    String code = verificationCode == null ? "" : verificationCode.strip().toUpperCase(Locale.ROOT);
    return documents.findByVerificationCode(code)
        .orElseThrow(() -> DomainException.notFound("DOCUMENT_UNKNOWN_CODE", code));
  }

  /** The case's documents as listed to the applicant and staff, titles in the reader's language; 404 as {@link #of}. */
  @Transactional(readOnly = true)
  public List<Listed> listed(String caseNumber, Member member, Locale locale) {
    return of(caseNumber, member).stream()
        .map(d -> new Listed(d.id(), d.kind(), kindName(d.kind(), locale),
            d.issuedAt().atZone(clock.getZone()).toOffsetDateTime(), d.verificationCode()))
        .toList();
  }

  /**
   * What the public learns from a verification code: the addressee's name masked, the case number
   * masked, and whether the document still stands: a 准予许可决定书 whose licence was annulled (撤销,
   * §69) no longer does.
   */
  @Transactional(readOnly = true)
  public Check check(String verificationCode) {
    OfficialDocument d = verify(verificationCode);
    Case c = cases.byNumber(d.caseNumber());
    return new Check(d.kind(), d.title(), statusOf(d), PublicNames.masked(c.applicant().name()),
        masked(d.caseNumber()), d.issuedOn(), d.departmentName());
  }

  private DocumentStatus statusOf(OfficialDocument d) {
    if (d.kind() == DocumentKind.APPROVAL_DECISION && licences.ofCase(d.caseNumber())
        .flatMap(Licence::revocationKind).filter(k -> k == RevocationKind.ANNULMENT).isPresent()) {
      return DocumentStatus.ANNULLED;
    }
    return DocumentStatus.IN_FORCE;
  }

  /** Whether a document still stands. */
  public enum DocumentStatus {
    IN_FORCE,
    /** The decision was annulled with its licence (撤销行政许可, §69). */
    ANNULLED
  }

  /** Keeps the first four and last three characters of a case number. */
  static String masked(String caseNumber) {
    if (caseNumber.length() <= 7) {
      return "*".repeat(caseNumber.length());
    }
    return caseNumber.substring(0, 4) + "*".repeat(caseNumber.length() - 7)
        + caseNumber.substring(caseNumber.length() - 3);
  }

  /** One line of a case's document list. */
  public record Listed(String documentId, DocumentKind kind, String title, OffsetDateTime issuedAt,
      String verificationCode) {
  }

  /** A verified document as the public sees it. */
  public record Check(DocumentKind kind, String title, DocumentStatus status, String addresseeMasked,
      String caseNumberMasked, LocalDate issuedOn, String issuer) {
  }

  /** The kind's title in the reader's language. */
  public String kindName(DocumentKind kind, Locale locale) {
    return messages.getMessage("document.kind." + kind.name(), null, kind.name(), locale);
  }

  String text(String key, Object... args) {
    return messages.getMessage(key, args, CHINESE);
  }

  String text(String key, Locale locale) {
    return messages.getMessage(key, null, key, locale);
  }

}
