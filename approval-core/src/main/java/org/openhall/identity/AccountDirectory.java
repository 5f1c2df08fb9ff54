package org.openhall.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks accounts up for sign-in and for the rest of the system, and keeps the lockout count. */
@Service
public class AccountDirectory {

  static final int LOCK_AFTER_FAILURES = 5;
  static final Duration LOCK_DURATION = Duration.ofMinutes(15);

  private final Accounts accounts;
  private final Clock clock;

  AccountDirectory(Accounts accounts, Clock clock) {
    this.accounts = accounts;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Optional<Member> find(String username) {
    return accounts.findByUsername(username).map(this::toMember);
  }

  /** The signed-in account behind a principal name; it exists, or the session is stale (401). */
  @Transactional(readOnly = true)
  public Member require(String username) {
    return find(username).filter(Member::enabled)
        .orElseThrow(() -> new org.openhall.kernel.DomainException(
            org.openhall.kernel.DomainException.Kind.FORBIDDEN, "FORBIDDEN"));
  }

  /** The username of an account, by its id. */
  @Transactional(readOnly = true)
  public Optional<String> usernameOf(String accountId) {
    return accountId == null ? Optional.empty() : accounts.findById(accountId).map(Account::username);
  }

  /** An enabled account by its id. */
  @Transactional(readOnly = true)
  public Optional<Member> byId(String accountId) {
    return accounts.findById(accountId).filter(Account::enabled).map(this::toMember);
  }

  /**
   * How to reach an account with a notification: its username (inbox), e-mail (unless its holder chose the
   * phone) and phone, either may be null.
   */
  @Transactional(readOnly = true)
  public Optional<Contact> contactOf(String accountId) {
    return accountId == null ? Optional.empty() : accounts.findById(accountId).filter(Account::enabled)
        .map(a -> new Contact(a.id(), a.username(), a.notificationEmail(), a.phone(),
            a.messagesInEnglish()));
  }

  /** Where an account's notifications go. */
  public record Contact(String accountId, String username, String email, String phone, boolean english) {
  }

  /**
   * The one enabled applicant account (a person or company) registered with this resident ID
   * number or credit code; empty when there is none, or more than one and so no telling which.
   */
  @Transactional(readOnly = true)
  public Optional<Member> applicantWithPartyId(String partyId) {
    List<Member> found = accounts.findByPartyIdAndEnabledTrue(partyId).stream()
        .filter(a -> a.kind() == PartyKind.PERSON || a.kind() == PartyKind.ENTITY)
        .filter(a -> a.roles().contains(Role.APPLICANT))
        .map(this::toMember).toList();
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /** Usernames of the enabled staff holding {@code role} in {@code department}, sorted. */
  @Transactional(readOnly = true)
  public List<String> staffWith(Role role, String department) {
    return accounts.findStaff(role, department).stream().map(Account::username).toList();
  }

  /** Usernames of the enabled staff holding {@code role} in any department, sorted. */
  @Transactional(readOnly = true)
  public List<String> staffWith(Role role) {
    return accounts.findStaff(role).stream().map(Account::username).toList();
  }

  /** Usernames of the disabled accounts, sorted. */
  @Transactional(readOnly = true)
  public List<String> disabledUsernames() {
    return accounts.findDisabledUsernames();
  }

  @Transactional
  public void recordFailedLogin(String username) {
    accounts.findByUsername(username)
        .ifPresent(a -> a.recordFailedLogin(clock.instant(), LOCK_AFTER_FAILURES, LOCK_DURATION));
  }

  @Transactional
  public void recordSuccessfulLogin(String username) {
    accounts.findByUsername(username).ifPresent(Account::recordSuccessfulLogin);
  }

  private Member toMember(Account a) {
    return new Member(a.id(), a.username(), a.passwordHash(), a.displayName(), a.kind(),
        a.partyId(), a.phone(), a.roles(), a.departments(),
        a.enabled(), a.lockedAt(clock.instant()), a.hasFailedLogins(), a.grants(), a.mustChangePassword());
  }

  /** A signed-in party as other modules see it. */
  public record Member(String id, String username, String passwordHash, String displayName,
      PartyKind kind, String partyId, String phone, Set<Role> roles, Set<String> departments,
      boolean enabled, boolean locked, boolean hasFailedLogins, Set<RoleGrant> grants,
      boolean mustChangePassword) {

    public Member {
      grants = Set.copyOf(grants);
    }

    /** A member whose every staff role holds in every one of their departments. */
    public Member(String id, String username, String passwordHash, String displayName,
        PartyKind kind, String partyId, String phone, Set<Role> roles, Set<String> departments,
        boolean enabled, boolean locked, boolean hasFailedLogins) {
      this(id, username, passwordHash, displayName, kind, partyId, phone, roles, departments,
          enabled, locked, hasFailedLogins, everywhere(roles, departments), false);
    }

    private static Set<RoleGrant> everywhere(Set<Role> roles, Set<String> departments) {
      Set<RoleGrant> all = new java.util.HashSet<>();
      roles.stream().filter(Role::isStaff)
          .forEach(r -> departments.forEach(d -> all.add(new RoleGrant(d, r))));
      return all;
    }

    public boolean has(Role role) {
      return roles.contains(role);
    }

    /** Whether the member holds {@code role} in {@code department} (not merely somewhere). */
    public boolean has(Role role, String department) {
      return grants.contains(new RoleGrant(department, role));
    }

    public boolean isStaff() {
      return roles.stream().anyMatch(Role::isStaff);
    }

    /** Never prints the password hash or the party id, so a log line cannot leak them. */
    @Override
    public String toString() {
      return "Member[" + username + ", " + roles + "]";
    }
  }
}
