package org.openhall.casefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
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
import org.openhall.kernel.Counters;
import org.openhall.kernel.DomainException;
import org.openhall.kernel.DomainException.Violation;
import org.openhall.material.Material;
import org.openhall.material.MaterialVault;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The case's application service: filing, the steps of handling, and the applicant's views. */
@Service
public class CaseManagement {

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private final Cases cases;
  private final Catalogue catalogue;
  private final MaterialVault vault;
  private final WorkingDays workingDays;
  private final Counters counters;
  private final ApplicationEventPublisher events;
  private final ObjectMapper json;
  private final Clock clock;

  CaseManagement(Cases cases, Catalogue catalogue, MaterialVault vault, WorkingDays workingDays,
      Counters counters, ApplicationEventPublisher events, ObjectMapper json, Clock clock) {
    this.cases = cases;
    this.catalogue = catalogue;
    this.vault = vault;
    this.workingDays = workingDays;
    this.counters = counters;
    this.events = events;
    this.json = json;
    this.clock = clock;
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
    Map<String, String> form = validForm(item, s.formData());
    Set<MaterialRef> materials = validMaterials(item, s.filer(), s.materials());
    LocalDate today = workingDays.today();
    String number = today.format(DAY) + String.format("%05d", counters.next("case-" + today.format(DAY)));
    Applicant applicant = new Applicant(s.filer().id(), s.filer().displayName(), s.filer().kind(),
        s.filer().partyId(), s.filer().phone());
    Case c = new Case(number, item, applicant, s.filer().id(), s.channel(), write(form), materials,
        s.idempotencyKey(), clock.instant(), new Actor(s.filer().id(), s.actingRole()));
    cases.save(c);
    events.publishEvent(new CaseSubmitted(number, item.processKey(), item.code(), item.leadDepartment()));
    return new Filed(c, true);
  }

  @Transactional
  public Case accept(String caseNumber, Actor clerk, String opinion) {
    Case c = byNumber(caseNumber);
    LocalDate start = workingDays.today();
    DueDate promised = workingDays.dueDate(start, c.promisedDays());
    DueDate legal = workingDays.dueDate(start, c.legalDays());
    c.accept(clerk, clock.instant(),
        new Case.DueDates(promised.date(), legal.date(), promised.provisional() || legal.provisional()),
        opinion);
    events.publishEvent(new CaseAccepted(c.caseNumber(), c.departmentCode(), promised.date(),
        legal.date(), promised.provisional() || legal.provisional()));
    return c;
  }

  @Transactional
  public Case refuse(String caseNumber, Actor clerk, String reason) {
    Case c = byNumber(caseNumber);
    c.refuse(clerk, clock.instant(), reason);
    return c;
  }

  @Transactional
  public Case requireCorrection(String caseNumber, Actor clerk, List<CorrectionItem> items,
      String opinion) {
    Case c = byNumber(caseNumber);
    ItemVersion item = catalogue.version(c.itemVersionId());
    List<Violation> unknown = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (item.requirement(items.get(i).requirementId()).isEmpty()) {
        unknown.add(new Violation("missing[" + i + "].requirementId", "REQUIREMENT_UNKNOWN",
            List.of(String.valueOf(items.get(i).requirementId()))));
      }
    }
    if (!unknown.isEmpty()) {
      throw new DomainException(DomainException.Kind.INVALID, "VALIDATION_FAILED", unknown);
    }
    c.requireCorrection(clerk, clock.instant(), items, opinion);
    return c;
  }

  @Transactional
  public Case review(String caseNumber, Actor reviewer, boolean passed, String opinion) {
    Case c = byNumber(caseNumber);
    c.review(reviewer, clock.instant(), passed, opinion);
    return c;
  }

  @Transactional
  public Case decide(String caseNumber, Actor approver, boolean approved, String opinion) {
    Case c = byNumber(caseNumber);
    c.decide(approver, clock.instant(), approved, opinion);
    return c;
  }

  @Transactional
  public Case issued(String caseNumber, String licenceNumber) {
    Case c = byNumber(caseNumber);
    c.issued(Actor.SYSTEM, clock.instant(), licenceNumber);
    return c;
  }

  /** 补正: the applicant's answer to the correction notice. */
  @Transactional
  public Case supplement(String caseNumber, Member applicant, List<MaterialRef> added) {
    Case c = ownedCase(caseNumber, applicant.id());
    ItemVersion item = catalogue.version(c.itemVersionId());
    Set<MaterialRef> refs = checkedRefs(item, applicant, added);
    c.supplement(new Actor(applicant.id(), "APPLICANT"), clock.instant(), refs);
    events.publishEvent(new CaseSupplemented(caseNumber));
    return c;
  }

  @Transactional
  public Case withdraw(String caseNumber, Member applicant) {
    Case c = ownedCase(caseNumber, applicant.id());
    c.withdraw(new Actor(applicant.id(), "APPLICANT"), clock.instant(), null);
    events.publishEvent(new CaseWithdrawn(caseNumber));
    return c;
  }

  /** A case of this account, or 404 — also when it exists but belongs to someone else. */
  @Transactional(readOnly = true)
  public Case ownedCase(String caseNumber, String accountId) {
    return cases.findByCaseNumber(caseNumber)
        .filter(c -> c.belongsTo(accountId))
        .orElseThrow(() -> DomainException.notFound("CASE_NOT_FOUND", caseNumber));
  }

  @Transactional(readOnly = true)
  public List<Case> casesOf(String accountId) {
    return cases.findOwnedBy(accountId);
  }

  @Transactional(readOnly = true)
  public Case byNumber(String caseNumber) {
    return cases.findByCaseNumber(caseNumber)
        .orElseThrow(() -> DomainException.notFound("CASE_NOT_FOUND", caseNumber));
  }

  public Map<String, String> formData(Case c) {
    try {
      return json.readValue(c.formDataJson(), new TypeReference<LinkedHashMap<String, String>>() { });
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored form data of case " + c.caseNumber() + " is unreadable", e);
    }
  }

  private Map<String, String> validForm(ItemVersion item, Map<String, String> values) {
    Map<String, String> given = values == null ? Map.of() : values;
    var validator = item.form().validator(clock);
    List<FieldError> errors = validator.validate(given);
    if (!errors.isEmpty()) {
      throw new DomainException(DomainException.Kind.INVALID, "VALIDATION_FAILED",
          errors.stream().map(e -> new Violation("formData." + e.field(), e.code(),
              List.<Object>copyOf(e.args()))).toList());
    }
    return validator.normalized(given);
  }

  private Set<MaterialRef> validMaterials(ItemVersion item, Member filer, List<MaterialRef> given) {
    Set<MaterialRef> refs = checkedRefs(item, filer, given);
    List<Violation> missing = new ArrayList<>();
    for (RequiredMaterial r : item.guide().materials()) {
      boolean present = refs.stream().anyMatch(m -> m.requirementId().equals(r.id()));
      if (r.required() && !r.deferrable() && !present) {
        missing.add(new Violation("materials", "MATERIAL_MISSING", List.of(r.name())));
      }
    }
    if (!missing.isEmpty()) {
      throw new DomainException(DomainException.Kind.INVALID, "MATERIAL_MISSING", missing,
          missing.get(0).args().get(0));
    }
    return refs;
  }

  private Set<MaterialRef> checkedRefs(ItemVersion item, Member filer, List<MaterialRef> given) {
    Set<MaterialRef> refs = new LinkedHashSet<>();
    List<Violation> problems = new ArrayList<>();
    List<MaterialRef> list = given == null ? List.of() : given;
    for (int i = 0; i < list.size(); i++) {
      MaterialRef ref = list.get(i);
      if (ref == null || ref.requirementId() == null || item.requirement(ref.requirementId()).isEmpty()) {
        problems.add(new Violation("materials[" + i + "].requirementId", "REQUIREMENT_UNKNOWN",
            List.of(ref == null ? "" : String.valueOf(ref.requirementId()))));
        continue;
      }
      try {
        Material m = vault.ownedBy(filer.id(), ref.materialId());
        refs.add(new MaterialRef(ref.requirementId(), m.id()));
      } catch (DomainException notTheirs) {
        problems.add(new Violation("materials[" + i + "].materialId", "MATERIAL_NOT_FOUND",
            List.of(String.valueOf(ref.materialId()))));
      }
    }
    if (!problems.isEmpty()) {
      throw new DomainException(DomainException.Kind.INVALID, "VALIDATION_FAILED", problems);
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

  /** What an applicant, agent or clerk files. */
  public record Submission(Member filer, String actingRole, Channel channel, String itemCode,
      Map<String, String> formData, List<MaterialRef> materials, String idempotencyKey) {
  }

  /** The filed case and whether this call created it (false: idempotent repeat). */
  public record Filed(Case filedCase, boolean created) {
  }
}
