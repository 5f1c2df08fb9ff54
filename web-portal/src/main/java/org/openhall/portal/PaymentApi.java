package org.openhall.portal;

import java.security.Principal;
import java.util.Map;
import org.openhall.identity.AccountDirectory;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.payment.CasePayments;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 缴费 over JSON: the applicant starts an online payment; the gateway's signed callback confirms it
 * (the callback is the one unauthenticated write: its signature is its credential).
 */
@RestController
class PaymentApi {

  private final AccountDirectory accounts;
  private final CasePayments payments;

  PaymentApi(AccountDirectory accounts, CasePayments payments) {
    this.accounts = accounts;
    this.payments = payments;
  }

  /**
   * 200 {@code {redirectUrl}}: where to send the applicant to pay. 404 {@code CASE_NOT_FOUND} when the
   * case is not the caller's; 409 {@code PAYMENT_NOT_DUE}, {@code PAYMENT_ALREADY_PAID},
   * {@code ONLINE_PAYMENT_UNAVAILABLE}.
   */
  @PostMapping("/api/v1/cases/{caseNumber}/payments/online")
  Map<String, String> startOnline(Principal principal, @PathVariable String caseNumber) {
    Member me = accounts.require(principal.getName());
    return Map.of("redirectUrl", payments.startOnline(caseNumber, me));
  }

  /**
   * The gateway's callback, form-encoded. 200 {@code {recorded: true}} when it recorded the payment,
   * 200 {@code {recorded: false}} for a duplicate of one already recorded; 400
   * {@code PAYMENT_CALLBACK_INVALID} or {@code PAYMENT_AMOUNT_MISMATCH}.
   */
  @PostMapping(path = "/api/v1/payments/callback", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  ResponseEntity<Map<String, Boolean>> callback(@RequestParam Map<String, String> callback) {
    return ResponseEntity.ok(Map.of("recorded", payments.confirmOnline(callback)));
  }
}
