package org.openhall.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** All accounts. */
public interface Accounts extends JpaRepository<Account, String> {

  Optional<Account> findByUsername(String username);

  List<Account> findByDemoTrueAndEnabledTrue();

  List<Account> findByPartyIdAndEnabledTrue(String partyId);

  /** Enabled accounts holding {@code role} in {@code department}. */
  @Query("select distinct a from Account a join a.grants g"
      + " where g.role = :role and g.departmentCode = :department and a.enabled = true order by a.username")
  List<Account> findStaff(@Param("role") Role role, @Param("department") String department);

  /** Enabled accounts holding {@code role}, in any department. */
  @Query("select distinct a from Account a join a.roles r where r = :role and a.enabled = true order by a.username")
  List<Account> findStaff(@Param("role") Role role);

  /** Usernames of disabled accounts. */
  @Query("select a.username from Account a where a.enabled = false order by a.username")
  List<String> findDisabledUsernames();

  /** Accounts with this phone, for a forgotten password. */
  List<Account> findByPhoneAndEnabledTrue(String phone);

  /** Staff accounts (by kind), by username. */
  List<Account> findByKindOrderByUsername(PartyKind kind);
}
