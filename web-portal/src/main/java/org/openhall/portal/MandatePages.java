package org.openhall.portal;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.openhall.catalogue.Catalogue;
import org.openhall.identity.AccountDirectory;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.identity.Role;
import org.openhall.kernel.DomainException;
import org.openhall.kernel.Texts;
import org.openhall.mandate.MandateRegistry;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 代办授权 pages: an agent records a mandate; a principal sees and confirms the ones for them. */
@Controller
class MandatePages {

  private final AccountDirectory accounts;
  private final MandateRegistry mandates;
  private final Texts texts;
  private final Clock clock;

  private final Catalogue catalogue;

  MandatePages(AccountDirectory accounts, MandateRegistry mandates, Texts texts, Clock clock,
      Catalogue catalogue) {
    this.catalogue = catalogue;
    this.accounts = accounts;
    this.mandates = mandates;
    this.texts = texts;
    this.clock = clock;
  }

  @GetMapping("/mandates")
  String list(Principal principal, Model model) {
    return page(accounts.require(principal.getName()), new MandateForm(null, null, null, null),
        List.of(), model);
  }

  /** The agent's form; {@code scope} is item codes separated by commas or spaces, blank = all. */
  @PostMapping("/mandates")
  String record(Principal principal, @RequestParam(required = false) String principalId,
      @RequestParam(required = false) String scope,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
      RedirectAttributes redirect, Model model, Locale locale) {
    Member me = accounts.require(principal.getName());
    List<String> codes = scope == null ? List.of()
        : Arrays.stream(scope.split("[,，、\\s]+")).filter(c -> !c.isBlank()).toList();
    try {
      var m = mandates.record(me, principalId, codes, validFrom, validTo);
      redirect.addFlashAttribute("notice", texts.of("mandates.recorded", locale, m.principalName()));
      return "redirect:/mandates";
    } catch (DomainException e) {
      return page(me, new MandateForm(principalId, scope, validFrom, validTo), texts.all(e, locale),
          model);
    }
  }

  @PostMapping("/mandates/{mandateId}/confirmation")
  String confirm(Principal principal, @PathVariable String mandateId, RedirectAttributes redirect,
      Locale locale) {
    var m = mandates.confirm(mandateId, accounts.require(principal.getName()));
    redirect.addFlashAttribute("notice", texts.of("mandates.confirmed", locale, m.agentName()));
    return "redirect:/mandates";
  }

  private String page(Member me, MandateForm form, List<String> errors, Model model) {
    LocalDate today = LocalDate.now(clock);
    List<MandateView> all = mandates.mandatesOf(me.id()).stream()
        .map(m -> MandateView.of(m, me.id(), today, clock.getZone())).toList();
    model.addAttribute("agent", me.has(Role.AGENT));
    model.addAttribute("held", all.stream().filter(v -> v.role().equals("AGENT")).toList());
    model.addAttribute("given", all.stream().filter(v -> v.role().equals("PRINCIPAL")).toList());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("today", today);
    Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
    java.util.Map<String, org.openhall.kernel.LocalizedText> itemNames = new java.util.HashMap<>();
    all.forEach(v -> v.scope().forEach(code -> itemNames.computeIfAbsent(code,
        c -> itemName(c, locale))));
    model.addAttribute("itemNames", itemNames);
    return "portal/mandates";
  }

  /** An item's published name for the scope column in the reader's language; its code when it is no longer published. */
  private org.openhall.kernel.LocalizedText itemName(String code, Locale locale) {
    try {
      return catalogue.published(code).nameIn(locale);
    } catch (DomainException e) {
      return new org.openhall.kernel.LocalizedText(code, false);
    }
  }

  /** What the agent typed, shown again when it was refused. */
  record MandateForm(String principalId, String scope, LocalDate validFrom, LocalDate validTo) {
  }
}
