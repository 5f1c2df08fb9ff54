package org.openhall.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * The outbox. Relays on several nodes claim a message with one conditional UPDATE (the one whose UPDATE
 * counts a row owns it until its lease ends), so a message is sent by one node at a time.
 */
interface OutboxMessages extends JpaRepository<OutboxMessage, String> {

  @Query("select m from OutboxMessage m where m.status = :pending and m.nextAttemptAt <= :now"
      + " and m.channel in :channels order by m.nextAttemptAt, m.sequenceNumber")
  List<OutboxMessage> findDue(@Param("pending") OutboxStatus pending, @Param("now") Instant now,
      @Param("channels") Collection<OutboxChannel> channels, Pageable page);

  /** Takes a due message for {@code node} until {@code leaseEnd}; 0 when another node was first. */
  @Modifying(clearAutomatically = true, flushAutomatically = true)
  @Query("update OutboxMessage m set m.nextAttemptAt = :leaseEnd, m.claimedBy = :node"
      + " where m.id = :id and m.status = :pending and m.nextAttemptAt <= :now")
  int claim(@Param("id") String id, @Param("node") String node, @Param("now") Instant now,
      @Param("leaseEnd") Instant leaseEnd, @Param("pending") OutboxStatus pending);

  @Modifying(clearAutomatically = true, flushAutomatically = true)
  @Query("update OutboxMessage m set m.status = :status, m.sentAt = :at, m.attempts = m.attempts + 1,"
      + " m.lastError = null, m.claimedBy = null where m.id = :id and m.claimedBy = :node")
  int sent(@Param("id") String id, @Param("node") String node, @Param("at") Instant at,
      @Param("status") OutboxStatus status);

  @Modifying(clearAutomatically = true, flushAutomatically = true)
  @Query("update OutboxMessage m set m.status = :status, m.nextAttemptAt = :next, m.attempts = m.attempts + 1,"
      + " m.lastError = :error, m.claimedBy = null where m.id = :id and m.claimedBy = :node")
  int failed(@Param("id") String id, @Param("node") String node, @Param("next") Instant next,
      @Param("error") String error, @Param("status") OutboxStatus status);

  long countByStatusAndChannel(OutboxStatus status, OutboxChannel channel);

  List<OutboxMessage> findByCaseNumberOrderByCreatedAtAscSequenceNumberAsc(String caseNumber);
}
