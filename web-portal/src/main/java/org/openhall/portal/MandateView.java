package org.openhall.portal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.openhall.identity.PartyKind;
import org.openhall.mandate.Mandate;
import org.openhall.mandate.MandateStatus;

/**
 * A mandate as its agent and its principal see it: the principal's number masked, {@code scope}
 * empty for all items, {@code role} the caller's part in it (AGENT or PRINCIPAL).
 */
record MandateView(String mandateId, MandateStatus status, String role, String agentName,
    String principalName, PartyKind principalKind, String principalMasked, List<String> scope,
    LocalDate validFrom, LocalDate validTo, OffsetDateTime recordedAt, OffsetDateTime confirmedAt) {

  static MandateView of(Mandate m, String callerAccountId, LocalDate today, ZoneId zone) {
    return new MandateView(m.id(), m.statusOn(today),
        m.agentAccountId().equals(callerAccountId) ? "AGENT" : "PRINCIPAL", m.agentName(),
        m.principalName(), m.principalKind(), m.principalMasked(), m.scope(), m.validFrom(),
        m.validTo(), m.recordedAt().atZone(zone).toOffsetDateTime(),
        m.confirmedAt().map(at -> at.atZone(zone).toOffsetDateTime()).orElse(null));
  }
}
