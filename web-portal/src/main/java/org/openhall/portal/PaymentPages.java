package org.openhall.portal;

import java.security.Principal;
import org.openhall.identity.AccountDirectory;
import org.openhall.payment.CasePayments;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** 缴费 on the portal: the case page's "pay online" sends the applicant to the gateway's page. */
@Controller
class PaymentPages {

  private final AccountDirectory accounts;
  private final CasePayments payments;

  PaymentPages(AccountDirectory accounts, CasePayments payments) {
    this.accounts = accounts;
    this.payments = payments;
  }

  @PostMapping("/cases/{caseNumber}/payment/online")
  String payOnline(@PathVariable String caseNumber, Principal principal) {
    return "redirect:" + payments.startOnline(caseNumber, accounts.require(principal.getName()));
  }
}
