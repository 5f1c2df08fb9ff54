package org.openhall.console;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openhall.identity.AccountDirectory;
import org.openhall.kernel.DomainException;
import org.openhall.kernel.Texts;
import org.openhall.staff.StaffAdministration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The change-password page: where a member of staff lands after an administrator's reset. */
@Controller
@RequestMapping("/console/password")
class PasswordPages {

  private final AccountDirectory accounts;
  private final StaffAdministration administration;
  private final Texts texts;

  PasswordPages(AccountDirectory accounts, StaffAdministration administration, Texts texts) {
    this.accounts = accounts;
    this.administration = administration;
    this.texts = texts;
  }

  @GetMapping
  String form(Model model) {
    model.addAttribute("errors", Map.of());
    return "console/password";
  }

  @PostMapping
  String change(Principal principal, @RequestParam(defaultValue = "") String currentPassword,
      @RequestParam(defaultValue = "") String newPassword, @RequestParam(defaultValue = "") String repeatPassword,
      Model model, RedirectAttributes redirect, Locale locale) {
    try {
      administration.changeOwnPassword(accounts.require(principal.getName()), currentPassword, newPassword,
          repeatPassword);
      redirect.addFlashAttribute("notice", texts.of("password.changed", locale));
      return "redirect:/console";
    } catch (DomainException e) {
      model.addAttribute("errors", StaffPages.errors(e, texts, locale));
      return "console/password";
    }
  }
}
