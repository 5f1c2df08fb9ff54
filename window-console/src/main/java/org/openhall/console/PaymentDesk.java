package org.openhall.console;

import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.openhall.identity.AccountDirectory;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.kernel.DomainException;
import org.openhall.kernel.Texts;
import org.openhall.payment.CasePayments;
import org.openhall.payment.Payment;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 窗口缴费: a clerk of the lead department records the bank window's receipt of a case's fee, from the
 * staff case page's form or over JSON; the case then goes on to issue.
 */
@Controller
class PaymentDesk {

  private final AccountDirectory accounts;
  private final CasePayments payments;
  private final Texts texts;
  private final java.time.ZoneId zone;

  PaymentDesk(AccountDirectory accounts, CasePayments payments, Texts texts, java.time.Clock clock) {
    this.zone = clock.getZone();
    this.accounts = accounts;
    this.payments = payments;
    this.texts = texts;
  }

  /**
   * {@code {reference, paidOn}}: 201 with the payment. 400 {@code PAYMENT_REFERENCE_REQUIRED} or
   * {@code PAYMENT_DATE_INVALID}; 404 for staff who may not handle the case as its clerk; 409
   * {@code PAYMENT_NOT_DUE} or {@code PAYMENT_ALREADY_PAID}.
   */
  @PostMapping("/api/v1/console/cases/{caseNumber}/payments")
  @ResponseBody
  ResponseEntity<Recorded> record(Principal principal, @PathVariable String caseNumber,
      @RequestBody BankWindowPayment request) {
    Payment p = payments.recordAtBankWindow(caseNumber, accounts.require(principal.getName()),
        request.reference(), request.paidOn());
    return ResponseEntity.created(URI.create("/api/v1/console/cases/" + caseNumber + "/payments"))
        .body(Recorded.of(p, zone));
  }

  @PostMapping("/console/cases/{caseNumber}/payment")
  String recordFromForm(Principal principal, @PathVariable String caseNumber,
      @RequestParam(required = false) String reference, @RequestParam(required = false) String paidOn,
      RedirectAttributes redirect, Locale locale) {
    Member me = accounts.require(principal.getName());
    try {
      LocalDate on;
      try {
        on = paidOn == null || paidOn.isBlank() ? null : LocalDate.parse(paidOn.strip());
      } catch (DateTimeParseException unreadable) {
        on = null;
      }
      payments.recordAtBankWindow(caseNumber, me, reference, on);
      redirect.addFlashAttribute("notice", texts.of("payment.recorded", locale));
    } catch (DomainException e) {
      redirect.addFlashAttribute("paymentError", texts.of(e, locale));
      redirect.addFlashAttribute("paymentReference", reference);
    }
    return "redirect:/console/cases/" + caseNumber + "#case-payment";
  }

  /** The bank's reference (凭证号) and the day the applicant paid at the bank window. */
  record BankWindowPayment(String reference, LocalDate paidOn) {
  }

  /** The payment as recorded: amount in fen, status PAID, method BANK_WINDOW. */
  record Recorded(String caseNumber, long amountFen, String status, String method, String reference,
      OffsetDateTime paidAt) {

    static Recorded of(Payment p, java.time.ZoneId zone) {
      return new Recorded(p.caseNumber(), p.amountFen(), p.status().name(),
          p.method().map(Enum::name).orElse(null), p.reference().orElse(null),
          p.paidAt().map(t -> t.atZone(zone).toOffsetDateTime()).orElse(null));
    }
  }
}
