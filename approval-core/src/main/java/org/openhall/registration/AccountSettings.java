package org.openhall.registration;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.openhall.identity.AccountDirectory;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.identity.ApplicantAccounts;
import org.openhall.identity.ApplicantAccounts.Profile;
import org.openhall.kernel.DomainException;
import org.openhall.kernel.DomainException.Kind;
import org.openhall.kernel.DomainException.Violation;
import org.openhall.kernel.Texts;
import org.openhall.notification.NotificationOutbox;
import org.openhall.registration.OneTimeCode.Check;
import org.openhall.staff.PasswordPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 我的账户: what the holder of an applicant account changes themselves. An e-mail address is stored only
 * once the code e-mailed to it (through the notification outbox) has been typed back, under the rules of
 * phone codes ({@link PhoneCodePolicy}); a new password needs the current one. docs/adr/0029.
 */
@Service
public class AccountSettings {

  static final int EMAIL_MAX_LENGTH = 254;
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

  private final ApplicantAccounts accounts;
  private final AccountDirectory directory;
  private final EmailCodes codes;
  private final NotificationOutbox outbox;
  private final OnlineRegistration phoneCodes;
  private final PasswordEncoder passwords;
  private final Texts texts;
  private final Clock clock;

  AccountSettings(ApplicantAccounts accounts, AccountDirectory directory, EmailCodes codes, NotificationOutbox outbox,
      OnlineRegistration phoneCodes, PasswordEncoder passwords, Texts texts, Clock clock) {
    this.accounts = accounts;
    this.phoneCodes = phoneCodes;
    this.directory = directory;
    this.codes = codes;
    this.outbox = outbox;
    this.passwords = passwords;
    this.texts = texts;
    this.clock = clock;
  }

  /** The signed-in holder's own account. */
  public Profile profile(String username) {
    return accounts.profileOf(username);
  }

  /**
   * E-mails a new six-digit code to {@code email}, in the holder's language. 400 for an address that is
   * not one, or the one already stored; 429 EMAIL_CODE_TOO_SOON (one code a minute per account and per
   * address) or EMAIL_CODE_DAILY_LIMIT; 503 EMAIL_UNAVAILABLE without a mail server.
   */
  @Transactional
  public EmailCodeSent requestEmailCode(String username, String email, String requestedFrom, Locale locale) {
    Profile me = accounts.profileOf(username);
    if (!outbox.canEmail()) {
      throw new DomainException(Kind.UNAVAILABLE, "EMAIL_UNAVAILABLE");
    }
    String address = checkedEmail(email, me);
    Instant now = clock.instant();
    Instant last = latest(codes.findFirstByAccountIdOrderByIssuedAtDesc(me.accountId()).map(EmailCode::issuedAt)
        .orElse(null), codes.findFirstByEmailOrderByIssuedAtDesc(address).map(EmailCode::issuedAt).orElse(null));
    Duration wait = PhoneCodePolicy.waitAfter(last, now);
    if (!wait.isZero()) {
      throw new DomainException(Kind.TOO_MANY_REQUESTS, "EMAIL_CODE_TOO_SOON", Math.max(1, wait.toSeconds()));
    }
    Instant dayAgo = now.minus(Duration.ofDays(1));
    if (codes.countByAccountIdAndIssuedAtAfter(me.accountId(), dayAgo) >= PhoneCodePolicy.MAX_PER_DAY
        || codes.countByEmailAndIssuedAtAfter(address, dayAgo) >= PhoneCodePolicy.MAX_PER_DAY) {
      throw new DomainException(Kind.TOO_MANY_REQUESTS, "EMAIL_CODE_DAILY_LIMIT");
    }
    String code = PhoneCode.newCode();
    codes.save(new EmailCode(me.accountId(), address, code, now, requestedFrom));
    long minutes = PhoneCodePolicy.VALIDITY.toMinutes();
    outbox.email(me.accountId(), address, texts.of("mail.emailCode.subject", locale),
        texts.of("mail.emailCode.body", locale, me.name(), code, minutes));
    return new EmailCodeSent(masked(address), PhoneCodePolicy.VALIDITY.toSeconds(),
        PhoneCodePolicy.RESEND_INTERVAL.toSeconds());
  }

  /**
   * Stores the address once the code e-mailed to it is typed back; the holder's latest code must be for this
   * address. 400 with {@code email} or {@code code} in {@code errors[]}. A wrong code uses up a try even
   * though the change is refused, hence no rollback for refusals.
   */
  @Transactional(noRollbackFor = DomainException.class)
  public void confirmEmail(String username, String email, String typedCode) {
    Profile me = accounts.profileOf(username);
    List<Violation> problems = new ArrayList<>();
    String address = emailProblem(email, me, problems);
    if (typedCode == null || typedCode.isBlank()) {
      problems.add(new Violation("code", "EMAIL_CODE_REQUIRED", List.of()));
    }
    if (!problems.isEmpty()) {
      throw new DomainException(Kind.INVALID, "VALIDATION_FAILED", problems);
    }
    EmailCode code = codes.findFirstByAccountIdOrderByIssuedAtDesc(me.accountId())
        .filter(c -> c.email().equalsIgnoreCase(address))
        .orElseThrow(() -> wrongCode(PhoneCodePolicy.MAX_TRIES));
    Check check = code.check(typedCode, clock.instant());
    switch (check) {
      case RIGHT -> {
        if (codes.use(code.id(), clock.instant()) != 1) {
          throw codeProblem("EMAIL_CODE_EXPIRED"); // a concurrent request used it first
        }
        accounts.changeEmail(username, address);
      }
      case WRONG -> {
        codes.saveAndFlush(code);
        throw wrongCode(code.triesLeft());
      }
      case NO_TRIES_LEFT -> {
        codes.saveAndFlush(code);
        throw codeProblem("EMAIL_CODE_NO_TRIES_LEFT");
      }
      default -> throw codeProblem("EMAIL_CODE_EXPIRED");
    }
  }

  /**
   * Sends a code to the new phone by text message, under the rules of registration codes: 400 on
   * {@code phone} for a number that is not a mobile one or is already the account's; 429; 503 without a gateway.
   */
  @Transactional
  public OnlineRegistration.CodeSent requestPhoneCode(String username, String phone, String requestedFrom) {
    Profile me = accounts.profileOf(username);
    if (phone != null && phone.strip().equals(me.phone())) {
      throw new DomainException(Kind.INVALID, "VALIDATION_FAILED",
          List.of(new Violation("phone", "PHONE_UNCHANGED", List.of(phone.strip()))));
    }
    return phoneCodes.sendCode(phone, CodePurpose.CHANGE_PHONE, requestedFrom);
  }

  /** The new phone replaces the old once the code sent to it is typed back; 400 on {@code phone} or {@code phoneCode}. */
  @Transactional(noRollbackFor = DomainException.class)
  public void confirmPhone(String username, String phone, String typedCode) {
    Profile me = accounts.profileOf(username);
    List<Violation> problems = new ArrayList<>();
    if (phone == null || phone.isBlank()) {
      problems.add(new Violation("phone", "PHONE_REQUIRED", List.of()));
    } else if (!org.openhall.catalogue.form.PhoneNumber.isMobile(phone)) {
      problems.add(new Violation("phone", "PHONE_MOBILE_INVALID", List.of(phone.strip())));
    } else if (phone.strip().equals(me.phone())) {
      problems.add(new Violation("phone", "PHONE_UNCHANGED", List.of(phone.strip())));
    }
    if (typedCode == null || typedCode.isBlank()) {
      problems.add(new Violation("phoneCode", "PHONE_CODE_REQUIRED", List.of()));
    }
    if (!problems.isEmpty()) {
      throw new DomainException(Kind.INVALID, "VALIDATION_FAILED", problems);
    }
    phoneCodes.confirmAndUse(phone.strip(), CodePurpose.CHANGE_PHONE, typedCode);
    accounts.changePhone(username, phone.strip());
  }

  /** Removes the e-mail address: notifications go to the phone again. Removing none is no error. */
  @Transactional
  public void removeEmail(String username) {
    accounts.changeEmail(username, null);
  }

  /** Whether case notifications go to the confirmed e-mail address ({@code true}) or to the phone. */
  @Transactional
  public void notifyByEmail(String username, boolean byEmail) {
    accounts.notifyByEmail(username, byEmail);
  }

  /** The language of the holder's e-mails and text messages: English for an English locale, else Chinese. */
  @Transactional
  public void writeMessagesIn(String username, Locale locale) {
    accounts.writeMessagesIn(username, locale);
  }

  /**
   * A new password: the current one must match (a wrong one counts towards the sign-in lockout, so a
   * session left open cannot be used to guess it), the new one must follow the {@link PasswordPolicy} and
   * differ. 400 with {@code currentPassword} or {@code newPassword} in {@code errors[]}.
   */
  @Transactional(noRollbackFor = DomainException.class)
  public void changePassword(String username, String current, String chosen) {
    Member me = directory.require(username);
    List<Violation> problems = new ArrayList<>();
    boolean currentWrong = current == null || current.isEmpty() || !passwords.matches(current, me.passwordHash());
    if (currentWrong) {
      problems.add(new Violation("currentPassword", "PASSWORD_CURRENT_WRONG", List.of()));
    }
    String weak = PasswordPolicy.problemWith(chosen);
    if (weak != null) {
      problems.add(new Violation("newPassword", weak, List.of(PasswordPolicy.MIN_LENGTH)));
    } else if (chosen.equals(current)) {
      problems.add(new Violation("newPassword", "PASSWORD_UNCHANGED", List.of()));
    }
    if (!problems.isEmpty()) {
      if (currentWrong && current != null && !current.isEmpty()) {
        directory.recordFailedLogin(username);
      }
      throw new DomainException(Kind.INVALID, "VALIDATION_FAILED", problems);
    }
    accounts.changePassword(username, passwords.encode(chosen));
  }

  private String checkedEmail(String email, Profile me) {
    List<Violation> problems = new ArrayList<>();
    String address = emailProblem(email, me, problems);
    if (!problems.isEmpty()) {
      throw new DomainException(Kind.INVALID, "VALIDATION_FAILED", problems);
    }
    return address;
  }

  /** The stripped address, or null with its problem added. */
  private static String emailProblem(String email, Profile me, List<Violation> problems) {
    if (email == null || email.isBlank()) {
      problems.add(new Violation("email", "EMAIL_REQUIRED", List.of()));
      return null;
    }
    String address = email.strip();
    if (!isEmail(address)) {
      problems.add(new Violation("email", "EMAIL_INVALID", List.of(address)));
      return null;
    }
    if (address.equalsIgnoreCase(me.email())) {
      problems.add(new Violation("email", "EMAIL_UNCHANGED", List.of(address)));
      return null;
    }
    return address;
  }

  /** A single mailbox address as SMTP will take it: {@code name@domain.tld}, at most 254 characters. */
  static boolean isEmail(String address) {
    if (address.length() > EMAIL_MAX_LENGTH || !EMAIL.matcher(address).matches()) {
      return false;
    }
    try {
      new InternetAddress(address, true).validate();
      return true;
    } catch (AddressException e) {
      return false;
    }
  }

  /** {@code l***@example.com}: the first character of the mailbox and the whole domain. */
  static String masked(String address) {
    int at = address.indexOf('@');
    return address.charAt(0) + "***" + address.substring(at);
  }

  private static Instant latest(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }

  private static DomainException wrongCode(int triesLeft) {
    return new DomainException(Kind.INVALID, "VALIDATION_FAILED",
        List.of(new Violation("code", "EMAIL_CODE_WRONG", List.of(triesLeft))));
  }

  private static DomainException codeProblem(String code) {
    return new DomainException(Kind.INVALID, "VALIDATION_FAILED", List.of(new Violation("code", code, List.of())));
  }

  /** A code was e-mailed: to which address (masked), valid how long, and when the next may be asked for. */
  public record EmailCodeSent(String emailMasked, long expiresInSeconds, long resendAfterSeconds) {
  }
}
