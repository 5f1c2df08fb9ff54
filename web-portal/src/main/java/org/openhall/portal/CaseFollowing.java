package org.openhall.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.openhall.casefile.Case;
import org.openhall.casefile.CaseAccessPolicy;
import org.openhall.casefile.CaseFiles;
import org.openhall.casefile.CaseStage;
import org.openhall.casefile.CaseStatus;
import org.openhall.casefile.CorrectionItem;
import org.openhall.catalogue.Catalogue;
import org.openhall.catalogue.ItemCategory;
import org.openhall.catalogue.ItemVersion;
import org.openhall.delivery.ResultDelivery;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.kernel.DomainException;
import org.openhall.kernel.LocalizedText;
import org.openhall.material.MaterialVault;
import org.openhall.workflow.Worklist;
import org.openhall.workflow.Worklist.OpenStage;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the applicant's case page needs to follow and act on a case: the stage bar, the handling
 * department, the correction notice to answer (材料 by name), the 容缺 materials still due, whether
 * the case may be withdrawn, and the caller's material vault to pick from.
 */
@Component
class CaseFollowing {

  private final CaseFiles cases;
  private final Catalogue catalogue;
  private final Worklist worklist;
  private final MaterialVault vault;
  private final ZoneId zone;
  private final ResultDelivery deliveries;

  CaseFollowing(CaseFiles cases, Catalogue catalogue, Worklist worklist, MaterialVault vault, Clock clock,
      ResultDelivery deliveries) {
    this.deliveries = deliveries;
    this.cases = cases;
    this.catalogue = catalogue;
    this.worklist = worklist;
    this.vault = vault;
    this.zone = clock.getZone();
  }

  /** The case as its applicant (or filing agent) follows it; 404 for anyone else. */
  @Transactional(readOnly = true)
  public FollowView of(String caseNumber, Member member) {
    Case c = owned(caseNumber, member);
    ItemVersion item = catalogue.version(c.itemVersionId());
    List<OpenStage> open = worklist.openStagesOf(c.caseNumber());
    java.util.Locale locale = LocaleContextHolder.getLocale();
    Set<LocalizedText> departments = new LinkedHashSet<>();
    open.forEach(o -> departments.add(catalogue.departmentNameIn(o.departmentCode(), locale)));
    if (departments.isEmpty()) {
      departments.add(catalogue.departmentNameIn(c.departmentCode(), locale));
    }
    List<Requirement> correction = new ArrayList<>();
    if (c.status() == CaseStatus.CORRECTION_REQUIRED) {
      for (CorrectionItem i : c.correctionItems()) {
        correction.add(Requirement.of(i.requirementId(), nameOf(item, i.requirementId(), locale), i.reason()));
      }
    }
    List<Requirement> deferred = new ArrayList<>();
    if (c.deferredMaterialsDue()) {
      c.outstandingDeferrables().forEach(id -> deferred.add(Requirement.of(id, nameOf(item, id, locale), null)));
    }
    List<VaultEntry> materials = correction.isEmpty() && deferred.isEmpty() ? List.of()
        : vault.vaultOf(member.id()).stream().map(m -> new VaultEntry(m.id(), m.fileName(),
            m.uploadedAt().atZone(zone).toLocalDate())).toList();
    return new FollowView(c.caseNumber(), StageBar.of(c, item.category() == ItemCategory.FILING, open,
        !deliveries.ofCase(c).isEmpty()),
        List.copyOf(departments), correction, deferred, c.withdrawable(), materials);
  }

  /** The case's material names by requirement id, for messages that name a material. */
  @Transactional(readOnly = true)
  public List<Requirement> requirementsOf(String caseNumber, Member member) {
    Case c = owned(caseNumber, member);
    return catalogue.version(c.itemVersionId()).guide().materials().stream()
        .map(r -> Requirement.of(r.id(), r.nameIn(LocaleContextHolder.getLocale()), null)).toList();
  }

  private Case owned(String caseNumber, Member member) {
    Case c = cases.visibleTo(caseNumber, member);
    if (CaseAccessPolicy.of(member, c) != CaseAccessPolicy.Access.APPLICANT) {
      throw DomainException.notFound("CASE_NOT_FOUND", caseNumber);
    }
    return c;
  }

  private static LocalizedText nameOf(ItemVersion item, String requirementId, java.util.Locale locale) {
    return item.requirement(requirementId).map(r -> r.nameIn(locale))
        .orElse(new LocalizedText("—", false));
  }

  /**
   * The case page's follow-and-act part; {@code correction} is empty unless the notice awaits an
   * answer, {@code deferred} empty unless 容缺 materials are due; {@code vault} only when one of them is.
   */
  record FollowView(String caseNumber, List<StageStep> stages, List<LocalizedText> handlingDepartments,
      List<Requirement> correction, List<Requirement> deferred, boolean withdrawable, List<VaultEntry> vault) {
  }

  /**
   * A material of the case's item: its requirement id (never shown), its name in the reader's
   * language, that name's {@code lang} (zh-CN when it fell back, ADR 0025) and the clerk's reason.
   */
  record Requirement(String id, String name, String lang, String reason) {

    static Requirement of(String id, LocalizedText name, String reason) {
      return new Requirement(id, name.text(), name.lang(), reason);
    }
  }

  /** A file of the caller's vault (电子要件库) that may be picked for a material. */
  record VaultEntry(String id, String fileName, LocalDate uploadedOn) {
  }

  /** One stage of the bar and how far the case is with it. */
  record StageStep(String stage, StepState state) {
  }

  /** Done, the current one, still to come, or never reached because the case ended before it. */
  enum StepState { DONE, CURRENT, LATER, NOT_REACHED }

  /**
   * The applicant's stage bar: receive → accept → review → decide → issue → delivered (a filing:
   * receive → filed), from the case's status and, between review and decision, its open tasks.
   */
  static final class StageBar {

    static final List<String> APPROVAL = List.of("RECEIVE", "ACCEPT", "REVIEW", "DECIDE", "ISSUE", "DELIVER");
    static final List<String> FILING = List.of("RECEIVE", "FILE");

    private StageBar() {
    }

    static List<StageStep> of(Case c, boolean filing, List<OpenStage> open, boolean delivered) {
      List<String> stages = filing ? FILING : APPROVAL;
      int current;
      boolean ended = false;
      CaseStatus s = c.status();
      if (filing) {
        current = s == CaseStatus.FILED ? stages.size() : 1;
        ended = s.completed() && s != CaseStatus.FILED;
      } else {
        current = switch (s) {
          case SUBMITTED, CORRECTION_REQUIRED -> 1;
          case ACCEPTED, UNDER_REVIEW, SPECIAL_PROCEDURE -> open.stream()
              .anyMatch(o -> o.stage() == CaseStage.DECIDE) && open.stream()
              .noneMatch(o -> o.stage() == CaseStage.REVIEW) ? 3 : 2;
          case APPROVED -> 4;
          // issued: 送达 is done once the licence was handed over (collected, posted or downloaded)
          case ISSUED -> delivered ? stages.size() : stages.size() - 1;
          case FILED -> stages.size();
          case NOT_ACCEPTED -> 2;
          case DENIED -> 4;
          case WITHDRAWN -> c.acceptedAt().isPresent() ? 2 : 1;
        };
        ended = s == CaseStatus.NOT_ACCEPTED || s == CaseStatus.DENIED || s == CaseStatus.WITHDRAWN;
      }
      List<StageStep> steps = new ArrayList<>();
      for (int i = 0; i < stages.size(); i++) {
        StepState state = i < current ? StepState.DONE
            : ended ? StepState.NOT_REACHED : i == current ? StepState.CURRENT : StepState.LATER;
        steps.add(new StageStep(stages.get(i), state));
      }
      return steps;
    }
  }
}
