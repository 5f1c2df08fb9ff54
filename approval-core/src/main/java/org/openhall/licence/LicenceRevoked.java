package org.openhall.licence;

import java.time.LocalDate;

/** A licence was revoked (撤销 or 吊销) with a reason; {@code caseNumber} is the case that issued it. */
public record LicenceRevoked(String caseNumber, String licenceNumber, RevocationKind kind, String reason,
    LocalDate revokedOn) {
}
