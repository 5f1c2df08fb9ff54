package org.openhall.payment;

/** A case's fee was paid; the case's process goes on to the step that waited for it. */
public record PaymentReceived(String caseNumber) {
}
