package org.openhall.licence;

/** A licence was issued for a case. */
public record LicenceIssued(String caseNumber, String licenceNumber, String verificationCode) {
}
