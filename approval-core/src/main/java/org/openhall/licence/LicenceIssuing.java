package org.openhall.licence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openhall.casefile.Case;
import org.openhall.casefile.CaseDecisions;
import org.openhall.casefile.CaseFiles;
import org.openhall.casefile.LicenceAction;
import org.openhall.catalogue.Catalogue;
import org.openhall.catalogue.ItemVersion;
import org.openhall.catalogue.LicenceValidity;
import org.openhall.catalogue.form.CreditCode;
import org.openhall.catalogue.form.ResidentIdNumber;
import org.openhall.filestore.FileStore;
import org.openhall.identity.PartyKind;
import org.openhall.kernel.Counters;
import org.openhall.kernel.DomainException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 制证: renders, seals, stores and registers the licence of an approved case, then completes the
 * case. Issuing the same case twice returns the first licence.
 */
@Service
public class LicenceIssuing {

  /** Unambiguous characters for codes people type: no 0/O, 1/I/L. */

  private final Licences licences;
  private final CaseFiles cases;
  private final CaseDecisions decisions;
  private final Catalogue catalogue;
  private final LicenceRenderer renderer;
  private final DepartmentSeals seals;
  private final FileStore files;
  private final Counters counters;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final String verifyBaseUrl;

  LicenceIssuing(Licences licences, CaseFiles cases, CaseDecisions decisions, Catalogue catalogue,
      LicenceRenderer renderer, DepartmentSeals seals, FileStore files, Counters counters,
      ApplicationEventPublisher events, Clock clock,
      @Value("${openhall.public-base-url}") String publicBaseUrl) {
    this.licences = licences;
    this.cases = cases;
    this.decisions = decisions;
    this.catalogue = catalogue;
    this.renderer = renderer;
    this.seals = seals;
    this.files = files;
    this.counters = counters;
    this.events = events;
    this.clock = clock;
    this.verifyBaseUrl = publicBaseUrl.replaceAll("/+$", "") + "/verify/";
  }

  @Transactional
  public Licence issue(String caseNumber) {
    Optional<Licence> earlier = licences.findByCaseNumber(caseNumber);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    Case c = cases.byNumber(caseNumber);
    ItemVersion item = catalogue.version(c.itemVersionId());
    LocalDate today = LocalDate.now(clock);
    Licence previous = c.basedOnLicence().flatMap(licences::findByLicenceNumber).orElse(null);
    LicenceAction action = c.licenceAction().orElse(null);
    if (previous != null && action == LicenceAction.CANCELLATION) {
      return cancel(c, previous, today);
    }
    String title = Optional.ofNullable(item.guide().licenceTitle()).orElse(item.name() + "决定书");
    String number = item.code() + "-" + today.getYear() + "-"
        + String.format("%06d", counters.next("licence-" + item.code() + "-" + today.getYear()));
    String code = VerificationCodes.next();
    String holderId = c.applicant().partyId() == null ? "" : c.applicant().partyId();
    List<String> content = new ArrayList<>();
    content.add("办件编号：" + caseNumber);
    content.addAll(LicenceContent.lines(item.form(), cases.formData(c), c.applicant().name(),
        holderId));
    LicenceDocument document = new LicenceDocument(number, code, c.applicant().name(), holderId,
        item.name(), title, content, catalogue.departmentName(item.leadDepartment()), today,
        validUntil(item, previous, action, today), verifyUrl(code));
    byte[] pdf = seals.sealOf(item.leadDepartment()).sign(renderer.render(document));
    String sha = files.put(pdf);
    Licence next = new Licence(document,
        masked(c.applicant().kind(), holderId), caseNumber, item.code(), sha, clock.instant());
    if (previous != null) {
      // 变更, 延续: the next version replaces the held licence in the registry.
      next.replaces(previous.licenceNumber());
      previous.supersede(number, today);
      licences.save(previous);
    }
    Licence licence = licences.save(next);
    licence.heldBy(c.applicant().accountId(), holderId);
    decisions.issued(caseNumber, number);
    events.publishEvent(new LicenceIssued(caseNumber, number, code));
    return licence;
  }

  /** 注销 approved: the held licence is cancelled and the case completes without a new one. */
  private Licence cancel(Case c, Licence held, LocalDate today) {
    if (c.caseNumber().equals(held.cancelledByCase().orElse(null))) {
      return held;
    }
    held.cancel(c.caseNumber(), today);
    licences.save(held);
    decisions.issued(c.caseNumber(), null);
    return held;
  }

  /**
   * The end of a new licence: the item's rule from today; for a change (变更) the end of the licence it
   * replaces (a change alters the content, not the term); for a renewal (延续) the rule from the day
   * after the held licence ends, so the renewed term follows on without a gap or an overlap.
   */
  private static LocalDate validUntil(ItemVersion item, Licence previous, LicenceAction action,
      LocalDate today) {
    if (previous != null && action == LicenceAction.CHANGE) {
      return previous.validUntil();
    }
    if (previous != null && action == LicenceAction.RENEWAL && previous.validUntil() != null) {
      LocalDate start = previous.validUntil().plusDays(1);
      return item.licenceValidity().lastDay(start.isAfter(today) ? start : today).orElse(null);
    }
    return lastDay(item.code(), item.licenceValidity(), today);
  }

  /** The signed PDF of a case's licence. */
  @Transactional(readOnly = true)
  public byte[] pdfOf(String caseNumber) {
    Licence licence = licences.findByCaseNumber(caseNumber)
        .orElseThrow(() -> DomainException.notFound("LICENCE_NOT_FOUND", caseNumber));
    return files.get(licence.pdfSha256());
  }

  @Transactional(readOnly = true)
  public Optional<Licence> ofCase(String caseNumber) {
    return licences.findByCaseNumber(caseNumber);
  }

  /** Looks a licence up by the code printed under its QR code, or 404. */
  @Transactional(readOnly = true)
  public Licence verify(String verificationCode) {
    return licences.findByVerificationCode(verificationCode == null ? "" : verificationCode.strip().toUpperCase())
        .orElseThrow(() -> DomainException.notFound("LICENCE_UNKNOWN_CODE", verificationCode));
  }

  /**
   * The item's validity rule applied to a licence issued today; null: long-term. A fixed date
   * already past refuses to issue rather than print a licence that ended before it began.
   */
  static LocalDate lastDay(String itemCode, LicenceValidity validity, LocalDate today) {
    LocalDate lastDay = validity.lastDay(today).orElse(null);
    if (lastDay != null && lastDay.isBefore(today)) {
      throw DomainException.conflict("LICENCE_VALIDITY_ENDED", itemCode, lastDay, today);
    }
    return lastDay;
  }

  /** {@code openhall.public-base-url}/verify/{code}: the page the QR code opens. */
  String verifyUrl(String code) {
    return verifyBaseUrl + code;
  }


  static String masked(PartyKind kind, String partyId) {
    if (partyId == null || partyId.isBlank()) {
      return "";
    }
    return kind == PartyKind.ENTITY ? CreditCode.mask(partyId) : ResidentIdNumber.mask(partyId);
  }
}
