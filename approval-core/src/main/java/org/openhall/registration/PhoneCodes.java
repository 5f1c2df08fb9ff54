package org.openhall.registration;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The one-time codes sent, newest first per phone. */
interface PhoneCodes extends JpaRepository<PhoneCode, String> {

  Optional<PhoneCode> findFirstByPhoneOrderByIssuedAtDesc(String phone);

  Optional<PhoneCode> findFirstByPhoneAndPurposeOrderByIssuedAtDesc(String phone, CodePurpose purpose);

  long countByPhoneAndIssuedAtAfter(String phone, Instant since);

  /** Uses the code unless a concurrent request did first: 1 when this one did. */
  @Modifying(flushAutomatically = true)
  @Query("update PhoneCode c set c.usedAt = :at where c.id = :id and c.usedAt is null")
  int use(@Param("id") String id, @Param("at") Instant at);
}
