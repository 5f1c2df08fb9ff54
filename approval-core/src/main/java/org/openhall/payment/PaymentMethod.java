package org.openhall.payment;

/** How a fee was paid: at the centre's bank window (recorded by a clerk) or online through a gateway. */
public enum PaymentMethod {
  BANK_WINDOW, ONLINE
}
