package org.openhall.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.openhall.registration.ForgottenPassword;
import org.openhall.registration.NewAccount;
import org.openhall.registration.OnlineRegistration;
import org.openhall.registration.OnlineRegistration.CodeSent;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 网上注册 over JSON, without a login: a one-time code to a phone, registering a person or a company,
 * and resetting a forgotten password. No answer ever carries a password or a code.
 */
@RestController
@RequestMapping("/api/v1/accounts")
class AccountApi {

  private final OnlineRegistration registration;

  private final org.openhall.registration.AccountSettings settings;

  AccountApi(OnlineRegistration registration, org.openhall.registration.AccountSettings settings) {
    this.registration = registration;
    this.settings = settings;
  }

  /**
   * Sends a six-digit code: 202 {@code {phoneMasked, expiresInSeconds, resendAfterSeconds}}; 400 for a
   * phone that is not a mainland mobile number or an unknown purpose; 429 PHONE_CODE_TOO_SOON (one code
   * per phone a minute) or PHONE_CODE_DAILY_LIMIT; 503 SMS_GATEWAY_UNAVAILABLE.
   */
  @PostMapping("/phone-codes")
  ResponseEntity<CodeSent> phoneCode(@RequestBody PhoneCodeRequest request, HttpServletRequest http) {
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .body(registration.requestCode(request.phone(), request.purpose(), http.getRemoteAddr()));
  }

  /**
   * Registers: 201 {@code {accountId, username, kind, name, claimedWalkIn}}. 400 VALIDATION_FAILED with
   * {@code errors[]} by field (check digits, password rules, the code); 409 USERNAME_TAKEN or
   * ACCOUNT_ALREADY_REGISTERED. An unclaimed account registered at a window with the same number is
   * claimed ({@code claimedWalkIn: true}) rather than duplicated.
   */
  @PostMapping
  ResponseEntity<Map<String, Object>> register(@RequestBody RegistrationRequest r, java.util.Locale locale) {
    LegalRepresentative rep = r.legalRepresentative() == null ? new LegalRepresentative(null, null)
        : r.legalRepresentative();
    var registered = registration.register(new NewAccount(r.kind(), r.username(), r.password(), r.name(),
        r.idNumber(), r.creditCode(), rep.name(), rep.idNumber(), r.phone(), r.phoneCode()));
    var m = registered.member();
    // e-mails and text messages in the request's language (Accept-Language), until changed on My account
    settings.writeMessagesIn(m.username(), locale);
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("accountId", m.id(), "username", m.username(),
        "kind", m.kind().name(), "name", m.displayName(), "claimedWalkIn", registered.claimed()));
  }

  /** Sets a new password with the code sent to the account's phone: 200 {@code {username}}; 400 otherwise. */
  @PostMapping("/password-reset")
  Map<String, String> resetPassword(@RequestBody PasswordResetRequest r) {
    return Map.of("username", registration.resetPassword(
        new ForgottenPassword(r.username(), r.phone(), r.phoneCode(), r.newPassword())));
  }

  /** {@code purpose}: REGISTER or RESET_PASSWORD. */
  record PhoneCodeRequest(String phone, String purpose) {
  }

  /** {@code kind} PERSON with {@code idNumber}, or ENTITY with {@code creditCode} and {@code legalRepresentative}. */
  record RegistrationRequest(String kind, String username, String password, String name, String idNumber,
      String creditCode, LegalRepresentative legalRepresentative, String phone, String phoneCode) {

    @Override
    public String toString() {
      return "RegistrationRequest[" + kind + ", " + username + "]";
    }
  }

  /** 法定代表人. */
  record LegalRepresentative(String name, String idNumber) {
  }

  /** {@code username} or {@code phone}, the code, the new password. */
  record PasswordResetRequest(String username, String phone, String phoneCode, String newPassword) {

    @Override
    public String toString() {
      return "PasswordResetRequest[" + username + "]";
    }
  }
}
