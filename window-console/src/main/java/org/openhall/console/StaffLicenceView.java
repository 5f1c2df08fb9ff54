package org.openhall.console;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.openhall.licence.Licence;
import org.openhall.licence.LicenceStatus;
import org.openhall.licence.RevocationKind;

/** A licence as staff of its department see it: status as of today, and how it ended if it did. */
record StaffLicenceView(String licenceNumber, String verificationCode, String caseNumber, String itemCode,
    String itemName, String licenceTitle, String holderName, String departmentName, LocalDate issuedOn,
    LocalDate validUntil, LicenceStatus status, LocalDate endedOn, RevocationKind revocationKind,
    String revocationReason, String revokedBy, OffsetDateTime revokedAt, String supersedes,
    String supersededBy) {

  static StaffLicenceView of(Licence l, LocalDate today, ZoneId zone) {
    return new StaffLicenceView(l.licenceNumber(), l.verificationCode(), l.caseNumber(), l.itemCode(),
        l.itemName(), l.licenceTitle(), l.holderName(), l.departmentName(), l.issuedOn(), l.validUntil(),
        l.statusOn(today), l.endedOn().orElse(null), l.revocationKind().orElse(null),
        l.revocationReason().orElse(null), l.revokedBy().orElse(null),
        l.revokedAt().map(i -> i.atZone(zone).toOffsetDateTime()).orElse(null), l.supersedes().orElse(null),
        l.supersededBy().orElse(null));
  }
}
