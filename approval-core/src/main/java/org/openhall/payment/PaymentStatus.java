package org.openhall.payment;

/** Where a payment stands: DUE (待缴费) until it is PAID (已缴费). */
public enum PaymentStatus {
  DUE, PAID
}
