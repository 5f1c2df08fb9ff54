package org.openhall.catalogue;

/**
 * When an item's fees must be paid before the case goes on; an item without it asks for no payment
 * step (its fees, if any, are paid outside the case).
 */
public enum PaymentDue {
  /** 收费后发证: the licence is issued once the fee is paid. */
  BEFORE_ISSUE
}
