/** 缴费: the fee a case owes before a step, paid at the bank window or online through a {@link org.openhall.payment.PaymentGateway}. */
package org.openhall.payment;
