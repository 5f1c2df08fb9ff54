package org.openhall.demo;

import java.security.Principal;
import java.util.UUID;
import org.openhall.identity.AccountDirectory;
import org.openhall.payment.CasePayments;
import org.openhall.payment.Payment;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The simulated bank's page (demo profile only): shows the order and, on confirmation, posts the
 * signed callback to OpenHall's callback endpoint over HTTP, as a real gateway would, then sends the
 * applicant back to the case.
 */
@Controller
@Profile("demo")
class SimulatedBankPages {

  private final AccountDirectory accounts;
  private final CasePayments payments;
  private final SimulatedPaymentGateway gateway;
  private final RestClient http;

  SimulatedBankPages(AccountDirectory accounts, CasePayments payments, SimulatedPaymentGateway gateway,
      RestClient.Builder http) {
    this.accounts = accounts;
    this.payments = payments;
    this.gateway = gateway;
    this.http = http.build();
  }

  @GetMapping("/demo-bank/{orderId}")
  String bank(@PathVariable String orderId, Principal principal, Model model) {
    model.addAttribute("p", payments.dueOrder(orderId, accounts.require(principal.getName())));
    return "demo/bank";
  }

  @PostMapping("/demo-bank/{orderId}/pay")
  String pay(@PathVariable String orderId, Principal principal) {
    Payment p = payments.dueOrder(orderId, accounts.require(principal.getName()));
    var callback = new LinkedMultiValueMap<String, String>();
    gateway.callbackFor(orderId, p.amountFen(), "SIM-" + UUID.randomUUID()).forEach(callback::add);
    http.post().uri(ServletUriComponentsBuilder.fromCurrentContextPath()
            .path("/api/v1/payments/callback").toUriString())
        .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(callback)
        .retrieve().toBodilessEntity();
    return "redirect:/cases/" + p.caseNumber() + "#case-payment";
  }
}
