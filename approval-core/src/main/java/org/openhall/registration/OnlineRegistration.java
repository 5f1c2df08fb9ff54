package org.openhall.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.openhall.catalogue.form.CreditCode;
import org.openhall.catalogue.form.PhoneNumber;
import org.openhall.catalogue.form.ResidentIdNumber;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.identity.ApplicantAccounts;
import org.openhall.identity.ApplicantAccounts.PartyStatus;
import org.openhall.identity.ApplicantAccounts.Registered;
import org.openhall.identity.PartyKind;
import org.openhall.identity.WalkInRegistration;
import org.openhall.kernel.DomainException;
import org.openhall.kernel.DomainException.Kind;
import org.openhall.kernel.DomainException.Violation;
import org.openhall.kernel.Texts;
import org.openhall.notification.SmsGateway;
import org.openhall.staff.PasswordPolicy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 网上注册: sends one-time phone codes, registers persons and companies (claiming a walk-in account of
 * the same number rather than making a second one), and resets a forgotten password by phone. Every
 * field is checked at once; the code is checked before anything about existing accounts is revealed.
 */
@Service
public class OnlineRegistration {

  private static final Pattern USERNAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{3,31}");
  private static final List<String> RESERVED_PREFIXES = List.of("walkin-", "demo-", "t-");

  private final ApplicantAccounts accounts;
  private final PhoneCodes codes;
  private final ObjectProvider<SmsGateway> gateway;
  private final PasswordEncoder passwords;
  private final Texts texts;
  private final Clock clock;
  private final TransactionTemplate tx;

  OnlineRegistration(ApplicantAccounts accounts, PhoneCodes codes, ObjectProvider<SmsGateway> gateway,
      PasswordEncoder passwords, Texts texts, Clock clock, PlatformTransactionManager transactions) {
    this.accounts = accounts;
    this.codes = codes;
    this.gateway = gateway;
    this.passwords = passwords;
    this.texts = texts;
    this.clock = clock;
    this.tx = new TransactionTemplate(transactions);
  }

  /** Whether a text message can be sent at all (a gateway is configured). */
  public boolean canSendCodes() {
    return gateway.getIfAvailable() != null;
  }

  /**
   * Sends a new code to {@code phone}. 429 PHONE_CODE_TOO_SOON within the resend interval,
   * PHONE_CODE_DAILY_LIMIT after too many a day; 503 SMS_GATEWAY_UNAVAILABLE without a gateway. A reset
   * code for a phone without an account is recorded but not sent, so the answer reveals nothing.
   */
  @Transactional
  public CodeSent requestCode(String phone, String purpose, String requestedFrom) {
    CodePurpose p = purpose(purpose);
    if (p == null && gateway.getIfAvailable() != null) {
      List<Violation> problems = new ArrayList<>();
      problems.add(new Violation("purpose", "PHONE_CODE_PURPOSE_INVALID", List.of()));
      checkMobile(phone, problems);
      throw new DomainException(Kind.INVALID, "VALIDATION_FAILED", problems);
    }
    return sendCode(phone, p, requestedFrom);
  }

  /**
   * Sends a code for {@code purpose} to {@code phone} under the rules of {@link PhoneCodePolicy}; also for
   * 我的账户's new phone ({@link CodePurpose#CHANGE_PHONE}), which the public endpoint does not offer.
   */
  @Transactional
  CodeSent sendCode(String phone, CodePurpose p, String requestedFrom) {
    SmsGateway sms = gateway.getIfAvailable();
    if (sms == null) {
      throw new DomainException(Kind.UNAVAILABLE, "SMS_GATEWAY_UNAVAILABLE");
    }
    List<Violation> problems = new ArrayList<>();
    checkMobile(phone, problems);
    if (!problems.isEmpty()) {
      throw new DomainException(Kind.INVALID, "VALIDATION_FAILED", problems);
    }
    String mobile = phone.strip();
    Instant now = clock.instant();
    Duration wait = PhoneCodePolicy.waitAfter(
        codes.findFirstByPhoneOrderByIssuedAtDesc(mobile).map(PhoneCode::issuedAt).orElse(null), now);
    if (!wait.isZero()) {
      throw new DomainException(Kind.TOO_MANY_REQUESTS, "PHONE_CODE_TOO_SOON", Math.max(1, wait.toSeconds()));
    }
    if (codes.countByPhoneAndIssuedAtAfter(mobile, now.minus(Duration.ofDays(1))) >= PhoneCodePolicy.MAX_PER_DAY) {
      throw new DomainException(Kind.TOO_MANY_REQUESTS, "PHONE_CODE_DAILY_LIMIT");
    }
    String code = PhoneCode.newCode();
    codes.save(new PhoneCode(mobile, p, code, now, requestedFrom));
    if (p != CodePurpose.RESET_PASSWORD || accounts.onlineWithPhone(mobile) > 0) {
      sms.send(mobile, texts.of("sms.code." + p.name(), Locale.SIMPLIFIED_CHINESE, code,
          PhoneCodePolicy.VALIDITY.toMinutes()));
    }
    return new CodeSent(PhoneNumber.mask(mobile), PhoneCodePolicy.VALIDITY.toSeconds(),
        PhoneCodePolicy.RESEND_INTERVAL.toSeconds());
  }

  /**
   * Checks the latest code of this purpose sent to the phone and uses it: 400 on {@code phoneCode}
   * otherwise (a wrong try is counted; the caller's transaction must not roll back for refusals).
   */
  void confirmAndUse(String phone, CodePurpose purpose, String typed) {
    use(confirm(phone, purpose, typed));
  }

  /**
   * Registers the account, or claims the unclaimed walk-in account with the same number. 400 with every
   * faulty field; 409 USERNAME_TAKEN or ACCOUNT_ALREADY_REGISTERED, also when another registration of the
   * same username or number committed between the checks and the insert (the unique keys of V2 and V68
   * refuse the second; it is rolled back and answered as if it had come second). A wrong code uses up a
   * try even though the registration is refused: a refusal commits what was counted.
   */
  public Registered register(NewAccount n) {
    DomainException[] refused = new DomainException[1];
    Registered registered;
    try {
      registered = tx.execute(s -> {
        try {
          return registerOnce(n);
        } catch (DomainException e) {
          refused[0] = e;
          return null;
        }
      });
    } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
      throw takenMeanwhile(n);
    }
    if (refused[0] != null) {
      throw refused[0];
    }
    return registered;
  }

  private Registered registerOnce(NewAccount n) {
    List<Violation> problems = problems(n);
    if (!problems.isEmpty()) {
      throw new DomainException(Kind.INVALID, "VALIDATION_FAILED", problems);
    }
    PartyKind kind = PartyKind.valueOf(n.kind().strip());
    boolean company = kind == PartyKind.ENTITY;
    String phone = n.phone().strip();
    PhoneCode code = confirm(phone, CodePurpose.REGISTER, n.phoneCode());
    String username = n.username().strip();
    if (accounts.usernameTaken(username)) {
      throw usernameTaken(username);
    }
    String partyId = WalkInRegistration.normalized(company ? n.creditCode() : n.idNumber());
    PartyStatus status = accounts.statusOf(partyId);
    if (status == PartyStatus.ONLINE || status == PartyStatus.AMBIGUOUS) {
      throw alreadyRegistered(company);
    }
    use(code);
    return accounts.register(username, passwords.encode(n.password()), n.name().strip(), kind,
        partyId, phone, company ? n.legalRepresentativeName().strip() : null,
        company ? ResidentIdNumber.normalize(n.legalRepresentativeIdNumber()) : null);
  }

  /**
   * A registration that lost a race on a unique key (username, or the online party id) or on the walk-in
   * account it claims: the same answer as when it comes second.
   */
  private DomainException takenMeanwhile(NewAccount n) {
    String username = n.username().strip();
    if (accounts.usernameTaken(username)) {
      return usernameTaken(username);
    }
    return alreadyRegistered("ENTITY".equals(n.kind().strip()));
  }

  private static DomainException usernameTaken(String username) {
    return new DomainException(Kind.CONFLICT, "USERNAME_TAKEN",
        List.of(new Violation("username", "USERNAME_TAKEN", List.of(username))), username);
  }

  private static DomainException alreadyRegistered(boolean company) {
    return new DomainException(Kind.CONFLICT, "ACCOUNT_ALREADY_REGISTERED",
        List.of(new Violation(company ? "creditCode" : "idNumber", "ACCOUNT_ALREADY_REGISTERED", List.of())));
  }

  /** Uses the code once, even against a concurrent request with the same code. */
  private void use(PhoneCode code) {
    if (codes.use(code.id(), clock.instant()) != 1) {
      throw codeProblem("PHONE_CODE_EXPIRED");
    }
  }

  /** Sets a new password after the code sent to the account's phone; the account's username is answered. */
  @Transactional(noRollbackFor = DomainException.class)
  public String resetPassword(ForgottenPassword f) {
    List<Violation> problems = new ArrayList<>();
    boolean byUsername = !blank(f.username());
    if (!byUsername) {
      if (blank(f.phone())) {
        problems.add(new Violation("phone", "RESET_ACCOUNT_REQUIRED", List.of()));
      } else {
        checkMobile(f.phone(), problems);
      }
    }
    if (blank(f.phoneCode())) {
      problems.add(new Violation("phoneCode", "PHONE_CODE_REQUIRED", List.of()));
    }
    String weak = PasswordPolicy.problemWith(f.newPassword());
    if (weak != null) {
      problems.add(new Violation("newPassword", weak, List.of(PasswordPolicy.MIN_LENGTH)));
    }
    if (!problems.isEmpty()) {
      throw new DomainException(Kind.INVALID, "VALIDATION_FAILED", problems);
    }
    if (!byUsername && accounts.onlineWithPhone(f.phone().strip()) > 1) {
      throw new DomainException(Kind.INVALID, "VALIDATION_FAILED",
          List.of(new Violation("username", "RESET_USERNAME_NEEDED", List.of())));
    }
    Optional<Member> account = accounts.forReset(f.username(), byUsername ? null : f.phone().strip());
    if (account.isEmpty() || account.get().phone() == null
        || (!blank(f.phone()) && !f.phone().strip().equals(account.get().phone()))) {
      throw wrongCode(PhoneCodePolicy.MAX_TRIES);
    }
    PhoneCode code = confirm(account.get().phone(), CodePurpose.RESET_PASSWORD, f.phoneCode());
    use(code);
    accounts.resetForgottenPassword(account.get().id(), passwords.encode(f.newPassword()));
    return account.get().username();
  }

  /** Every problem of what was typed, in the order of the form. */
  List<Violation> problems(NewAccount n) {
    List<Violation> problems = new ArrayList<>();
    PartyKind kind = kind(n.kind());
    if (kind == null) {
      problems.add(new Violation("kind", "REGISTRATION_KIND_REQUIRED", List.of()));
    }
    boolean company = kind == PartyKind.ENTITY;
    String username = n.username() == null ? "" : n.username().strip();
    if (username.isEmpty()) {
      problems.add(new Violation("username", "USERNAME_REQUIRED", List.of()));
    } else if (!USERNAME.matcher(username).matches()
        || RESERVED_PREFIXES.stream().anyMatch(r -> username.toLowerCase(Locale.ROOT).startsWith(r))) {
      problems.add(new Violation("username", "USERNAME_INVALID", List.of(username)));
    }
    String weak = PasswordPolicy.problemWith(n.password());
    if (weak != null) {
      problems.add(new Violation("password", weak, List.of(PasswordPolicy.MIN_LENGTH)));
    }
    if (blank(n.name())) {
      problems.add(new Violation("name", company ? "REGISTRATION_COMPANY_NAME_REQUIRED"
          : "REGISTRATION_PERSON_NAME_REQUIRED", List.of()));
    } else if (n.name().strip().length() > 100) {
      problems.add(new Violation("name", "REGISTRATION_NAME_TOO_LONG", List.of(100)));
    }
    LocalDate today = LocalDate.now(clock);
    if (company) {
      CreditCode.defect(n.creditCode()).ifPresent(d -> problems.add(new Violation("creditCode",
          "INTAKE_CREDIT_CODE_INVALID", List.of(shown(n.creditCode()), d.name()))));
      if (blank(n.legalRepresentativeName())) {
        problems.add(new Violation("legalRepresentative.name", "INTAKE_LEGAL_REPRESENTATIVE_NAME_REQUIRED",
            List.of()));
      } else if (n.legalRepresentativeName().strip().length() > 100) {
        problems.add(new Violation("legalRepresentative.name", "REGISTRATION_NAME_TOO_LONG", List.of(100)));
      }
      ResidentIdNumber.defect(n.legalRepresentativeIdNumber(), today).ifPresent(d -> problems.add(
          new Violation("legalRepresentative.idNumber", "INTAKE_LEGAL_REPRESENTATIVE_ID_INVALID",
              List.of(shown(n.legalRepresentativeIdNumber()), d.name()))));
    } else if (kind == PartyKind.PERSON) {
      ResidentIdNumber.defect(n.idNumber(), today).ifPresent(d -> problems.add(new Violation("idNumber",
          "INTAKE_ID_NUMBER_INVALID", List.of(shown(n.idNumber()), d.name()))));
    }
    checkMobile(n.phone(), problems);
    if (blank(n.phoneCode())) {
      problems.add(new Violation("phoneCode", "PHONE_CODE_REQUIRED", List.of()));
    }
    return problems;
  }

  /** The latest code of this purpose sent to the phone, if the typed one matches it; else 400. */
  private PhoneCode confirm(String phone, CodePurpose purpose, String typed) {
    PhoneCode code = codes.findFirstByPhoneAndPurposeOrderByIssuedAtDesc(phone, purpose)
        .orElseThrow(() -> wrongCode(PhoneCodePolicy.MAX_TRIES));
    switch (code.check(typed, clock.instant())) {
      case RIGHT:
        return code;
      case WRONG:
        codes.saveAndFlush(code);
        throw wrongCode(code.triesLeft());
      case NO_TRIES_LEFT:
        codes.saveAndFlush(code);
        throw codeProblem("PHONE_CODE_NO_TRIES_LEFT");
      default:
        throw codeProblem("PHONE_CODE_EXPIRED");
    }
  }

  private static DomainException wrongCode(int triesLeft) {
    return new DomainException(Kind.INVALID, "VALIDATION_FAILED",
        List.of(new Violation("phoneCode", "PHONE_CODE_WRONG", List.of(triesLeft))));
  }

  private static DomainException codeProblem(String code) {
    return new DomainException(Kind.INVALID, "VALIDATION_FAILED", List.of(new Violation("phoneCode", code, List.of())));
  }

  private static void checkMobile(String phone, List<Violation> problems) {
    if (blank(phone)) {
      problems.add(new Violation("phone", "PHONE_REQUIRED", List.of()));
    } else if (!PhoneNumber.isMobile(phone)) {
      problems.add(new Violation("phone", "PHONE_MOBILE_INVALID", List.of(phone.strip())));
    }
  }

  private static PartyKind kind(String kind) {
    if (kind == null) {
      return null;
    }
    return switch (kind.strip()) {
      case "PERSON" -> PartyKind.PERSON;
      case "ENTITY" -> PartyKind.ENTITY;
      default -> null;
    };
  }

  private static CodePurpose purpose(String purpose) {
    if (purpose == null) {
      return null;
    }
    try {
      CodePurpose p = CodePurpose.valueOf(purpose.strip());
      return p == CodePurpose.CHANGE_PHONE ? null : p; // only a signed-in holder asks for that one
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String shown(String value) {
    return value == null ? "" : value.strip();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** A code was sent: to which phone (masked), valid how long, and when the next may be asked for. */
  public record CodeSent(String phoneMasked, long expiresInSeconds, long resendAfterSeconds) {
  }
}
