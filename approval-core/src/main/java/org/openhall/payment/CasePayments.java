package org.openhall.payment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.openhall.casefile.Case;
import org.openhall.casefile.CaseAccessPolicy;
import org.openhall.casefile.CaseFiles;
import org.openhall.catalogue.Catalogue;
import org.openhall.catalogue.PaymentDue;
import org.openhall.catalogue.ServiceGuide;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.identity.Role;
import org.openhall.kernel.DomainException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 缴费: opens the fee a case owes when its item says it is due before issue, records a bank-window
 * payment for a clerk, starts an online payment for the applicant and confirms it from the gateway's
 * callback. A payment publishes {@link PaymentReceived}, on which the case's process goes on.
 */
@Service
public class CasePayments {

  private final Payments payments;
  private final CaseFiles cases;
  private final Catalogue catalogue;
  private final ObjectProvider<PaymentGateway> gateway;
  private final Clock clock;

  CasePayments(Payments payments, CaseFiles cases, Catalogue catalogue,
      ObjectProvider<PaymentGateway> gateway, Clock clock) {
    this.payments = payments;
    this.cases = cases;
    this.catalogue = catalogue;
    this.gateway = gateway;
    this.clock = clock;
  }

  /**
   * For the engine after approval: whether the case must wait for a payment. Opens the DUE payment
   * (the item's fee total) the first time when the item says {@link PaymentDue#BEFORE_ISSUE}; an
   * already paid fee, or an item that asks for none, lets the case go straight on.
   */
  @Transactional
  public boolean awaitsPayment(String caseNumber) {
    Optional<Payment> existing = payments.findByCaseNumber(caseNumber);
    if (existing.isPresent()) {
      return existing.get().status() == PaymentStatus.DUE;
    }
    Case c = cases.byNumber(caseNumber);
    ServiceGuide guide = catalogue.version(c.itemVersionId()).content().guide();
    long fen = guide.feeTotalFen();
    if (guide.payment() != PaymentDue.BEFORE_ISSUE || fen <= 0) {
      return false;
    }
    payments.save(new Payment(caseNumber, fen, clock.instant()));
    return true;
  }

  /** The case's payment, if one was opened, for whoever may see the case (404 otherwise). */
  @Transactional(readOnly = true)
  public Optional<Payment> of(String caseNumber, Member member) {
    Case c = cases.visibleTo(caseNumber, member);
    return payments.findByCaseNumber(c.caseNumber());
  }

  /** The case's payment, if one was opened (for internal steps and the documents). */
  @Transactional(readOnly = true)
  public Optional<Payment> of(String caseNumber) {
    return payments.findByCaseNumber(caseNumber);
  }

  /** Whether {@code staff} may record the case's fee as paid at the bank window now (the console shows the form then). */
  @Transactional(readOnly = true)
  public boolean mayRecordAtBankWindow(String caseNumber, Member staff) {
    return payments.findByCaseNumber(caseNumber).filter(p -> p.status() == PaymentStatus.DUE).isPresent()
        && CaseAccessPolicy.canHandle(staff, cases.byNumber(caseNumber), Role.CLERK);
  }

  /** The DUE payment of an online order, for the applicant of its case only (404 otherwise). */
  @Transactional(readOnly = true)
  public Payment dueOrder(String orderId, Member applicant) {
    Payment p = payments.findByOrderId(orderId)
        .orElseThrow(() -> DomainException.notFound("PAYMENT_NOT_FOUND", orderId));
    Case c = cases.byNumber(p.caseNumber());
    if (CaseAccessPolicy.of(applicant, c) != CaseAccessPolicy.Access.APPLICANT) {
      throw DomainException.notFound("PAYMENT_NOT_FOUND", orderId);
    }
    return p;
  }

  /**
   * 窗口缴费: a clerk of the lead department records the bank window's receipt. 404 when the clerk
   * may not handle the case; 409 {@code PAYMENT_NOT_DUE} / {@code PAYMENT_ALREADY_PAID}; 400 without
   * a reference or with a date in the future.
   */
  @Transactional
  public Payment recordAtBankWindow(String caseNumber, Member clerk, String reference, LocalDate paidOn) {
    Case c = cases.byNumber(caseNumber);
    if (!CaseAccessPolicy.canHandle(clerk, c, Role.CLERK)) {
      throw DomainException.notFound("CASE_NOT_FOUND", caseNumber);
    }
    Payment p = payments.findByCaseNumber(caseNumber)
        .orElseThrow(() -> DomainException.conflict("PAYMENT_NOT_DUE", caseNumber));
    if (reference == null || reference.isBlank() || reference.strip().length() > 64) {
      throw DomainException.invalid("PAYMENT_REFERENCE_REQUIRED", caseNumber);
    }
    LocalDate today = LocalDate.now(clock);
    if (paidOn == null || paidOn.isAfter(today)) {
      throw DomainException.invalid("PAYMENT_DATE_INVALID", caseNumber);
    }
    var at = paidOn.equals(today) ? clock.instant() : paidOn.atStartOfDay(clock.getZone()).toInstant();
    p.paid(PaymentMethod.BANK_WINDOW, reference.strip(), at, clerk.id());
    return payments.save(p);
  }

  /**
   * 网上缴费: opens the online order and gives the gateway's address. 404 when the case is not the
   * caller's; 409 {@code PAYMENT_NOT_DUE}, {@code PAYMENT_ALREADY_PAID}, or
   * {@code ONLINE_PAYMENT_UNAVAILABLE} when no gateway is configured.
   */
  @Transactional
  public String startOnline(String caseNumber, Member applicant) {
    Case c = cases.visibleTo(caseNumber, applicant);
    if (CaseAccessPolicy.of(applicant, c) != CaseAccessPolicy.Access.APPLICANT) {
      throw DomainException.notFound("CASE_NOT_FOUND", caseNumber);
    }
    Payment p = payments.findByCaseNumber(caseNumber)
        .orElseThrow(() -> DomainException.conflict("PAYMENT_NOT_DUE", caseNumber));
    PaymentGateway g = gateway.getIfAvailable();
    if (g == null) {
      throw DomainException.conflict("ONLINE_PAYMENT_UNAVAILABLE", caseNumber);
    }
    p.openOrder();
    payments.save(p);
    return g.start(p);
  }

  /**
   * The gateway's callback. True when it recorded the payment, false for a duplicate of the callback
   * that already did (answered 200 all the same); 400 {@code PAYMENT_CALLBACK_INVALID} for a bad
   * signature, a stale or unknown order or a replay with another transaction, 400
   * {@code PAYMENT_AMOUNT_MISMATCH} when the amount is not the one due.
   */
  @Transactional
  public boolean confirmOnline(Map<String, String> callback) {
    PaymentGateway g = gateway.getIfAvailable();
    if (g == null) {
      throw DomainException.invalid("PAYMENT_CALLBACK_INVALID");
    }
    PaymentGateway.CallbackResult r = g.verify(callback);
    if (!r.valid()) {
      throw DomainException.invalid("PAYMENT_CALLBACK_INVALID");
    }
    Payment p = payments.findByOrderId(r.orderId())
        .orElseThrow(() -> DomainException.invalid("PAYMENT_CALLBACK_INVALID"));
    if (r.amountFen() != p.amountFen()) {
      throw DomainException.invalid("PAYMENT_AMOUNT_MISMATCH", p.caseNumber());
    }
    if (p.status() == PaymentStatus.PAID) {
      if (p.method().orElse(null) == PaymentMethod.ONLINE
          && r.transactionId().equals(p.reference().orElse(null))) {
        return false;
      }
      throw DomainException.invalid("PAYMENT_CALLBACK_INVALID");
    }
    p.paid(PaymentMethod.ONLINE, r.transactionId(), clock.instant(), null);
    payments.save(p);
    return true;
  }
}
