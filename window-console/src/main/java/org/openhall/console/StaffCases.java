package org.openhall.console;

import java.time.Clock;
import java.util.List;
import org.openhall.casefile.Case;
import org.openhall.casefile.CaseAccessPolicy;
import org.openhall.casefile.CaseFiles;
import org.openhall.catalogue.Catalogue;
import org.openhall.catalogue.ServiceGuide.RequiredMaterial;
import org.openhall.catalogue.form.FormField;
import org.openhall.identity.AccountDirectory.Member;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads a case for staff as the {@link CaseAccessPolicy} allows (404 for everyone else). */
@Component
class StaffCases {

  private final CaseFiles cases;
  private final Catalogue catalogue;
  private final Clock clock;

  StaffCases(CaseFiles cases, Catalogue catalogue, Clock clock) {
    this.cases = cases;
    this.catalogue = catalogue;
    this.clock = clock;
  }

  /** The materials the case's item version requires, for the one-time correction notice. */
  @Transactional(readOnly = true)
  public List<RequiredMaterial> requirements(String caseNumber) {
    return catalogue.version(cases.byNumber(caseNumber).itemVersionId()).guide().materials();
  }

  /** The fields of the case's application form, in the form's order. */
  @Transactional(readOnly = true)
  public List<FormField> formFields(String caseNumber) {
    return catalogue.version(cases.byNumber(caseNumber).itemVersionId()).form().fields();
  }

  @Transactional(readOnly = true)
  public StaffCaseView view(String caseNumber, Member staff) {
    Case c = cases.visibleTo(caseNumber, staff);
    return StaffCaseView.of(c, cases.formData(c), clock.getZone(), CaseAccessPolicy.of(staff, c));
  }
}
