package org.openhall.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openhall.catalogue.form.ResidentIdNumber;
import org.openhall.identity.ApplicantAccounts.Profile;
import org.openhall.identity.PartyKind;
import org.openhall.registration.AccountSettings;
import org.openhall.registration.AccountSettings.EmailCodeSent;
import org.openhall.registration.OnlineRegistration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 我的账户 over JSON: the signed-in applicant's own account, its e-mail address (confirmed by a code e-mailed
 * to it), where notifications go, and its password. No answer ever carries a password or a code.
 */
@RestController
@RequestMapping("/api/v1/accounts/me")
class AccountSettingsApi {

  private final AccountSettings settings;

  AccountSettingsApi(AccountSettings settings) {
    this.settings = settings;
  }

  /**
   * 200 {@code {username, kind, name, roles[], phone, email, emailNotifications}} and, for a person,
   * {@code idNumberMasked}; for a company {@code creditCode, legalRepresentative{name, idNumberMasked}}.
   */
  @GetMapping
  Map<String, Object> me(Principal principal) {
    return view(settings.profile(principal.getName()));
  }

  /**
   * E-mails a six-digit code to the address: 202 {@code {emailMasked, expiresInSeconds, resendAfterSeconds}};
   * 400 VALIDATION_FAILED ({@code email}); 429 EMAIL_CODE_TOO_SOON or EMAIL_CODE_DAILY_LIMIT; 503
   * EMAIL_UNAVAILABLE. The e-mail is in the caller's language ({@code Accept-Language}).
   */
  @PostMapping("/email-codes")
  ResponseEntity<EmailCodeSent> emailCode(Principal principal, @RequestBody EmailRequest request,
      HttpServletRequest http, Locale locale) {
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(
        settings.requestEmailCode(principal.getName(), request.email(), http.getRemoteAddr(), locale));
  }

  /** Stores the address with the code e-mailed to it: 200 the account; 400 VALIDATION_FAILED ({@code email, code}). */
  @PutMapping("/email")
  Map<String, Object> confirmEmail(Principal principal, @RequestBody EmailRequest request) {
    settings.confirmEmail(principal.getName(), request.email(), request.code());
    return view(settings.profile(principal.getName()));
  }

  /**
   * Sends a code by text message to a new phone: 202 {@code {phoneMasked, expiresInSeconds, resendAfterSeconds}};
   * 400 ({@code phone}: PHONE_MOBILE_INVALID, PHONE_UNCHANGED); 429 PHONE_CODE_TOO_SOON or
   * PHONE_CODE_DAILY_LIMIT; 503 SMS_GATEWAY_UNAVAILABLE.
   */
  @PostMapping("/phone-codes")
  ResponseEntity<OnlineRegistration.CodeSent> phoneCode(Principal principal, @RequestBody PhoneRequest request,
      HttpServletRequest http) {
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(
        settings.requestPhoneCode(principal.getName(), request.phone(), http.getRemoteAddr()));
  }

  /** The new phone with the code sent to it: 200 the account; 400 VALIDATION_FAILED ({@code phone, phoneCode}). */
  @PutMapping("/phone")
  Map<String, Object> confirmPhone(Principal principal, @RequestBody PhoneRequest request) {
    settings.confirmPhone(principal.getName(), request.phone(), request.phoneCode());
    return view(settings.profile(principal.getName()));
  }

  /** Removes the e-mail address (notifications go to the phone): 204, also when there was none. */
  @DeleteMapping("/email")
  ResponseEntity<Void> removeEmail(Principal principal) {
    settings.removeEmail(principal.getName());
    return ResponseEntity.noContent().build();
  }

  /** {@code {byEmail}}: whether case notifications go to the e-mail address or to the phone; 200 the account. */
  @PutMapping("/notifications")
  Map<String, Object> notifications(Principal principal, @RequestBody NotificationChoice choice) {
    settings.notifyByEmail(principal.getName(), choice.byEmail() == null || choice.byEmail());
    return view(settings.profile(principal.getName()));
  }

  /**
   * {@code {language}}: {@code en} or {@code zh-CN}, the language of the account's e-mails and text
   * messages; 200 the account; 400 LANGUAGE_UNSUPPORTED for any other.
   */
  @PutMapping("/language")
  Map<String, Object> language(Principal principal, @RequestBody LanguageChoice choice) {
    String tag = choice.language() == null ? "" : choice.language().strip();
    if (!tag.equals("en") && !tag.equals("zh-CN") && !tag.equals("zh")) {
      throw new org.openhall.kernel.DomainException(org.openhall.kernel.DomainException.Kind.INVALID,
          "VALIDATION_FAILED", java.util.List.of(new org.openhall.kernel.DomainException.Violation("language",
              "LANGUAGE_UNSUPPORTED", java.util.List.of(tag))));
    }
    settings.writeMessagesIn(principal.getName(), java.util.Locale.forLanguageTag(tag));
    return view(settings.profile(principal.getName()));
  }

  /**
   * A new password: 204; 400 VALIDATION_FAILED with {@code currentPassword} (PASSWORD_CURRENT_WRONG, which
   * counts towards the sign-in lockout) or {@code newPassword} (the password rules, PASSWORD_UNCHANGED).
   */
  @PutMapping("/password")
  ResponseEntity<Void> password(Principal principal, @RequestBody PasswordChange change) {
    settings.changePassword(principal.getName(), change.currentPassword(), change.newPassword());
    return ResponseEntity.noContent().build();
  }

  /** The account as the API and the page show it: numbers masked, the holder's own phone and e-mail in full. */
  static Map<String, Object> view(Profile p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("username", p.username());
    m.put("kind", p.kind().name());
    m.put("name", p.name());
    m.put("roles", p.roles().stream().map(Enum::name).sorted().toList());
    if (p.kind() == PartyKind.ENTITY) {
      m.put("creditCode", p.partyId());
      Map<String, Object> rep = new LinkedHashMap<>();
      rep.put("name", p.legalRepresentativeName());
      rep.put("idNumberMasked", p.legalRepresentativeIdNumber() == null ? null
          : ResidentIdNumber.mask(p.legalRepresentativeIdNumber()));
      m.put("legalRepresentative", rep);
    } else {
      m.put("idNumberMasked", p.partyId() == null ? null : ResidentIdNumber.mask(p.partyId()));
    }
    m.put("phone", p.phone());
    m.put("email", p.email());
    m.put("emailNotifications", p.emailNotifications());
    m.put("messageLanguage", p.messagesInEnglish() ? "en" : "zh-CN");
    return m;
  }

  /** {@code email}, and {@code code} when confirming. */
  record EmailRequest(String email, String code) {

    @Override
    public String toString() {
      return "EmailRequest";
    }
  }

  /** {@code phone}, and {@code phoneCode} when confirming. */
  record PhoneRequest(String phone, String phoneCode) {

    @Override
    public String toString() {
      return "PhoneRequest";
    }
  }

  /** The language of e-mails and text messages. */
  record LanguageChoice(String language) {
  }

  /** Whether notifications go by e-mail. */
  record NotificationChoice(Boolean byEmail) {
  }

  /** The current password and the new one. */
  record PasswordChange(String currentPassword, String newPassword) {

    @Override
    public String toString() {
      return "PasswordChange";
    }
  }
}
