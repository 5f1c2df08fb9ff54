package org.openhall.casefile;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openhall.calendar.WorkingDays;
import org.openhall.catalogue.Catalogue;
import org.openhall.catalogue.ItemVersion;
import org.openhall.catalogue.ServiceGuide.RequiredMaterial;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.kernel.DomainException;
import org.openhall.kernel.DomainException.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 受理: the acceptance decision (accept, refuse, one-time correction notice), the applicant's answer to
 * the notice (补正), and deemed acceptance (视为受理, §32) when no decision came in time.
 */
@Service
public class CaseAcceptance {

  /** The longest written explanation an applicant may give instead of a file. */
  public static final int EXPLANATION_MAX_LENGTH = 500;

  private final Cases cases;
  private final Catalogue catalogue;
  private final MaterialChecks materialChecks;
  private final WorkingDays workingDays;
  private final Clock clock;

  CaseAcceptance(Cases cases, Catalogue catalogue, MaterialChecks materialChecks, WorkingDays workingDays,
      Clock clock) {
    this.cases = cases;
    this.catalogue = catalogue;
    this.materialChecks = materialChecks;
    this.workingDays = workingDays;
    this.clock = clock;
  }

  @Transactional
  public Case accept(String caseNumber, Actor clerk, String opinion) {
    Case c = byNumber(caseNumber);
    c.accept(clerk, clock.instant(), workingDays.today(), workingDays.calendar(), opinion,
        outstandingDeferrables(c));
    return cases.save(c);
  }

  /** 即办: the clerk accepts an instant item and decides it on the spot, in one step. */
  @Transactional
  public Case acceptAndDecideAtWindow(String caseNumber, Actor clerk, String opinion) {
    Case c = byNumber(caseNumber);
    Instant now = clock.instant();
    c.accept(clerk, now, workingDays.today(), workingDays.calendar(), opinion, outstandingDeferrables(c));
    c.approveAtWindow(clerk, now, opinion);
    return cases.save(c);
  }

  /**
   * 视为受理 (§32) for one case, if its acceptance period ended before today on a loaded calendar;
   * asked by the deadline sweep.
   *
   * @return whether the case was deemed accepted now
   */
  @Transactional
  public boolean deemAcceptedIfDue(String caseNumber) {
    Case c = byNumber(caseNumber);
    if (!DeemedAcceptancePolicy.applies(c, workingDays.today())) {
      return false;
    }
    Instant received = c.receivedAt();
    c.deemAccepted(clock.instant(), received, received.atZone(clock.getZone()).toLocalDate(),
        workingDays.calendar(), outstandingDeferrables(c));
    cases.save(c);
    return true;
  }

  /** Cases whose acceptance decision is due by {@code today}: the candidates of {@link #deemAcceptedIfDue}. */
  @Transactional(readOnly = true)
  public List<String> acceptanceDueBy(LocalDate today) {
    return cases.findAcceptanceDueBy(today);
  }

  @Transactional
  public Case refuse(String caseNumber, Actor clerk, String reason) {
    Case c = byNumber(caseNumber);
    c.refuse(clerk, clock.instant(), reason, workingDays.calendar());
    return cases.save(c);
  }

  @Transactional
  public Case requireCorrection(String caseNumber, Actor clerk, List<CorrectionItem> items,
      String opinion) {
    Case c = byNumber(caseNumber);
    ItemVersion item = catalogue.version(c.itemVersionId());
    List<CorrectionItem> given = items == null ? List.of() : items;
    List<Violation> problems = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      CorrectionItem ci = given.get(i);
      if (ci == null || item.requirement(ci.requirementId()).isEmpty()) {
        problems.add(new Violation("missing[" + i + "].requirementId", "REQUIREMENT_UNKNOWN",
            List.of(ci == null ? "" : String.valueOf(ci.requirementId()))));
      }
    }
    if (!problems.isEmpty()) {
      throw new DomainException(DomainException.Kind.INVALID, "VALIDATION_FAILED", problems);
    }
    c.requireCorrection(clerk, clock.instant(), workingDays.today(), given, opinion, workingDays.calendar());
    return cases.save(c);
  }

  /**
   * 补正: the applicant's answer to the correction notice — for every listed material a file, or a
   * written explanation instead; anything left unanswered is refused with CORRECTION_INCOMPLETE naming
   * it. After acceptance, the deferrable (容缺) materials still outstanding.
   */
  @Transactional
  public Case supplement(String caseNumber, Member applicant, List<MaterialRef> added,
      Map<String, String> explanations) {
    return supplement(caseNumber, applicant, added, explanations, List.of());
  }

  /**
   * As {@link #supplement(String, Member, List, Map)}, with held licences given for materials
   * instead of files (免提交), checked as at filing against the case's applicant.
   */
  @Transactional
  public Case supplement(String caseNumber, Member applicant, List<MaterialRef> added,
      Map<String, String> explanations, List<LicenceMaterialRef> licences) {
    Case c = cases.findByCaseNumber(caseNumber).filter(x -> x.belongsTo(applicant.id()))
        .orElseThrow(() -> DomainException.notFound("CASE_NOT_FOUND", caseNumber));
    ItemVersion item = catalogue.version(c.itemVersionId());
    Set<MaterialRef> refs = materialChecks.checkedRefs(item, applicant, added);
    Set<LicenceMaterialRef> given = materialChecks.checkedLicences(item, c.applicant().accountId(),
        licences);
    Actor actor = new Actor(applicant.id(), "APPLICANT");
    if (c.status() != CaseStatus.CORRECTION_REQUIRED && !c.outstandingDeferrables().isEmpty()) {
      c.supplyDeferred(actor, clock.instant(), refs, given, id -> nameOf(item, id));
      return cases.save(c);
    }
    if (c.status() != CaseStatus.CORRECTION_REQUIRED) {
      throw new IllegalCaseTransition(caseNumber, c.status(), CaseAction.SUPPLEMENTED);
    }
    Map<String, String> written = explanations(item, c, explanations);
    Set<String> answered = new LinkedHashSet<>(written.keySet());
    refs.forEach(r -> answered.add(r.requirementId()));
    given.forEach(l -> answered.add(l.requirementId()));
    List<String> missing = c.unansweredCorrectionItems(answered);
    if (!missing.isEmpty()) {
      List<Violation> violations = missing.stream().map(id -> new Violation("materials",
          "CORRECTION_ITEM_UNANSWERED", List.<Object>of(nameOf(item, id)))).toList();
      throw new DomainException(DomainException.Kind.INVALID, "CORRECTION_INCOMPLETE", violations,
          String.join("、", missing.stream().map(id -> nameOf(item, id)).toList()));
    }
    String note = written.isEmpty() ? null : String.join("\n", written.entrySet().stream()
        .map(e -> nameOf(item, e.getKey()) + "：" + e.getValue()).toList());
    c.supplement(actor, clock.instant(), workingDays.today(), workingDays.calendar(), refs, note);
    c.giveLicences(given);
    return cases.save(c);
  }

  private Map<String, String> explanations(ItemVersion item, Case c, Map<String, String> given) {
    Map<String, String> written = new LinkedHashMap<>();
    if (given == null) {
      return written;
    }
    List<Violation> problems = new ArrayList<>();
    given.forEach((id, text) -> {
      if (text == null || text.isBlank()) {
        return;
      }
      if (c.unansweredCorrectionItems(Set.of()).stream().noneMatch(id::equals)) {
        problems.add(new Violation("explanations." + id, "REQUIREMENT_NOT_IN_NOTICE", List.of(id)));
      } else if (text.strip().length() > EXPLANATION_MAX_LENGTH) {
        problems.add(new Violation("explanations." + id, "EXPLANATION_TOO_LONG",
            List.of(nameOf(item, id), EXPLANATION_MAX_LENGTH)));
      } else {
        written.put(id, text.strip());
      }
    });
    if (!problems.isEmpty()) {
      throw new DomainException(DomainException.Kind.INVALID, "VALIDATION_FAILED", problems);
    }
    return written;
  }

  private static String nameOf(ItemVersion item, String requirementId) {
    return item.requirement(requirementId).map(RequiredMaterial::name).orElse(requirementId);
  }

  private Set<String> outstandingDeferrables(Case c) {
    ItemVersion item = catalogue.version(c.itemVersionId());
    Set<String> outstanding = new LinkedHashSet<>();
    for (RequiredMaterial r : item.guide().materials()) {
      boolean present = c.hasMaterialFor(r.id());
      if (r.deferrable() && r.required() && !present) {
        outstanding.add(r.id());
      }
    }
    return outstanding;
  }

  private Case byNumber(String caseNumber) {
    return cases.findByCaseNumber(caseNumber)
        .orElseThrow(() -> DomainException.notFound("CASE_NOT_FOUND", caseNumber));
  }
}
