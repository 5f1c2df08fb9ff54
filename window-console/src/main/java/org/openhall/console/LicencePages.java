package org.openhall.console;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.openhall.identity.AccountDirectory;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.kernel.DomainException;
import org.openhall.kernel.Texts;
import org.openhall.licence.LicenceLifecycle;
import org.openhall.licence.RevocationKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The console's licence page: find one of the department's licences, see its status, revoke it. */
@Controller
@RequestMapping("/console/licences")
class LicencePages {

  private final AccountDirectory accounts;
  private final LicenceLifecycle lifecycle;
  private final Texts texts;
  private final Clock clock;

  LicencePages(AccountDirectory accounts, LicenceLifecycle lifecycle, Texts texts, Clock clock) {
    this.accounts = accounts;
    this.lifecycle = lifecycle;
    this.texts = texts;
    this.clock = clock;
  }

  @GetMapping
  String find(Principal principal, @RequestParam(required = false) String number, Model model, Locale locale) {
    model.addAttribute("number", number);
    model.addAttribute("kinds", RevocationKind.values());
    if (number != null && !number.isBlank()) {
      try {
        Member me = accounts.require(principal.getName());
        model.addAttribute("licence", StaffLicenceView.of(lifecycle.visibleTo(number.strip(), me),
            LocalDate.now(clock), clock.getZone()));
      } catch (DomainException e) {
        model.addAttribute("error", texts.of(e, locale));
      }
    }
    return "console/licences";
  }

  @PostMapping("/{licenceNumber}/revocation")
  String revoke(Principal principal, @PathVariable String licenceNumber,
      @RequestParam(required = false) RevocationKind kind, @RequestParam(required = false) String reason,
      RedirectAttributes redirect, Locale locale) {
    try {
      var l = lifecycle.revoke(licenceNumber, accounts.require(principal.getName()), kind, reason);
      redirect.addFlashAttribute("notice", texts.of("licence.revocation.done", locale,
          l.endedOn().orElseThrow(), texts.of("licence.revocation." + kind.name(), locale)));
    } catch (DomainException e) {
      redirect.addFlashAttribute("error", texts.of(e, locale));
    }
    redirect.addAttribute("number", licenceNumber);
    return "redirect:/console/licences";
  }
}
