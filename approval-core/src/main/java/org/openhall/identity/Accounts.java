package org.openhall.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** All accounts. */
public interface Accounts extends JpaRepository<Account, String> {

  Optional<Account> findByUsername(String username);

  List<Account> findByDemoTrueAndEnabledTrue();
}
