package org.openhall.licence;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** All issued licences. */
public interface Licences extends JpaRepository<Licence, String> {

  Optional<Licence> findByCaseNumber(String caseNumber);

  Optional<Licence> findByVerificationCode(String verificationCode);

  Optional<Licence> findByLicenceNumber(String licenceNumber);
}
