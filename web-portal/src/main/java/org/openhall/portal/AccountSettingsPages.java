package org.openhall.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openhall.kernel.DomainException;
import org.openhall.kernel.Texts;
import org.openhall.registration.AccountSettings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 我的账户: the signed-in applicant's profile, e-mail address, notification channel and password, as plain
 * forms that work without script. Asking for the e-mail code is a second submit button of the e-mail form,
 * so the address typed comes back with the notice or the errors; a code is never shown on a page.
 */
@Controller
class AccountSettingsPages {

  private final AccountSettings settings;
  private final Texts texts;

  AccountSettingsPages(AccountSettings settings, Texts texts) {
    this.settings = settings;
    this.texts = texts;
  }

  @GetMapping("/account")
  String account(Principal principal, Model model) {
    return page(principal, null, null, Map.of(), model);
  }

  /** {@code action}: {@code code} sends a code to the new phone, else confirms it with the code typed. */
  @PostMapping("/account/phone")
  String phone(Principal principal, @RequestParam(defaultValue = "") String phone,
      @RequestParam(defaultValue = "") String phoneCode, @RequestParam(defaultValue = "confirm") String action,
      HttpServletRequest request, Model model, RedirectAttributes redirect, Locale locale) {
    model.addAttribute("phone", phone);
    model.addAttribute("phoneCode", phoneCode);
    try {
      if ("code".equals(action)) {
        var sent = settings.requestPhoneCode(principal.getName(), phone, request.getRemoteAddr());
        model.addAttribute("notice", texts.of("account.phone.codeSent", locale, sent.phoneMasked()));
        return page(principal, null, null, Map.of(), model);
      }
      settings.confirmPhone(principal.getName(), phone, phoneCode);
      redirect.addFlashAttribute("notice", texts.of("account.phone.saved", locale));
      return "redirect:/account";
    } catch (DomainException e) {
      return page(principal, null, null, errors(e, "phone", locale), model);
    }
  }

  /** {@code action}: {@code code} e-mails a code to the address, else confirms it with the code typed. */
  @PostMapping("/account/email")
  String email(Principal principal, @RequestParam(defaultValue = "") String email,
      @RequestParam(defaultValue = "") String emailCode, @RequestParam(defaultValue = "confirm") String action,
      HttpServletRequest request, Model model, RedirectAttributes redirect, Locale locale) {
    try {
      if ("code".equals(action)) {
        var sent = settings.requestEmailCode(principal.getName(), email, request.getRemoteAddr(), locale);
        model.addAttribute("notice", texts.of("account.email.codeSent", locale, sent.emailMasked()));
        return page(principal, email, null, Map.of(), model);
      }
      settings.confirmEmail(principal.getName(), email, emailCode);
      redirect.addFlashAttribute("notice", texts.of("account.email.saved", locale));
      return "redirect:/account";
    } catch (DomainException e) {
      return page(principal, email, emailCode, errors(e, "email", locale), model);
    }
  }

  @PostMapping("/account/email/removal")
  String removeEmail(Principal principal, RedirectAttributes redirect, Locale locale) {
    settings.removeEmail(principal.getName());
    redirect.addFlashAttribute("notice", texts.of("account.email.removed", locale));
    return "redirect:/account";
  }

  @PostMapping("/account/notifications")
  String notifications(Principal principal, @RequestParam(defaultValue = "true") boolean byEmail,
      RedirectAttributes redirect, Locale locale) {
    settings.notifyByEmail(principal.getName(), byEmail);
    redirect.addFlashAttribute("notice", texts.of("account.notify.saved", locale));
    return "redirect:/account";
  }

  /** The language of the account's e-mails and text messages: {@code en} or {@code zh-CN}. */
  @PostMapping("/account/language")
  String language(Principal principal, @RequestParam(defaultValue = "zh-CN") String language,
      RedirectAttributes redirect, Locale locale) {
    settings.writeMessagesIn(principal.getName(), Locale.forLanguageTag(language));
    redirect.addFlashAttribute("notice", texts.of("account.language.saved", locale));
    return "redirect:/account";
  }

  /** Passwords typed never come back on the page, not even with errors. */
  @PostMapping("/account/password")
  String password(Principal principal, @RequestParam(defaultValue = "") String currentPassword,
      @RequestParam(defaultValue = "") String newPassword, Model model, RedirectAttributes redirect,
      Locale locale) {
    try {
      settings.changePassword(principal.getName(), currentPassword, newPassword);
      redirect.addFlashAttribute("notice", texts.of("account.password.changed", locale));
      return "redirect:/account";
    } catch (DomainException e) {
      return page(principal, null, null, errors(e, "currentPassword", locale), model);
    }
  }

  private String page(Principal principal, String email, String emailCode, Map<String, String> errors,
      Model model) {
    model.addAttribute("me", AccountSettingsApi.view(settings.profile(principal.getName())));
    model.addAttribute("email", email);
    model.addAttribute("emailCode", emailCode);
    model.addAttribute("errors", errors);
    return "portal/account";
  }

  /** Each field's messages under the page's input ids; a refusal without fields goes to {@code general}. */
  private Map<String, String> errors(DomainException e, String general, Locale locale) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (e.violations().isEmpty()) {
      errors.put(general, texts.of(e, locale));
    }
    e.violations().forEach(v -> errors.merge("code".equals(v.field()) ? "emailCode" : v.field(),
        texts.of(v.code(), locale, v.args().toArray()), (a, b) -> a + " " + b));
    return errors;
  }
}
