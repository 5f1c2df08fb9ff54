package org.openhall.console;

import java.time.Clock;
import java.util.List;
import org.openhall.casefile.Case;
import org.openhall.casefile.CaseAccessPolicy;
import org.openhall.casefile.CaseFiles;
import org.openhall.casefile.CaseSearch;
import org.openhall.casefile.MaterialRef;
import org.openhall.material.Material;
import org.openhall.material.MaterialVault;
import org.openhall.casefile.LicenceMaterialRef;
import org.openhall.catalogue.Catalogue;
import org.openhall.catalogue.ServiceGuide.RequiredMaterial;
import org.openhall.catalogue.form.FormField;
import org.openhall.console.StaffCaseView.GivenLicence;
import org.openhall.identity.AccountDirectory;
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
  private final MaterialVault vault;
  private final CaseSearch search;
  private final AccountDirectory accounts;

  private final org.openhall.delivery.ResultDelivery deliveries;
  private final org.openhall.calendar.WorkingDays workingDays;

  StaffCases(CaseFiles cases, Catalogue catalogue, Clock clock, LicenceWallet wallet, MaterialVault vault,
      CaseSearch search, AccountDirectory accounts, org.openhall.delivery.ResultDelivery deliveries,
      org.openhall.calendar.WorkingDays workingDays) {
    this.deliveries = deliveries;
    this.workingDays = workingDays;
    this.accounts = accounts;
    this.vault = vault;
    this.search = search;
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

  /** The name of the case's item version in the reader's language (ADR 0025). */
  @Transactional(readOnly = true)
  public org.openhall.kernel.LocalizedText itemName(String caseNumber, java.util.Locale locale) {
    return catalogue.version(cases.byNumber(caseNumber).itemVersionId()).nameIn(locale);
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
        givenLicences(c), materialCopies(c), actorNames(c), deliveries.of(caseNumber, staff).stream()
            .map(d -> StaffCaseView.DeliveryRow.of(d, clock.getZone())).toList());
  }

  /**
   * What the staff member may do on the case's page now, each as the named policy that guards the action
   * answers it (never a rule of the page's own): the clock's forms, the head's extension decisions, 送达.
   */
  @Transactional(readOnly = true)
  public CaseActions actions(String caseNumber, Member staff) {
    Case c = cases.visibleTo(caseNumber, staff);
    boolean handler = org.openhall.casefile.ClockAdministration.handlesClock(staff, c);
    boolean head = org.openhall.casefile.ClockAdministration.decidesExtensions(staff, c);
    return new CaseActions(
        handler && org.openhall.casefile.SpecialProcedurePolicy.allowsStart(c),
        handler && org.openhall.casefile.SpecialProcedurePolicy.allowsEnd(c),
        handler && org.openhall.casefile.ExtensionPolicy.allowsRequest(c, workingDays.today()),
        catalogue.version(c.itemVersionId()).maxExtensionDays(),
        head ? c.extensions().stream().filter(x -> x.status() == org.openhall.casefile.Extension.Status.REQUESTED)
            .map(x -> x.id()).toList() : List.of(),
        org.openhall.delivery.DeliveryPolicy.canRecordNow(staff, c),
        org.openhall.delivery.DeliveryPolicy.mayRecord(staff, c) && !org.openhall.delivery.DeliveryPolicy.hasResult(c));
  }

  /**
   * The forms the page shows: {@code decidableExtensions} are the pending requests a head may decide;
   * {@code deliveryAwaitsResult}: the clerk will record 送达 once the result exists.
   */
  record CaseActions(boolean startSpecialProcedure, boolean endSpecialProcedure, boolean requestExtension,
      int maxExtensionDays, List<String> decidableExtensions, boolean recordDelivery,
      boolean deliveryAwaitsResult) {

    public boolean any() {
      return startSpecialProcedure || endSpecialProcedure || requestExtension || !decidableExtensions.isEmpty();
    }
  }

  /** The display names of the people who acted on the case, by account id (one look-up each). */
  private java.util.function.Function<String, String> actorNames(Case c) {
    java.util.Map<String, String> names = new java.util.HashMap<>();
    c.timeline().stream().map(e -> e.actorId()).filter(java.util.Objects::nonNull).distinct()
        .forEach(id -> accounts.byId(id).ifPresent(m -> names.put(id, m.displayName())));
    return id -> id == null ? null : names.get(id);
  }

  /** 办件查询: one page of the cases the staff member may see that match, newest filing first. */
  @Transactional(readOnly = true)
  public Found search(CaseSearch.CaseQuery query, Member staff, int page, int size) {
    var found = search.search(query, staff, page, size);
    var zone = clock.getZone();
    return new Found(found.getContent().stream().map(c -> new FoundCase(c.caseNumber(), c.itemCode(),
        c.itemName(), c.departmentCode(), c.status(), c.channel(), c.applicant().name(),
        c.submittedAt().atZone(zone).toOffsetDateTime(), c.dueDate().orElse(null))).toList(),
        found.getNumber(), found.getSize(), found.getTotalElements(), found.getTotalPages());
  }

  /**
   * A file given for a material of a case the staff member may see, with its bytes; 404 for any other
   * case and for a material not given on this case (even one of another case they may see).
   */
  @Transactional(readOnly = true)
  public OpenedMaterial material(String caseNumber, String materialId, Member staff) {
    Case c = cases.visibleTo(caseNumber, staff);
    if (c.materials().stream().noneMatch(m -> m.materialId().equals(materialId))) {
      throw DomainException.notFound("MATERIAL_NOT_FOUND", materialId);
    }
    Material m = vault.byId(materialId);
    return new OpenedMaterial(m.fileName(), m.mediaType(), vault.contentOf(m));
  }

  /** The bytes of a material and how to serve them. */
  record OpenedMaterial(String fileName, String mediaType, byte[] content) {
  }

  /** A page of cases found, with the total. */
  record Found(List<FoundCase> cases, int page, int size, long total, int totalPages) {
  }

  /** One case in the search results. */
  record FoundCase(String caseNumber, String itemCode, String itemName, String departmentCode,
      org.openhall.casefile.CaseStatus status, org.openhall.casefile.Channel channel, String applicantName,
      java.time.OffsetDateTime submittedAt, java.time.LocalDate dueDate) {
  }

  /**
   * The files given, in the order of the item's list of materials; of several files for one
   * requirement (a supplement after a correction notice) the newest is current.
   */
  private List<StaffCaseView.MaterialCopy> materialCopies(Case c) {
    var requirements = catalogue.version(c.itemVersionId()).guide().materials();
    var zone = clock.getZone();
    java.util.Map<String, List<Material>> byRequirement = new java.util.LinkedHashMap<>();
    requirements.forEach(r -> byRequirement.put(r.id(), new java.util.ArrayList<>()));
    for (MaterialRef ref : c.materials()) {
      byRequirement.computeIfAbsent(ref.requirementId(), k -> new java.util.ArrayList<>())
          .add(vault.byId(ref.materialId()));
    }
    List<StaffCaseView.MaterialCopy> rows = new java.util.ArrayList<>();
    byRequirement.forEach((requirementId, given) -> {
      String name = requirements.stream().filter(r -> r.id().equals(requirementId))
          .map(RequiredMaterial::name).findFirst().orElse(requirementId);
      given.sort(java.util.Comparator.comparing(Material::uploadedAt).reversed());
      for (int i = 0; i < given.size(); i++) {
        Material m = given.get(i);
        rows.add(new StaffCaseView.MaterialCopy(requirementId, name, m.id(), m.fileName(), m.mediaType(),
            m.size(), m.uploadedAt().atZone(zone).toOffsetDateTime(), i == 0,
            "/api/v1/console/cases/" + c.caseNumber() + "/materials/" + m.id()));
      }
    });
    return rows;
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
