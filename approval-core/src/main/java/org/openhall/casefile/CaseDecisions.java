package org.openhall.casefile;

import java.time.Clock;
import org.openhall.calendar.WorkingDays;
import org.openhall.catalogue.Catalogue;
import org.openhall.catalogue.ItemVersion;
import org.openhall.catalogue.ServiceGuide.RequiredMaterial;
import org.openhall.kernel.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 审查, 决定, 制证: review opinions, the decision (or return to review), issuing, and filing. */
@Service
public class CaseDecisions {

  private final Cases cases;
  private final Catalogue catalogue;
  private final WorkingDays workingDays;
  private final Clock clock;
  private final HeldLicenceCheck heldLicences;

  CaseDecisions(Cases cases, Catalogue catalogue, WorkingDays workingDays, Clock clock,
      HeldLicenceCheck heldLicences) {
    this.cases = cases;
    this.catalogue = catalogue;
    this.workingDays = workingDays;
    this.clock = clock;
    this.heldLicences = heldLicences;
  }

  /** One department's review opinion ({@code department}: the department of the review task). */
  @Transactional
  public Case review(String caseNumber, Actor reviewer, boolean passed, String opinion, String department) {
    Case c = byNumber(caseNumber);
    c.review(reviewer, clock.instant(), passed, opinion,
        department == null || department.equals(c.departmentCode()) ? null : department);
    return cases.save(c);
  }

  /** The decision; approving over a failed review needs the overruling reason in {@code opinion}. */
  @Transactional
  public Case decide(String caseNumber, Actor approver, boolean approved, String opinion) {
    Case c = byNumber(caseNumber);
    if (approved && !c.outstandingDeferrables().isEmpty()) {
      ItemVersion item = catalogue.version(c.itemVersionId());
      throw DomainException.conflict("DEFERRABLE_MATERIALS_OUTSTANDING", caseNumber,
          String.join("、", c.outstandingDeferrables().stream()
              .map(id -> item.requirement(id).map(RequiredMaterial::name).orElse(id)).toList()));
    }
    if (approved && c.basedOnLicence().isPresent()) {
      // A change, renewal or cancellation of a licence revoked or ended meanwhile can only be denied.
      heldLicences.checkStillValid(c.basedOnLicence().get(), workingDays.today());
    }
    c.decide(approver, clock.instant(), approved, opinion);
    return cases.save(c);
  }

  /** 退回: back to review with the approver's written reason. */
  @Transactional
  public Case returnToReview(String caseNumber, Actor approver, String reason) {
    Case c = byNumber(caseNumber);
    c.returnToReview(approver, clock.instant(), reason);
    return cases.save(c);
  }

  /** 制证 done (or, for an item without a licence, the approved case completed). */
  @Transactional
  public Case issued(String caseNumber, String licenceNumber) {
    Case c = byNumber(caseNumber);
    c.issued(Actor.SYSTEM, clock.instant(), licenceNumber);
    return cases.save(c);
  }

  /** 备案: recorded at once, status FILED. */
  @Transactional
  public Case file(String caseNumber) {
    Case c = byNumber(caseNumber);
    c.file(Actor.SYSTEM, clock.instant(), workingDays.calendar());
    return cases.save(c);
  }

  private Case byNumber(String caseNumber) {
    return cases.findByCaseNumber(caseNumber)
        .orElseThrow(() -> DomainException.notFound("CASE_NOT_FOUND", caseNumber));
  }
}
