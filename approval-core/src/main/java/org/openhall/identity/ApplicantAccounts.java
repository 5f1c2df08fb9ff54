package org.openhall.identity;

import java.util.List;
import java.util.Optional;
import org.openhall.identity.AccountDirectory.Member;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 网上注册 and 我的账户: applicant accounts as online registration, a forgotten password and their holder's
 * settings change them. Which account a number or phone leads to is answered here; validation and the
 * one-time codes are the caller's.
 */
@Service
public class ApplicantAccounts {

  private final Accounts accounts;
  private final AccountDirectory directory;

  ApplicantAccounts(Accounts accounts, AccountDirectory directory) {
    this.accounts = accounts;
    this.directory = directory;
  }

  public boolean usernameTaken(String username) {
    return accounts.findByUsername(username).isPresent();
  }

  /** What the resident ID number or credit code already belongs to, if anything. */
  @Transactional(readOnly = true)
  public PartyStatus statusOf(String partyId) {
    List<Account> found = applicants(accounts.findByPartyIdAndEnabledTrue(partyId));
    if (found.isEmpty()) {
      return PartyStatus.FREE;
    }
    if (found.size() == 1 && found.get(0).unclaimedWalkIn()) {
      return PartyStatus.WALK_IN;
    }
    return found.stream().anyMatch(a -> !a.unclaimedWalkIn()) ? PartyStatus.ONLINE : PartyStatus.AMBIGUOUS;
  }

  /**
   * Registers a person or company online, or, when an unclaimed walk-in account has the same number,
   * claims that account ({@link Account#claimOnline}) so that its cases stay with it. Answers the
   * account and whether it was claimed.
   */
  @Transactional
  public Registered register(String username, String passwordHash, String displayName, PartyKind kind,
      String partyId, String phone, String legalRepresentativeName, String legalRepresentativeIdNumber) {
    List<Account> found = applicants(accounts.findByPartyIdAndEnabledTrue(partyId));
    if (found.size() == 1 && found.get(0).unclaimedWalkIn()) {
      Account walkIn = found.get(0);
      walkIn.claimOnline(username, passwordHash);
      walkIn.confirmPhone(phone);
      accounts.saveAndFlush(walkIn);
      return new Registered(directory.byId(walkIn.id()).orElseThrow(), true);
    }
    Account a = Account.online(username, passwordHash, displayName, kind, partyId, phone,
        legalRepresentativeName, legalRepresentativeIdNumber);
    accounts.saveAndFlush(a);
    return new Registered(directory.byId(a.id()).orElseThrow(), false);
  }

  /** The one online applicant account with this username, or (username blank) with this phone. */
  @Transactional(readOnly = true)
  public Optional<Member> forReset(String username, String phone) {
    List<Account> candidates = username != null && !username.isBlank()
        ? accounts.findByUsername(username.strip()).filter(Account::enabled).stream().toList()
        : accounts.findByPhoneAndEnabledTrue(phone);
    List<Account> online = applicants(candidates).stream().filter(a -> !a.unclaimedWalkIn()).toList();
    return online.size() == 1 ? directory.byId(online.get(0).id()) : Optional.empty();
  }

  /** How many online applicant accounts use this phone (a reset by phone needs exactly one). */
  @Transactional(readOnly = true)
  public long onlineWithPhone(String phone) {
    return applicants(accounts.findByPhoneAndEnabledTrue(phone)).stream().filter(a -> !a.unclaimedWalkIn()).count();
  }

  /** The person proved their phone: their own new password, any lockout lifted. */
  @Transactional
  public void resetForgottenPassword(String accountId, String newPasswordHash) {
    Account a = accounts.findById(accountId).orElseThrow();
    a.changePassword(newPasswordHash);
    a.recordSuccessfulLogin();
  }

  /** The signed-in applicant's own account as 我的账户 shows it; 403 for an unknown or disabled one. */
  @Transactional(readOnly = true)
  public Profile profileOf(String username) {
    Account a = own(username);
    return new Profile(a.id(), a.username(), a.kind(), a.displayName(), a.partyId(), a.phone(), a.email(),
        a.emailNotifications(), a.legalRepresentativeName(), a.legalRepresentativeIdNumber(), a.roles(),
        a.messagesInEnglish());
  }

  /** Stores the address its holder just confirmed with a code (or, null, removes it). */
  @Transactional
  public void changeEmail(String username, String confirmedEmail) {
    own(username).changeEmail(confirmedEmail);
  }

  /** Whether case notifications go to the e-mail address or to the phone. */
  @Transactional
  public void notifyByEmail(String username, boolean byEmail) {
    own(username).notifyByEmail(byEmail);
  }

  /** The language the holder's e-mails and text messages are written in (English or Chinese). */
  @Transactional
  public void writeMessagesIn(String username, java.util.Locale locale) {
    own(username).writeMessagesIn(locale);
  }

  /** The holder's own new password (the caller checked the current one). */
  @Transactional
  public void changePassword(String username, String newPasswordHash) {
    own(username).changePassword(newPasswordHash);
  }

  /** The phone its holder just confirmed with a code replaces the one recorded. */
  @Transactional
  public void changePhone(String username, String confirmedPhone) {
    own(username).confirmPhone(confirmedPhone);
  }

  private Account own(String username) {
    return accounts.findByUsername(username).filter(Account::enabled)
        .orElseThrow(() -> new org.openhall.kernel.DomainException(
            org.openhall.kernel.DomainException.Kind.FORBIDDEN, "FORBIDDEN"));
  }

  private static List<Account> applicants(List<Account> all) {
    return all.stream()
        .filter(a -> a.kind() == PartyKind.PERSON || a.kind() == PartyKind.ENTITY)
        .filter(a -> a.roles().contains(Role.APPLICANT))
        .toList();
  }

  /** Whom a resident ID number or credit code belongs to. */
  public enum PartyStatus { FREE, WALK_IN, ONLINE, AMBIGUOUS }

  /**
   * An account as its holder sees it on 我的账户: a person's ID number or a company's credit code
   * ({@code partyId}), its phone, e-mail and whether notifications go to it, a company's legal representative.
   */
  public record Profile(String accountId, String username, PartyKind kind, String name, String partyId, String phone,
      String email, boolean emailNotifications, String legalRepresentativeName,
      String legalRepresentativeIdNumber, java.util.Set<Role> roles, boolean messagesInEnglish) {

    /** Never prints the numbers. */
    @Override
    public String toString() {
      return "Profile[" + username + "]";
    }
  }

  /** A registered account, and whether it was a walk-in account claimed. */
  public record Registered(Member member, boolean claimed) {
  }
}
