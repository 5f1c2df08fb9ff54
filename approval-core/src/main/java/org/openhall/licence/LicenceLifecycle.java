package org.openhall.licence;

import java.time.Clock;
import java.time.LocalDate;
import org.openhall.casefile.Applicant;
import org.openhall.casefile.Case;
import org.openhall.casefile.CaseAccessPolicy;
import org.openhall.casefile.CaseFiles;
import org.openhall.casefile.HeldLicenceCheck;
import org.openhall.casefile.LicenceAction;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.identity.Role;
import org.openhall.kernel.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 证照生命周期: revocation by an approver of the issuing department, and the checks for cases that
 * change, renew or cancel a held licence ({@link HeldLicencePolicy}). Issuing the next version or
 * cancelling happens at the issue step ({@link LicenceIssuing}).
 */
@Service
public class LicenceLifecycle implements HeldLicenceCheck {

  private final Licences licences;
  private final CaseFiles cases;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  LicenceLifecycle(Licences licences, CaseFiles cases, ApplicationEventPublisher events, Clock clock) {
    this.licences = licences;
    this.cases = cases;
    this.events = events;
    this.clock = clock;
  }

  /**
   * 撤销 / 吊销 by an approver of the department that issued the licence (the lead department of its
   * case). Staff who may not see that case are told the licence does not exist; those who see it
   * without being its approver are refused.
   */
  @Transactional
  public Licence revoke(String licenceNumber, Member approver, RevocationKind kind, String reason) {
    Licence licence = byNumber(licenceNumber);
    Case issuedBy = cases.byNumber(licence.caseNumber());
    if (!CaseAccessPolicy.of(approver, issuedBy).canView() || issuedBy.belongsTo(approver.id())) {
      throw DomainException.notFound("LICENCE_NUMBER_UNKNOWN", licenceNumber);
    }
    if (!CaseAccessPolicy.canHandle(approver, issuedBy, Role.APPROVER)) {
      throw new DomainException(DomainException.Kind.FORBIDDEN, "APPROVER_OF_ISSUING_DEPARTMENT_REQUIRED",
          licenceNumber);
    }
    LocalDate today = LocalDate.now(clock);
    licence.revoke(kind, reason, approver.username(), clock.instant(), today);
    licences.save(licence);
    events.publishEvent(new LicenceRevoked(licence.caseNumber(), licence.licenceNumber(), kind,
        licence.revocationReason().orElseThrow(), today));
    return licence;
  }

  /** A licence for staff who may see the case that issued it; 404 for everyone else and unknown numbers. */
  @Transactional(readOnly = true)
  public Licence visibleTo(String licenceNumber, Member staff) {
    Licence licence = byNumber(licenceNumber);
    if (!CaseAccessPolicy.canView(staff, cases.byNumber(licence.caseNumber()))) {
      throw DomainException.notFound("LICENCE_NUMBER_UNKNOWN", licenceNumber);
    }
    return licence;
  }

  /** A licence by its number (404 for unknown numbers). */
  @Transactional(readOnly = true)
  public Licence byNumber(String licenceNumber) {
    return licences.findByLicenceNumber(licenceNumber == null ? "" : licenceNumber.strip())
        .orElseThrow(() -> DomainException.notFound("LICENCE_NUMBER_UNKNOWN", licenceNumber));
  }

  @Override
  @Transactional(readOnly = true)
  public void check(Applicant applicant, String itemCode, String licenceNumber, LicenceAction action,
      LocalDate today) {
    Licence licence = licences.findByLicenceNumber(licenceNumber)
        .orElseThrow(() -> DomainException.notFound("HELD_LICENCE_NOT_FOUND", licenceNumber));
    HeldLicencePolicy.check(licence, cases.byNumber(licence.caseNumber()).applicant(), applicant, itemCode,
        action, today);
  }

  @Override
  @Transactional(readOnly = true)
  public void checkStillValid(String licenceNumber, LocalDate today) {
    byNumber(licenceNumber).requireValid(today);
  }
}
