package org.openhall.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.kernel.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts as an administrator changes them: created with roles per department, renamed,
 * regranted, disabled and enabled, their password reset or changed by the person. Each call answers
 * the account as it is afterwards; validation and the audit are the caller's.
 */
@Service
public class StaffAccounts {

  private final Accounts accounts;
  private final AccountDirectory directory;

  StaffAccounts(Accounts accounts, AccountDirectory directory) {
    this.accounts = accounts;
    this.directory = directory;
  }

  /** Every staff account, disabled ones too, by username. */
  @Transactional(readOnly = true)
  public List<Member> all() {
    return accounts.findByKindOrderByUsername(PartyKind.STAFF).stream()
        .map(a -> directory.find(a.username()).orElseThrow()).toList();
  }

  /** Any account by username, disabled ones too. */
  @Transactional(readOnly = true)
  public Optional<Member> find(String username) {
    return directory.find(username);
  }

  public boolean exists(String username) {
    return accounts.findByUsername(username).isPresent();
  }

  @Transactional
  public Member create(String username, String passwordHash, String displayName, Set<RoleGrant> grants) {
    accounts.saveAndFlush(Account.staff(username, passwordHash, displayName, grants));
    return directory.find(username).orElseThrow();
  }

  @Transactional
  public Member change(String username, String displayName, Set<RoleGrant> grants) {
    Account a = staff(username);
    a.rename(displayName);
    a.regrant(grants);
    accounts.flush();
    return directory.find(username).orElseThrow();
  }

  @Transactional
  public Member enable(String username, boolean enabled) {
    Account a = staff(username);
    if (enabled) {
      a.enable();
    } else {
      a.disable();
    }
    accounts.flush();
    return directory.find(username).orElseThrow();
  }

  /** Sets a password the person must replace at their next sign-in. */
  @Transactional
  public Member resetPassword(String username, String passwordHash) {
    staff(username).resetPassword(passwordHash);
    accounts.flush();
    return directory.find(username).orElseThrow();
  }

  /** The person's own new password; clears the demand to change it. */
  @Transactional
  public Member changePassword(String username, String passwordHash) {
    Account a = accounts.findByUsername(username)
        .orElseThrow(() -> DomainException.notFound("STAFF_NOT_FOUND", username));
    a.changePassword(passwordHash);
    accounts.flush();
    return directory.find(username).orElseThrow();
  }

  private Account staff(String username) {
    return accounts.findByUsername(username).filter(a -> a.kind() == PartyKind.STAFF)
        .orElseThrow(() -> DomainException.notFound("STAFF_NOT_FOUND", username));
  }
}
