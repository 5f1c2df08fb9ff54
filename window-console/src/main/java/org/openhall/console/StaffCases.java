package org.openhall.console;

import java.time.Clock;
import java.util.List;
import org.openhall.casefile.Case;
import org.openhall.casefile.CaseAccessPolicy;
import org.openhall.casefile.CaseFiles;
import org.openhall.casefile.LicenceMaterialRef;
import org.openhall.catalogue.Catalogue;
import org.openhall.catalogue.ServiceGuide.RequiredMaterial;
import org.openhall.catalogue.form.FormField;
import org.openhall.console.StaffCaseView.GivenLicence;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.kernel.DomainException;
import org.openhall.licence.LicenceWallet;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads a case for staff as the {@link CaseAccessPolicy} allows (404 for everyone else). */
@Component
class StaffCases {

  private final CaseFiles cases;
  private final Catalogue catalogue;
  private final Clock clock;
  private final LicenceWallet wallet;

  StaffCases(CaseFiles cases, Catalogue catalogue, Clock clock, LicenceWallet wallet) {
    this.cases = cases;
    this.catalogue = catalogue;
    this.clock = clock;
    this.wallet = wallet;
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
    return StaffCaseView.of(c, cases.formData(c), clock.getZone(), CaseAccessPolicy.of(staff, c),
        givenLicences(c));
  }

  /** The PDF of a licence given on a case the staff member may see, or 404. */
  @Transactional(readOnly = true)
  public byte[] givenLicencePdf(String caseNumber, String licenceNumber, Member staff) {
    Case c = cases.visibleTo(caseNumber, staff);
    return c.licenceMaterials().stream().filter(l -> l.licenceNumber().equals(licenceNumber))
        .findFirst().flatMap(l -> wallet.byNumber(l.licenceNumber())).map(wallet::pdfOf)
        .orElseThrow(() -> DomainException.notFound("LICENCE_NOT_HELD", licenceNumber));
  }

  private List<GivenLicence> givenLicences(Case c) {
    var guide = catalogue.version(c.itemVersionId()).guide();
    return c.licenceMaterials().stream()
        .sorted(java.util.Comparator.comparing(LicenceMaterialRef::requirementId))
        .map(ref -> {
          String name = guide.materials().stream().filter(m -> m.id().equals(ref.requirementId()))
              .map(RequiredMaterial::name).findFirst().orElse(ref.requirementId());
          String pdf = "/api/v1/console/cases/" + c.caseNumber() + "/licences/" + ref.licenceNumber() + ".pdf";
          return wallet.byNumber(ref.licenceNumber())
              .map(l -> new GivenLicence(ref.requirementId(), name, l.licenceNumber(), l.licenceTitle(),
                  l.departmentName(), l.holderName(), l.issuedOn(), l.validUntil(),
                  wallet.statusOf(l).name(), true, pdf))
              .orElse(new GivenLicence(ref.requirementId(), name, ref.licenceNumber(), null, null, null,
                  null, null, null, false, null));
        }).toList();
  }
}
