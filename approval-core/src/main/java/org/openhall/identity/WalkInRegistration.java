package org.openhall.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openhall.catalogue.form.CreditCode;
import org.openhall.catalogue.form.PhoneNumber;
import org.openhall.catalogue.form.ResidentIdNumber;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.kernel.DomainException;
import org.openhall.kernel.DomainException.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 一窗受理: finds a walk-in applicant by the exact resident ID number or credit code, or registers them
 * on the spot — a person with a valid ID number, or a company with a valid credit code and its legal
 * representative — as an applicant account that cannot sign in until claimed online.
 */
@Service
public class WalkInRegistration {

  private final Accounts accounts;
  private final AccountDirectory directory;
  private final Clock clock;

  WalkInRegistration(Accounts accounts, AccountDirectory directory, Clock clock) {
    this.accounts = accounts;
    this.directory = directory;
    this.clock = clock;
  }

  /**
   * The one applicant account with this ID number or credit code (spaces removed, upper-cased), if
   * any; 409 INTAKE_APPLICANT_AMBIGUOUS when several applicant accounts share it.
   */
  @Transactional(readOnly = true)
  public Optional<Member> find(String partyId) {
    String id = normalized(partyId);
    if (id.isEmpty()) {
      return Optional.empty();
    }
    Optional<Member> one = directory.applicantWithPartyId(id);
    if (one.isEmpty() && accounts.findByPartyIdAndEnabledTrue(id).stream()
        .filter(a -> a.kind() == PartyKind.PERSON || a.kind() == PartyKind.ENTITY)
        .filter(a -> a.roles().contains(Role.APPLICANT)).count() > 1) {
      throw DomainException.conflict("INTAKE_APPLICANT_AMBIGUOUS");
    }
    return one;
  }

  /**
   * The applicant the walk-in names: found by their number, or registered now by {@code clerk}. A
   * refusal lists every faulty field (check digits included), each under {@code applicant.…}.
   */
  @Transactional
  public Member findOrRegister(WalkIn walkIn, Member clerk) {
    List<Violation> problems = problems(walkIn);
    if (!problems.isEmpty()) {
      throw new DomainException(DomainException.Kind.INVALID, "VALIDATION_FAILED", problems);
    }
    String partyId = normalized(walkIn.partyId());
    Optional<Member> known = find(partyId);
    if (known.isPresent()) {
      return known.get();
    }
    boolean company = walkIn.kind() == PartyKind.ENTITY;
    Account a = Account.walkIn("walkin-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16),
        walkIn.name().strip(), walkIn.kind(), partyId, PhoneNumber.normalize(walkIn.phone()),
        company ? walkIn.legalRepresentativeName().strip() : null,
        company ? ResidentIdNumber.normalize(walkIn.legalRepresentativeIdNumber()) : null, clerk.id());
    accounts.saveAndFlush(a);
    return directory.byId(a.id()).orElseThrow();
  }

  /** Every problem of the walk-in's details, in the order of the form. */
  public List<Violation> problems(WalkIn w) {
    List<Violation> problems = new ArrayList<>();
    LocalDate today = LocalDate.now(clock);
    if (w.kind() != PartyKind.PERSON && w.kind() != PartyKind.ENTITY) {
      problems.add(new Violation("applicant.kind", "INTAKE_APPLICANT_KIND_REQUIRED", List.of()));
      return problems;
    }
    boolean company = w.kind() == PartyKind.ENTITY;
    if (blank(w.name())) {
      problems.add(new Violation("applicant.name", company ? "INTAKE_COMPANY_NAME_REQUIRED"
          : "INTAKE_PERSON_NAME_REQUIRED", List.of()));
    } else if (w.name().strip().length() > 100) {
      problems.add(new Violation("applicant.name", "INTAKE_NAME_TOO_LONG", List.of(100)));
    }
    if (company) {
      CreditCode.defect(w.creditCode()).ifPresent(d -> problems.add(new Violation("applicant.creditCode",
          "INTAKE_CREDIT_CODE_INVALID", List.of(shown(w.creditCode()), d.name()))));
    } else {
      ResidentIdNumber.defect(w.idNumber(), today).ifPresent(d -> problems.add(new Violation(
          "applicant.idNumber", "INTAKE_ID_NUMBER_INVALID", List.of(shown(w.idNumber()), d.name()))));
    }
    if (!PhoneNumber.isValid(w.phone())) {
      problems.add(new Violation("applicant.phone", "INTAKE_PHONE_INVALID", List.of(shown(w.phone()))));
    }
    if (company) {
      if (blank(w.legalRepresentativeName())) {
        problems.add(new Violation("applicant.legalRepresentative.name",
            "INTAKE_LEGAL_REPRESENTATIVE_NAME_REQUIRED", List.of()));
      }
      ResidentIdNumber.defect(w.legalRepresentativeIdNumber(), today).ifPresent(d -> problems.add(
          new Violation("applicant.legalRepresentative.idNumber", "INTAKE_LEGAL_REPRESENTATIVE_ID_INVALID",
              List.of(shown(w.legalRepresentativeIdNumber()), d.name()))));
    }
    return problems;
  }

  private static String shown(String value) {
    return value == null ? "" : value.strip();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** An ID number or credit code as typed, without spaces, upper-cased. */
  public static String normalized(String partyId) {
    return partyId == null ? "" : partyId.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
  }

  /**
   * A walk-in applicant as the clerk typed them: a person ({@code idNumber}) or a company
   * ({@code creditCode}, legal representative's name and ID number), with a phone.
   */
  public record WalkIn(PartyKind kind, String name, String idNumber, String creditCode, String phone,
      String legalRepresentativeName, String legalRepresentativeIdNumber) {

    /** The number the applicant is found by: the credit code of a company, else the ID number. */
    public String partyId() {
      return kind == PartyKind.ENTITY ? creditCode : idNumber;
    }
  }
}
