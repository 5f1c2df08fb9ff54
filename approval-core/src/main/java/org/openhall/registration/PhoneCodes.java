package org.openhall.registration;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The one-time codes sent, newest first per phone. */
interface PhoneCodes extends JpaRepository<PhoneCode, String> {

  Optional<PhoneCode> findFirstByPhoneOrderByIssuedAtDesc(String phone);

  Optional<PhoneCode> findFirstByPhoneAndPurposeOrderByIssuedAtDesc(String phone, CodePurpose purpose);

  long countByPhoneAndIssuedAtAfter(String phone, Instant since);
}
