package org.openhall.payment;

import java.util.Map;

/**
 * The port to an online payment provider: {@link #start} opens an order and gives the address the
 * applicant pays at; {@link #verify} checks the provider's callback (its signature, its freshness)
 * and says what it confirms. The amount is checked against the payment by {@link CasePayments}.
 */
public interface PaymentGateway {

  /** Opens an online order for the payment; the address to send the applicant to. */
  String start(Payment payment);

  /** Checks a callback's signature and freshness; {@link CallbackResult#valid()} false when it fails. */
  CallbackResult verify(Map<String, String> callback);

  /** What a verified callback says: the order, the amount in fen, the provider's transaction id. */
  record CallbackResult(boolean valid, String orderId, long amountFen, String transactionId) {

    public static CallbackResult invalid() {
      return new CallbackResult(false, null, 0, null);
    }
  }
}
