package org.openhall.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** An account that can sign in: an applicant (person or entity), an agent, or a staff member. */
@Entity
@Table(name = "account")
public class Account {

  @Id
  @Column(length = 36)
  private String id;

  @Version
  private Long version;

  @Column(nullable = false, unique = true, length = 64)
  private String username;

  @Column(name = "password_hash", nullable = false, length = 200)
  private String passwordHash;

  @Column(name = "display_name", nullable = false, length = 100)
  private String displayName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private PartyKind kind;

  /** Resident ID number for a person, unified social credit code for an entity. */
  @Column(name = "party_id", length = 32)
  private String partyId;

  @Column(length = 32)
  private String phone;

  /** Where notifications are e-mailed; none: they go to {@link #phone} as a text message. */
  @Column(length = 254)
  private String email;

  /** Whether case notifications go to {@link #email} (when there is one) rather than to the phone. */
  @Column(name = "email_notifications", nullable = false)
  private boolean emailNotifications = true;

  /** The language of the account's e-mails and text messages: {@code en}, or null for Chinese. */
  @Column(name = "message_language", length = 8)
  private String messageLanguage;

  /**
   * The party id of an account registered (or claimed) online; unique (V68), so that two registrations
   * of one ID number or credit code at the same instant cannot both succeed.
   */
  @Column(name = "online_party_id", length = 32)
  private String onlinePartyId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", length = 16)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_department", joinColumns = @JoinColumn(name = "account_id"))
  @Column(name = "department_code", length = 32)
  private Set<String> departments = new LinkedHashSet<>();

  /** The staff roles per department; {@link #roles} and {@link #departments} are their union. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_grant", joinColumns = @JoinColumn(name = "account_id"))
  private Set<RoleGrant> grants = new LinkedHashSet<>();

  @Column(nullable = false)
  private boolean enabled = true;

  /** Set by a password reset: the person must choose a new password before anything else. */
  @Column(name = "must_change_password", nullable = false)
  private boolean mustChangePassword;

  /** Demo accounts exist only while the demo profile is on. */
  @Column(nullable = false)
  private boolean demo;

  @Column(name = "failed_logins", nullable = false)
  private int failedLogins;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  /** 一窗受理: registered by a clerk for a walk-in; no usable password until the person claims it online. */
  @Column(name = "registered_at_window", nullable = false)
  private boolean registeredAtWindow;

  @Column(name = "registered_by_account_id", length = 36)
  private String registeredByAccountId;

  /** 法定代表人 of a company (an entity), as the clerk recorded it. */
  @Column(name = "legal_representative_name", length = 100)
  private String legalRepresentativeName;

  @Column(name = "legal_representative_id_number", length = 18)
  private String legalRepresentativeIdNumber;

  protected Account() {
  }

  public Account(String username, String passwordHash, String displayName, PartyKind kind,
      String partyId, String phone, Set<Role> roles, Set<String> departments, boolean demo) {
    this.id = UUID.randomUUID().toString();
    this.username = username;
    this.passwordHash = passwordHash;
    this.displayName = displayName;
    this.kind = kind;
    this.partyId = partyId;
    this.phone = phone;
    this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    this.departments = new LinkedHashSet<>(departments);
    this.demo = demo;
    // Accounts created with roles and departments hold each staff role in each department.
    for (Role role : this.roles) {
      if (role.isStaff()) {
        departments.forEach(d -> grants.add(new RoleGrant(d, role)));
      }
    }
  }

  /** A staff account created by an administrator, with its roles per department. */
  public static Account staff(String username, String passwordHash, String displayName,
      Set<RoleGrant> grants) {
    Account a = new Account(username, passwordHash, displayName, PartyKind.STAFF, null, null,
        Set.of(), Set.of(), false);
    a.regrant(grants);
    a.mustChangePassword = true;
    return a;
  }

  /**
   * 一窗受理: an applicant registered at the window by a clerk. Its password hash is a marker no
   * encoder ever matches, so it cannot sign in; online registration with the same party id claims it
   * ({@link #claimOnline}) and so keeps the cases filed at the window.
   */
  public static Account walkIn(String username, String displayName, PartyKind kind, String partyId,
      String phone, String legalRepresentativeName, String legalRepresentativeIdNumber,
      String registeredByAccountId) {
    Account a = new Account(username, NO_PASSWORD, displayName, kind, partyId, phone,
        Set.of(Role.APPLICANT), Set.of(), false);
    a.registeredAtWindow = true;
    a.registeredByAccountId = registeredByAccountId;
    a.legalRepresentativeName = legalRepresentativeName;
    a.legalRepresentativeIdNumber = legalRepresentativeIdNumber;
    return a;
  }

  /**
   * 网上注册: a person or company registered online with a confirmed phone; a company with its legal
   * representative (法定代表人).
   */
  public static Account online(String username, String passwordHash, String displayName, PartyKind kind,
      String partyId, String phone, String legalRepresentativeName, String legalRepresentativeIdNumber) {
    Account a = new Account(username, passwordHash, displayName, kind, partyId, phone,
        Set.of(Role.APPLICANT), Set.of(), false);
    a.legalRepresentativeName = legalRepresentativeName;
    a.legalRepresentativeIdNumber = legalRepresentativeIdNumber;
    a.onlinePartyId = partyId;
    return a;
  }

  /** Whether this is a walk-in account nobody has claimed online yet. */
  public boolean unclaimedWalkIn() {
    return registeredAtWindow && NO_PASSWORD.equals(passwordHash);
  }

  /** The phone the person just confirmed with a one-time code replaces the one recorded. */
  public void confirmPhone(String confirmedPhone) {
    this.phone = confirmedPhone;
  }

  /** The password hash of an account registered at the window: not a hash, so no password matches it. */
  public static final String NO_PASSWORD = "!walk-in:no-password";

  /**
   * The person registered online with the party id of an account made at the window: it becomes theirs,
   * with their own username and password (after online registration confirmed the phone).
   */
  public void claimOnline(String newUsername, String newPasswordHash) {
    if (!registeredAtWindow || !NO_PASSWORD.equals(passwordHash)) {
      throw new IllegalStateException("only an unclaimed walk-in account can be claimed");
    }
    this.username = newUsername;
    this.passwordHash = newPasswordHash;
    this.onlinePartyId = partyId;
  }

  public boolean registeredAtWindow() {
    return registeredAtWindow;
  }

  public String legalRepresentativeName() {
    return legalRepresentativeName;
  }

  public String legalRepresentativeIdNumber() {
    return legalRepresentativeIdNumber;
  }

  public String id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public String displayName() {
    return displayName;
  }

  public PartyKind kind() {
    return kind;
  }

  public String partyId() {
    return partyId;
  }

  public String phone() {
    return phone;
  }

  public String email() {
    return email;
  }

  /** Sets (or, with a blank value, removes) the address notifications are e-mailed to. */
  public void changeEmail(String address) {
    this.email = address == null || address.isBlank() ? null : address.strip();
  }

  /** Where case notifications are e-mailed: the address, unless the person chose their phone; else null. */
  public String notificationEmail() {
    return emailNotifications ? email : null;
  }

  public boolean emailNotifications() {
    return emailNotifications;
  }

  /** Whether case notifications go to the e-mail address (when there is one) or to the phone. */
  public void notifyByEmail(boolean byEmail) {
    this.emailNotifications = byEmail;
  }

  /** Whether the account's e-mails and text messages are written in English (else Chinese). */
  public boolean messagesInEnglish() {
    return "en".equals(messageLanguage);
  }

  /** English for an English locale, Chinese (the hall's language) for any other. */
  public void writeMessagesIn(java.util.Locale locale) {
    this.messageLanguage = locale != null && "en".equals(locale.getLanguage()) ? "en" : null;
  }

  public Set<Role> roles() {
    return Set.copyOf(roles);
  }

  public Set<String> departments() {
    return Set.copyOf(departments);
  }

  public boolean enabled() {
    return enabled;
  }

  public boolean demo() {
    return demo;
  }

  /** Wrong passwords since the last good one, not yet reset. */
  public boolean hasFailedLogins() {
    return failedLogins > 0;
  }

  public boolean lockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  public Set<RoleGrant> grants() {
    return Set.copyOf(grants);
  }

  public boolean mustChangePassword() {
    return mustChangePassword;
  }

  public void disable() {
    this.enabled = false;
  }

  public void enable() {
    this.enabled = true;
  }

  public void rename(String newDisplayName) {
    this.displayName = newDisplayName;
  }

  /** Replaces the staff roles per department; roles and departments follow as their union. */
  public void regrant(Set<RoleGrant> newGrants) {
    grants.clear();
    grants.addAll(newGrants);
    roles.removeIf(Role::isStaff);
    newGrants.forEach(g -> roles.add(g.role()));
    departments.clear();
    newGrants.stream().map(RoleGrant::departmentCode).sorted().forEach(departments::add);
  }

  /** An administrator set this password: the person must replace it at the next sign-in. */
  public void resetPassword(String newHash) {
    this.passwordHash = newHash;
    this.mustChangePassword = true;
    this.failedLogins = 0;
    this.lockedUntil = null;
  }

  /** The person chose a new password of their own. */
  public void changePassword(String newHash) {
    this.passwordHash = newHash;
    this.mustChangePassword = false;
  }

  /** Counts a failed sign-in; after {@code limit} failures in a row the account locks for a while. */
  void recordFailedLogin(Instant now, int limit, java.time.Duration lockFor) {
    failedLogins++;
    if (failedLogins >= limit) {
      lockedUntil = now.plus(lockFor);
      failedLogins = 0;
    }
  }

  void recordSuccessfulLogin() {
    failedLogins = 0;
    lockedUntil = null;
  }
}
