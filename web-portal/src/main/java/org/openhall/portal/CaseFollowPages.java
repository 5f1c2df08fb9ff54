package org.openhall.portal;

import java.io.IOException;
import java.io.Serializable;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openhall.casefile.CaseAcceptance;
import org.openhall.casefile.CaseWithdrawal;
import org.openhall.casefile.MaterialRef;
import org.openhall.identity.AccountDirectory;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.kernel.DomainException;
import org.openhall.kernel.DomainException.Violation;
import org.openhall.kernel.Texts;
import org.openhall.material.MaterialVault;
import org.openhall.portal.CaseFollowing.Requirement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The applicant acts on a case from its page, without JavaScript: answers the correction notice (补正,
 * per material a file, a file of the vault or a written explanation), hands in 容缺 materials before
 * the decision, and withdraws (撤回) after a confirmation step. Refused answers come back to the case
 * page with everything given kept (accepted uploads are in the vault at once and stay selected) and
 * each error beside its material.
 */
@Controller
class CaseFollowPages {

  static final String CORRECTION = "correction";
  static final String DEFERRED = "deferred";

  private final AccountDirectory accounts;
  private final MaterialVault vault;
  private final CaseAcceptance acceptance;
  private final CaseWithdrawal withdrawal;
  private final CaseFollowing following;
  private final CaseViews views;
  private final Texts texts;

  CaseFollowPages(AccountDirectory accounts, MaterialVault vault, CaseAcceptance acceptance,
      CaseWithdrawal withdrawal, CaseFollowing following, CaseViews views, Texts texts) {
    this.accounts = accounts;
    this.vault = vault;
    this.acceptance = acceptance;
    this.withdrawal = withdrawal;
    this.following = following;
    this.views = views;
    this.texts = texts;
  }

  /** 补正: the answer to the one-time correction notice, through the supplements service. */
  @PostMapping("/cases/{caseNumber}/correction")
  String answerCorrection(@PathVariable String caseNumber, Principal principal,
      MultipartHttpServletRequest request, RedirectAttributes redirect, Locale locale) throws IOException {
    Member me = accounts.require(principal.getName());
    List<Requirement> listed = following.of(caseNumber, me).correction();
    AnswerState state = gather(CORRECTION, listed, me, request, locale, true);
    if (state.errors().isEmpty()) {
      try {
        acceptance.supplement(caseNumber, me, refs(state), state.explanations());
        redirect.addFlashAttribute("notice", texts.of("follow.correction.done", locale));
        return "redirect:/cases/" + caseNumber;
      } catch (DomainException e) {
        refused(e, state, following.requirementsOf(caseNumber, me), locale);
      }
    }
    redirect.addFlashAttribute("answer", state);
    return "redirect:/cases/" + caseNumber + "#follow-correction";
  }

  /** 容缺补齐: deferrable materials handed in after acceptance, before the decision. */
  @PostMapping("/cases/{caseNumber}/deferred-materials")
  String supplyDeferred(@PathVariable String caseNumber, Principal principal,
      MultipartHttpServletRequest request, RedirectAttributes redirect, Locale locale) throws IOException {
    Member me = accounts.require(principal.getName());
    List<Requirement> due = following.of(caseNumber, me).deferred();
    AnswerState state = gather(DEFERRED, due, me, request, locale, false);
    if (state.errors().isEmpty()) {
      try {
        acceptance.supplement(caseNumber, me, refs(state), Map.of());
        redirect.addFlashAttribute("notice", texts.of("follow.deferred.done", locale));
        return "redirect:/cases/" + caseNumber;
      } catch (DomainException e) {
        refused(e, state, following.requirementsOf(caseNumber, me), locale);
      }
    }
    redirect.addFlashAttribute("answer", state);
    return "redirect:/cases/" + caseNumber + "#follow-deferred";
  }

  /** 撤回, step one: what withdrawing means, and the reason. */
  @GetMapping("/cases/{caseNumber}/withdrawal")
  String withdrawalForm(@PathVariable String caseNumber, Principal principal, Model model) {
    Member me = accounts.require(principal.getName());
    return withdrawalPage(caseNumber, me, "", null, model);
  }

  /** 撤回, step two: confirmed with a reason; the domain refuses once a decision was made. */
  @PostMapping("/cases/{caseNumber}/withdrawal")
  String withdraw(@PathVariable String caseNumber, Principal principal,
      @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect, Model model, Locale locale) {
    Member me = accounts.require(principal.getName());
    String given = reason.strip();
    if (given.isEmpty()) {
      return withdrawalPage(caseNumber, me, given, texts.of("follow.withdraw.reasonRequired", locale), model);
    }
    if (given.length() > WITHDRAWAL_REASON_MAX_LENGTH) {
      return withdrawalPage(caseNumber, me, given,
          texts.of("follow.withdraw.reasonTooLong", locale, WITHDRAWAL_REASON_MAX_LENGTH), model);
    }
    try {
      withdrawal.withdraw(caseNumber, me, given);
    } catch (DomainException e) {
      if ("CASE_NOT_FOUND".equals(e.code())) {
        throw e;
      }
      return withdrawalPage(caseNumber, me, given, texts.of(e, locale), model);
    }
    redirect.addFlashAttribute("notice", texts.of("follow.withdraw.done", locale));
    return "redirect:/cases/" + caseNumber;
  }

  /** The longest reason the page takes for a withdrawal. */
  static final int WITHDRAWAL_REASON_MAX_LENGTH = 500;

  private String withdrawalPage(String caseNumber, Member me, String reason, String error, Model model) {
    model.addAttribute("c", views.viewOwned(caseNumber, me));
    model.addAttribute("follow", following.of(caseNumber, me));
    model.addAttribute("reason", reason);
    model.addAttribute("error", error);
    return "portal/case-withdrawal";
  }

  /**
   * Reads the answer for each listed material: a new upload (stored in the vault at once, so a refusal
   * elsewhere does not lose it), else a file picked from the vault; and, where allowed, an explanation.
   */
  private AnswerState gather(String form, List<Requirement> listed, Member me,
      MultipartHttpServletRequest request, Locale locale, boolean explanationsAllowed) throws IOException {
    Map<String, String> chosen = new LinkedHashMap<>();
    Map<String, String> explanations = new LinkedHashMap<>();
    Map<String, String> errors = new LinkedHashMap<>();
    for (Requirement r : listed) {
      String picked = request.getParameter("vault." + r.id());
      if (picked != null && !picked.isBlank()) {
        chosen.put(r.id(), picked.strip());
      }
      if (explanationsAllowed) {
        String text = request.getParameter("explanation." + r.id());
        if (text != null && !text.isBlank()) {
          explanations.put(r.id(), text.strip());
        }
      }
      MultipartFile file = request.getFile("file." + r.id());
      if (file != null && !file.isEmpty()) {
        try {
          chosen.put(r.id(), vault.store(me.id(), file.getOriginalFilename(), file.getBytes()).id());
        } catch (DomainException refused) {
          errors.put(r.id(), texts.of(refused, locale));
        }
      }
    }
    return new AnswerState(form, chosen, explanations, errors, new ArrayList<>());
  }

  /** Puts each refusal of the supplements service beside the material it names, the rest on top. */
  private void refused(DomainException e, AnswerState state, List<Requirement> requirements, Locale locale) {
    if (e.violations().isEmpty()) {
      state.general().add(texts.of(e, locale));
      return;
    }
    for (Violation v : e.violations()) {
      String message = texts.of(v.code(), locale, v.args().toArray());
      String requirement = requirementOf(v, requirements);
      if (requirement != null && !state.errors().containsKey(requirement)) {
        state.errors().put(requirement, message);
      } else {
        state.general().add(message);
      }
    }
  }

  /** The material a violation is about: named in its field, or (an unanswered item) by its name. */
  private static String requirementOf(Violation v, List<Requirement> requirements) {
    for (Requirement r : requirements) {
      if (v.field() != null && v.field().endsWith("." + r.id())) {
        return r.id();
      }
      if (!v.args().isEmpty() && r.name().equals(String.valueOf(v.args().get(0)))) {
        return r.id();
      }
    }
    return null;
  }

  private static List<MaterialRef> refs(AnswerState state) {
    List<MaterialRef> refs = new ArrayList<>();
    state.chosen().forEach((requirement, material) -> refs.add(new MaterialRef(requirement, material)));
    return refs;
  }

  /**
   * A refused answer carried to the case page (a flash attribute): which form, the material chosen per
   * requirement id, the explanations typed, an error per requirement id, and errors about no material.
   */
  record AnswerState(String form, Map<String, String> chosen, Map<String, String> explanations,
      Map<String, String> errors, List<String> general) implements Serializable {

    public boolean refused() {
      return !errors.isEmpty() || !general.isEmpty();
    }
  }
}
