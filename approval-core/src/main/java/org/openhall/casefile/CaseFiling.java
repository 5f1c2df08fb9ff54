package org.openhall.casefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openhall.calendar.DueDate;
import org.openhall.calendar.WorkingDays;
import org.openhall.catalogue.Catalogue;
import org.openhall.catalogue.ItemVersion;
import org.openhall.catalogue.ServiceGuide.RequiredMaterial;
import org.openhall.catalogue.form.FieldError;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.identity.Role;
import org.openhall.kernel.Counters;
import org.openhall.kernel.DomainException;
import org.openhall.kernel.DomainException.Violation;
import org.openhall.mandate.MandateRegistry;
import org.openhall.mandate.MandatedPrincipal;
import org.openhall.material.Material;
import org.openhall.material.MaterialVault;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 申报: files a case (online, at the window, or by an agent) for the current version of an item. */
@Service
public class CaseFiling {

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private final Cases cases;
  private final Catalogue catalogue;
  private final MaterialChecks materialChecks;
  private final WorkingDays workingDays;
  private final Counters counters;
  private final ObjectMapper json;
  private final Clock clock;
  private final MandateRegistry mandates;
  private final HeldLicenceCheck heldLicences;
  private final MaterialVerifications verifications;
  private final org.openhall.organisation.DepartmentDirectory departments;

  CaseFiling(Cases cases, Catalogue catalogue, MaterialChecks materialChecks, WorkingDays workingDays,
      Counters counters, ObjectMapper json, Clock clock, MandateRegistry mandates,
      HeldLicenceCheck heldLicences, MaterialVerifications verifications,
      org.openhall.organisation.DepartmentDirectory departments) {
    this.verifications = verifications;
    this.departments = departments;
    this.cases = cases;
    this.catalogue = catalogue;
    this.materialChecks = materialChecks;
    this.workingDays = workingDays;
    this.counters = counters;
    this.json = json;
    this.clock = clock;
    this.mandates = mandates;
    this.heldLicences = heldLicences;
  }

  /**
   * Files a case for the current published version of the item. The same idempotency key from
   * the same filer returns the case filed first and files nothing new.
   */
  @Transactional
  public Filed submit(Submission s) {
    if (s.idempotencyKey() != null) {
      var earlier = cases.findByFiledByAccountIdAndIdempotencyKey(s.filer().id(), s.idempotencyKey());
      if (earlier.isPresent()) {
        return new Filed(earlier.get(), false);
      }
    }
    ItemVersion item = catalogue.published(s.itemCode());
    Applicant applicant = new Applicant(s.filer().id(), s.filer().displayName(), s.filer().kind(),
        s.filer().partyId(), s.filer().phone());
    Agent agent = null;
    if (s.filer().has(Role.AGENT) || (s.onBehalfOf() != null && !s.onBehalfOf().isBlank())) {
      // 代办: an agent never files for themself, and nobody files for another without a mandate.
      MandatedPrincipal mandated = mandates.requireValid(s.filer().id(), s.onBehalfOf(), item.code());
      Member p = mandated.principal();
      applicant = new Applicant(p.id(), p.displayName(), p.kind(), p.partyId(), p.phone());
      agent = new Agent(s.filer().id(), s.filer().displayName(), mandated.mandateId());
    }
    LocalDate today = workingDays.today();
    boolean namesLicence = s.basedOnLicence() != null && !s.basedOnLicence().isBlank();
    if (namesLicence != (s.licenceAction() != null)) {
      throw DomainException.invalid(namesLicence ? "LICENCE_ACTION_MISSING" : "BASED_ON_LICENCE_MISSING");
    }
    if (namesLicence) {
      heldLicences.check(applicant, item.code(), s.basedOnLicence().strip(), s.licenceAction(), today);
    }
    Checked checked = checked(item, applicant, s);
    Map<String, String> form = checked.form();
    Set<LicenceMaterialRef> licences = checked.licences();
    Set<MaterialRef> materials = checked.materials();
    String number = nextNumber(today);
    Case c = new Case(number, item, applicant, s.filer().id(), s.channel(), write(form), materials,
        s.idempotencyKey(), clock.instant(), today, workingDays.calendar(),
        new Actor(s.filer().id(), s.actingRole()), agent);
    c.giveLicences(licences);
    if (namesLicence) {
      c.applyFor(s.licenceAction(), s.basedOnLicence().strip());
    }
    cases.save(c);
    return new Filed(c, true);
  }


  /**
   * Every problem {@link #submit} would refuse {@code s} for, without filing anything: the form's and
   * the materials' together (the portal adds the uploads the vault refused, and shows all in one round).
   * Empty when the submission would be filed.
   */
  @Transactional(readOnly = true)
  public List<Violation> problems(Submission s) {
    try {
      ItemVersion item = catalogue.published(s.itemCode());
      Applicant applicant = new Applicant(s.filer().id(), s.filer().displayName(), s.filer().kind(),
          s.filer().partyId(), s.filer().phone());
      if (s.filer().has(Role.AGENT) || (s.onBehalfOf() != null && !s.onBehalfOf().isBlank())) {
        Member p = mandates.requireValid(s.filer().id(), s.onBehalfOf(), item.code()).principal();
        applicant = new Applicant(p.id(), p.displayName(), p.kind(), p.partyId(), p.phone());
      }
      checked(item, applicant, s);
      return List.of();
    } catch (DomainException e) {
      return e.violations().isEmpty() ? List.of(new Violation(null, e.code(), List.of(e.args()))) : e.violations();
    }
  }

  /**
   * 一次告知: the form and the materials are checked together, so that one refusal names every problem.
   * A refusal of one kind only keeps its own code (MATERIAL_MISSING, a licence's problem); several
   * kinds together are VALIDATION_FAILED with all their violations.
   */
  private Checked checked(ItemVersion item, Applicant applicant, Submission s) {
    List<DomainException> refusals = new ArrayList<>();
    List<Violation> formProblems = formProblems(item, s.formData());
    if (!formProblems.isEmpty()) {
      refusals.add(new DomainException(DomainException.Kind.INVALID, "VALIDATION_FAILED", formProblems));
    }
    Set<LicenceMaterialRef> licences = Set.of();
    Set<String> licensed = new LinkedHashSet<>();
    try {
      licences = materialChecks.checkedLicences(item, applicant.accountId(), s.licences());
    } catch (DomainException refused) {
      refusals.add(refused);
      // a licence given but refused is reported as such, not once more as a missing material
      s.licences().forEach(l -> licensed.add(l == null ? null : l.requirementId()));
    }
    Set<MaterialRef> materials = Set.of();
    try {
      materials = validMaterials(item, s.filer(), s.materials(), licences, licensed);
    } catch (DomainException refused) {
      refusals.add(refused);
    }
    if (refusals.size() == 1) {
      throw refusals.get(0);
    }
    if (!refusals.isEmpty()) {
      List<Violation> all = new ArrayList<>();
      refusals.forEach(r -> all.addAll(r.violations()));
      throw new DomainException(DomainException.Kind.INVALID, "VALIDATION_FAILED", all);
    }
    Map<String, String> form = item.form().validator(clock).normalized(s.formData() == null ? Map.of() : s.formData());
    return new Checked(form, licences, materials);
  }

  private record Checked(Map<String, String> form, Set<LicenceMaterialRef> licences, Set<MaterialRef> materials) {
  }

  /**
   * 一窗受理: the published item, if {@code clerk} may take it in at the window — a CLERK of the item's
   * lead department; 403 INTAKE_ITEM_NOT_YOURS naming the item and its department otherwise.
   */
  @Transactional(readOnly = true)
  public ItemVersion intakeItem(Member clerk, String itemCode) {
    ItemVersion item = catalogue.published(itemCode);
    if (!clerk.has(Role.CLERK, item.leadDepartment())) {
      throw new DomainException(DomainException.Kind.FORBIDDEN, "INTAKE_ITEM_NOT_YOURS", item.name(),
          departments.nameOf(item.leadDepartment()));
    }
    return item;
  }

  /**
   * 一窗受理: a clerk files a walk-in's case (channel WINDOW, the clerk as filer and actor) with the same
   * form and material rules as online, the materials taken from the applicant's vault, and records the
   * clerk's checklist per material. Required materials named in {@code mayBeMissing} may be absent:
   * they are what the one-time correction notice (or the refusal) that follows at once is about.
   */
  @Transactional
  public Filed submitAtWindow(WindowSubmission s) {
    ItemVersion item = intakeItem(s.clerk(), s.itemCode());
    Member a = s.applicant();
    Applicant applicant = new Applicant(a.id(), a.displayName(), a.kind(), a.partyId(), a.phone());
    LocalDate today = workingDays.today();
    Map<String, String> form = validForm(item, s.formData());
    Set<MaterialRef> materials = validMaterials(item, a, s.materials(), Set.of(), s.mayBeMissing());
    List<Violation> unknown = new ArrayList<>();
    for (int i = 0; i < s.checks().size(); i++) {
      if (item.requirement(s.checks().get(i).requirementId()).isEmpty()) {
        unknown.add(new Violation("materials[" + i + "].requirementId", "REQUIREMENT_UNKNOWN",
            List.of(String.valueOf(s.checks().get(i).requirementId()))));
      }
    }
    if (!unknown.isEmpty()) {
      throw new DomainException(DomainException.Kind.INVALID, "VALIDATION_FAILED", unknown);
    }
    Instant now = clock.instant();
    Case c = new Case(nextNumber(today), item, applicant, s.clerk().id(), Channel.WINDOW, write(form),
        materials, null, now, today, workingDays.calendar(), new Actor(s.clerk().id(), Role.CLERK.name()),
        null);
    cases.save(c);
    Set<String> ticked = new LinkedHashSet<>();
    for (Check check : s.checks()) {
      if (ticked.add(check.requirementId())) {
        verifications.save(new MaterialVerification(c.caseNumber(), check.requirementId(),
            check.originalSeen(), check.copiesTaken(), s.clerk().id(), now));
      }
    }
    return new Filed(c, true);
  }

  /** The clerk's checklist of a walk-in case, by requirement id (empty for cases filed elsewhere). */
  @Transactional(readOnly = true)
  public List<MaterialVerification> verificationsOf(String caseNumber) {
    return verifications.findByCaseNumberOrderByRequirementId(caseNumber);
  }

  private String nextNumber(LocalDate today) {
    return today.format(DAY) + String.format("%05d", counters.next("case-" + today.format(DAY)));
  }

  private Map<String, String> validForm(ItemVersion item, Map<String, String> values) {
    Map<String, String> given = values == null ? Map.of() : values;
    List<Violation> problems = formProblems(item, given);
    if (!problems.isEmpty()) {
      throw new DomainException(DomainException.Kind.INVALID, "VALIDATION_FAILED", problems);
    }
    return item.form().validator(clock).normalized(given);
  }

  /** Every problem of the form data, each under {@code formData.key}: the rules of online filing. */
  public List<Violation> formProblems(ItemVersion item, Map<String, String> values) {
    List<FieldError> errors = item.form().validator(clock).validate(values == null ? Map.of() : values);
    return errors.stream().map(e -> new Violation("formData." + e.field(), e.code(),
        List.<Object>copyOf(e.args()))).toList();
  }

  private Set<MaterialRef> validMaterials(ItemVersion item, Member filer, List<MaterialRef> given,
      Set<LicenceMaterialRef> licences, Set<String> mayBeMissing) {
    Set<MaterialRef> refs = materialChecks.checkedRefs(item, filer, given);
    List<Violation> missing = new ArrayList<>();
    for (RequiredMaterial r : item.guide().materials()) {
      boolean present = refs.stream().anyMatch(m -> m.requirementId().equals(r.id()))
          || licences.stream().anyMatch(l -> l.requirementId().equals(r.id()));
      if (r.required() && !r.deferrable() && !present && !mayBeMissing.contains(r.id())) {
        missing.add(new Violation("materials", "MATERIAL_MISSING", List.of(r.name())));
      }
    }
    if (!missing.isEmpty()) {
      throw new DomainException(DomainException.Kind.INVALID, "MATERIAL_MISSING", missing,
          missing.get(0).args().get(0));
    }
    return refs;
  }

  private String write(Map<String, String> form) {
    try {
      return json.writeValueAsString(form);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("form data cannot be written", e);
    }
  }

  /**
   * What an applicant, agent or clerk files; {@code onBehalfOf} names the agent's mandate (or its
   * principal's ID number or credit code), null when filing for oneself; {@code licences} are held
   * licences given instead of files (免提交), held by the applicant (the principal, for an agent);
   * {@code basedOnLicence} and {@code licenceAction} name a held licence to change, renew or cancel,
   * null for a new licence.
   */
  public record Submission(Member filer, String actingRole, Channel channel, String itemCode,
      Map<String, String> formData, List<MaterialRef> materials, String idempotencyKey,
      String onBehalfOf, List<LicenceMaterialRef> licences, String basedOnLicence,
      LicenceAction licenceAction) {

    public Submission {
      licences = licences == null ? List.of() : List.copyOf(licences);
    }

    public Submission(Member filer, String actingRole, Channel channel, String itemCode,
        Map<String, String> formData, List<MaterialRef> materials, String idempotencyKey,
        String onBehalfOf) {
      this(filer, actingRole, channel, itemCode, formData, materials, idempotencyKey, onBehalfOf,
          List.of(), null, null);
    }

    public Submission(Member filer, String actingRole, Channel channel, String itemCode,
        Map<String, String> formData, List<MaterialRef> materials, String idempotencyKey) {
      this(filer, actingRole, channel, itemCode, formData, materials, idempotencyKey, null);
    }
  }

  /**
   * What a clerk files at the window for a walk-in {@code applicant}: materials from the applicant's
   * vault, the checklist per material, and the required materials that may be missing (those the
   * clerk's correction notice or refusal names).
   */
  public record WindowSubmission(Member clerk, Member applicant, String itemCode, Map<String, String> formData,
      List<MaterialRef> materials, List<Check> checks, Set<String> mayBeMissing) {

    public WindowSubmission {
      materials = materials == null ? List.of() : List.copyOf(materials);
      checks = checks == null ? List.of() : List.copyOf(checks);
      mayBeMissing = mayBeMissing == null ? Set.of() : Set.copyOf(mayBeMissing);
    }
  }

  /** 材料核验: one material ticked against the checklist — original seen, copies taken. */
  public record Check(String requirementId, boolean originalSeen, boolean copiesTaken) {
  }

  /** The filed case and whether this call created it (false: idempotent repeat). */
  public record Filed(Case filedCase, boolean created) {
  }
}
