package org.openhall.casefile;

import java.time.LocalDate;

/**
 * Asked when a case names a held licence: may {@code applicant} apply for {@code action} on the
 * licence {@code licenceNumber} under {@code itemCode} on {@code today}? Throws the localized refusal
 * otherwise. Implemented by the licence module (which depends on cases, not the other way round).
 */
public interface HeldLicenceCheck {

  void check(Applicant applicant, String itemCode, String licenceNumber, LicenceAction action,
      LocalDate today);

  /** Asked when approving such a case: the licence must still be valid (not revoked, ended or expired). */
  void checkStillValid(String licenceNumber, LocalDate today);
}
