package org.openhall.registration;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The one-time codes e-mailed, newest first per account and per address. */
interface EmailCodes extends JpaRepository<EmailCode, String> {

  Optional<EmailCode> findFirstByAccountIdOrderByIssuedAtDesc(String accountId);

  Optional<EmailCode> findFirstByEmailOrderByIssuedAtDesc(String email);

  long countByAccountIdAndIssuedAtAfter(String accountId, Instant since);

  long countByEmailAndIssuedAtAfter(String email, Instant since);

  /** Uses the code unless a concurrent request did first: 1 when this one did. */
  @Modifying(flushAutomatically = true, clearAutomatically = false)
  @Query("update EmailCode c set c.usedAt = :at where c.id = :id and c.usedAt is null")
  int use(@Param("id") String id, @Param("at") Instant at);
}
