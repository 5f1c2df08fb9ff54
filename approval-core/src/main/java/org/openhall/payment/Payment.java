package org.openhall.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.openhall.kernel.DomainException;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * 缴费: the fee one case owes, in fen (分) — never a floating-point amount — from DUE to PAID, with
 * how it was paid, the bank's or gateway's reference, when, and who recorded it.
 */
@Entity
@Table(name = "payment")
public class Payment extends AbstractAggregateRoot<Payment> {

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "case_number", nullable = false, length = 32, unique = true)
  private String caseNumber;

  @Column(name = "amount_fen", nullable = false)
  private long amountFen;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private PaymentStatus status;

  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  private PaymentMethod method;

  @Column(length = 64)
  private String reference;

  @Column(name = "order_id", length = 36, unique = true)
  private String orderId;

  @Column(name = "due_at", nullable = false)
  private Instant dueAt;

  @Column(name = "paid_at")
  private Instant paidAt;

  @Column(name = "recorded_by", length = 36)
  private String recordedBy;

  @Version
  private long version;

  protected Payment() {
  }

  Payment(String caseNumber, long amountFen, Instant dueAt) {
    if (amountFen <= 0) {
      throw new IllegalArgumentException("a payment is for a positive amount");
    }
    this.id = UUID.randomUUID().toString();
    this.caseNumber = caseNumber;
    this.amountFen = amountFen;
    this.status = PaymentStatus.DUE;
    this.dueAt = dueAt;
  }

  /** Opens (or reopens) the online order the gateway is told about. */
  String openOrder() {
    requireDue();
    if (orderId == null) {
      orderId = UUID.randomUUID().toString();
    }
    return orderId;
  }

  /** Records the payment; refuses a second one (409 {@code PAYMENT_ALREADY_PAID}). */
  void paid(PaymentMethod how, String ref, Instant at, String recordedByAccountId) {
    requireDue();
    this.status = PaymentStatus.PAID;
    this.method = how;
    this.reference = ref;
    this.paidAt = at;
    this.recordedBy = recordedByAccountId;
    registerEvent(new PaymentReceived(caseNumber));
  }

  private void requireDue() {
    if (status != PaymentStatus.DUE) {
      throw DomainException.conflict("PAYMENT_ALREADY_PAID", caseNumber);
    }
  }

  public String id() {
    return id;
  }

  public String caseNumber() {
    return caseNumber;
  }

  public long amountFen() {
    return amountFen;
  }

  /** The amount in yuan with two decimals, exactly (for display). */
  public java.math.BigDecimal amountYuan() {
    return java.math.BigDecimal.valueOf(amountFen, 2);
  }

  public PaymentStatus status() {
    return status;
  }

  public Optional<PaymentMethod> method() {
    return Optional.ofNullable(method);
  }

  public Optional<String> reference() {
    return Optional.ofNullable(reference);
  }

  public Optional<String> orderId() {
    return Optional.ofNullable(orderId);
  }

  public Instant dueAt() {
    return dueAt;
  }

  public Optional<Instant> paidAt() {
    return Optional.ofNullable(paidAt);
  }

  public Optional<String> recordedBy() {
    return Optional.ofNullable(recordedBy);
  }
}
