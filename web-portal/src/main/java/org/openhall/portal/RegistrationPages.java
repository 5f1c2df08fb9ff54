package org.openhall.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openhall.kernel.DomainException;
import org.openhall.kernel.Texts;
import org.openhall.registration.CodePurpose;
import org.openhall.registration.ForgottenPassword;
import org.openhall.registration.NewAccount;
import org.openhall.registration.OnlineRegistration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 注册 and 找回密码 pages: plain forms that work without script. Asking for the code is a second submit
 * button of the same form, so everything typed comes back with the notice or the errors; a code is
 * never shown on a page.
 */
@Controller
class RegistrationPages {

  private final OnlineRegistration registration;
  private final Texts texts;

  private final org.openhall.registration.AccountSettings settings;

  RegistrationPages(OnlineRegistration registration, Texts texts,
      org.openhall.registration.AccountSettings settings) {
    this.registration = registration;
    this.settings = settings;
    this.texts = texts;
  }

  @GetMapping("/register")
  String form(@RequestParam(required = false) String kind, Model model) {
    String k = "ENTITY".equals(kind) ? "ENTITY" : "PERSON";
    return registerPage(new RegistrationForm(k, null, null, null, null, null, null, null, null, null),
        Map.of(), null, model);
  }

  /** {@code action}: {@code code} sends a code to the phone, {@code kind} switches person/company, else registers. */
  @PostMapping("/register")
  String register(@ModelAttribute RegistrationForm form, @RequestParam(defaultValue = "register") String action,
      HttpServletRequest request, Model model, Locale locale) {
    if ("kind".equals(action)) {
      return registerPage(form, Map.of(), null, model);
    }
    try {
      if ("code".equals(action)) {
        var sent = registration.requestCode(form.phone(), CodePurpose.REGISTER.name(), request.getRemoteAddr());
        return registerPage(form, Map.of(), texts.of("register.codeSent", locale, sent.phoneMasked()), model);
      }
      var registered = registration.register(new NewAccount(form.kind(), form.username(), form.password(),
          form.name(), form.idNumber(), form.creditCode(), form.legalRepresentativeName(),
          form.legalRepresentativeIdNumber(), form.phone(), form.phoneCode()));
      // messages in the language the person registered in, until they choose another on My account
      settings.writeMessagesIn(registered.member().username(), locale);
      return registered.claimed() ? "redirect:/login?claimed" : "redirect:/login?registered";
    } catch (DomainException e) {
      return registerPage(form, errors(e, "code".equals(action) ? "phone" : "form", locale), null, model);
    }
  }

  @GetMapping("/password/forgot")
  String forgot(Model model) {
    return forgotPage(new ForgotForm(null, null, null, null), Map.of(), null, model);
  }

  /** {@code action}: {@code code} sends a code to the phone, else resets the password. */
  @PostMapping("/password/forgot")
  String reset(@ModelAttribute ForgotForm form, @RequestParam(defaultValue = "reset") String action,
      HttpServletRequest request, Model model, Locale locale) {
    try {
      if ("code".equals(action)) {
        var sent = registration.requestCode(form.phone(), CodePurpose.RESET_PASSWORD.name(), request.getRemoteAddr());
        return forgotPage(form, Map.of(), texts.of("register.codeSent", locale, sent.phoneMasked()), model);
      }
      registration.resetPassword(new ForgottenPassword(form.username(), form.phone(), form.phoneCode(),
          form.newPassword()));
      return "redirect:/login?reset";
    } catch (DomainException e) {
      return forgotPage(form, errors(e, "code".equals(action) ? "phone" : "form", locale), null, model);
    }
  }

  /** Each field's messages, under the form's input ids; a refusal without fields goes to {@code general}. */
  private Map<String, String> errors(DomainException e, String general, Locale locale) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (e.violations().isEmpty()) {
      errors.put(general, texts.of(e, locale));
    }
    e.violations().forEach(v -> errors.merge(inputId(v.field()), texts.of(v.code(), locale, v.args().toArray()),
        (a, b) -> a + " " + b));
    return errors;
  }

  private static String inputId(String field) {
    return switch (field) {
      case "legalRepresentative.name" -> "legalRepresentativeName";
      case "legalRepresentative.idNumber" -> "legalRepresentativeIdNumber";
      default -> field;
    };
  }

  private String registerPage(RegistrationForm form, Map<String, String> errors, String notice, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("company", "ENTITY".equals(form.kind()));
    model.addAttribute("errors", errors);
    model.addAttribute("notice", notice);
    return "portal/register";
  }

  private String forgotPage(ForgotForm form, Map<String, String> errors, String notice, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("notice", notice);
    return "portal/password-forgot";
  }

  /** What was typed on the register page, kept when it comes back. */
  record RegistrationForm(String kind, String username, String password, String name, String idNumber,
      String creditCode, String legalRepresentativeName, String legalRepresentativeIdNumber, String phone,
      String phoneCode) {

    @Override
    public String toString() {
      return "RegistrationForm[" + kind + ", " + username + "]";
    }
  }

  /** What was typed on the forgotten-password page. */
  record ForgotForm(String phone, String username, String phoneCode, String newPassword) {

    @Override
    public String toString() {
      return "ForgotForm[" + username + "]";
    }
  }
}
