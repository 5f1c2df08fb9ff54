package org.openhall.console;

import java.time.Clock;
import org.openhall.casefile.Case;
import org.openhall.casefile.CaseManagement;
import org.openhall.catalogue.Catalogue;
import org.openhall.catalogue.ServiceGuide.RequiredMaterial;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.identity.Role;
import org.openhall.kernel.DomainException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads a case for staff: its departments' staff and supervisors only (404 for others). */
@Component
class StaffCases {

  private final CaseManagement cases;
  private final Catalogue catalogue;
  private final Clock clock;

  StaffCases(CaseManagement cases, Catalogue catalogue, Clock clock) {
    this.cases = cases;
    this.catalogue = catalogue;
    this.clock = clock;
  }

  /** The materials the case's item version requires, for the one-time correction notice. */
  @Transactional(readOnly = true)
  public java.util.List<RequiredMaterial> requirements(String caseNumber) {
    return catalogue.version(cases.byNumber(caseNumber).itemVersionId()).guide().materials();
  }

  @Transactional(readOnly = true)
  public StaffCaseView view(String caseNumber, Member staff) {
    Case c = cases.byNumber(caseNumber);
    boolean oversight = staff.has(Role.SUPERVISOR) || staff.has(Role.ADMIN);
    if (!oversight && !staff.departments().contains(c.departmentCode())) {
      throw DomainException.notFound("CASE_NOT_FOUND", caseNumber);
    }
    return StaffCaseView.of(c, cases.formData(c), clock.getZone());
  }
}
