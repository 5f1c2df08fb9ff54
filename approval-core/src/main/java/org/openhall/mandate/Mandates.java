package org.openhall.mandate;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** All mandates. */
interface Mandates extends JpaRepository<Mandate, String> {

  List<Mandate> findByAgentAccountIdAndPrincipalPartyId(String agentAccountId, String principalPartyId);

  List<Mandate> findByAgentAccountIdAndStatus(String agentAccountId, MandateStatus status);

  @Query("""
      select m from Mandate m
      where m.agentAccountId = :accountId or m.principalAccountId = :accountId
      order by m.recordedAt desc""")
  List<Mandate> findInvolving(String accountId);
}
