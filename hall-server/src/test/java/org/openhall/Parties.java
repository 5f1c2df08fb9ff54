package org.openhall;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.openhall.catalogue.form.CreditCode;
import org.openhall.catalogue.form.ResidentIdNumber;
import org.openhall.identity.Account;
import org.openhall.identity.Accounts;
import org.openhall.identity.PartyKind;
import org.openhall.identity.Role;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Fresh portal accounts for one test (password {@value HallApi#PASSWORD}): agents, and people and
 * companies to file for, each with its own valid resident ID number or credit code, so that what
 * one test records never meets another test's accounts.
 */
final class Parties {

  private static final String CREDIT_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private final Accounts accounts;
  private final String passwordHash;

  Parties(Accounts accounts, PasswordEncoder passwords) {
    this.accounts = accounts;
    this.passwordHash = passwords.encode(HallApi.PASSWORD);
  }

  /** 代办员: a village agent (a person, role AGENT). */
  Account agent(String name) {
    return save("t-agent-", name, PartyKind.PERSON, newResidentIdNumber(), Role.AGENT);
  }

  /** 自然人: a registered person who can be a principal. */
  Account person(String name) {
    return save("t-person-", name, PartyKind.PERSON, newResidentIdNumber(), Role.APPLICANT);
  }

  /** 法人: a registered company who can be a principal. */
  Account company(String name) {
    return save("t-company-", name, PartyKind.ENTITY, newCreditCode(), Role.APPLICANT);
  }

  /** Staff of one department with one role (e.g. an approver of another department than the case's). */
  Account staff(Role role, String department) {
    String username = "t-staff-" + UUID.randomUUID().toString().substring(0, 8);
    return accounts.save(new Account(username, passwordHash, "测试" + role.name(), PartyKind.STAFF, null, null,
        EnumSet.of(role), Set.of(department), false));
  }

  /** A valid resident ID number nobody in this test run has (Beijing, born 1950–2000). */
  static String newResidentIdNumber() {
    var random = ThreadLocalRandom.current();
    LocalDate born = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 50));
    String first17 = "110105" + born.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
    return first17 + ResidentIdNumber.checkCharacter(first17);
  }

  /** A valid unified social credit code nobody in this test run has. */
  static String newCreditCode() {
    var random = ThreadLocalRandom.current();
    StringBuilder first17 = new StringBuilder("9135010");
    while (first17.length() < 17) {
      first17.append(CREDIT_CHARSET.charAt(random.nextInt(CREDIT_CHARSET.length())));
    }
    return first17.toString() + CreditCode.checkCharacter(first17);
  }

  private Account save(String prefix, String name, PartyKind kind, String partyId, Role role) {
    String username = prefix + UUID.randomUUID().toString().substring(0, 8);
    return accounts.save(new Account(username, passwordHash, name, kind, partyId, "13800138000",
        EnumSet.of(role), Set.of(), false));
  }
}
