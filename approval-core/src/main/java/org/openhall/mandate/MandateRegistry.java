package org.openhall.mandate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.openhall.catalogue.Catalogue;
import org.openhall.catalogue.form.CreditCode;
import org.openhall.catalogue.form.ResidentIdNumber;
import org.openhall.identity.AccountDirectory;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.identity.Role;
import org.openhall.kernel.DomainException;
import org.openhall.kernel.DomainException.Violation;
import org.openhall.notification.Inbox;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records agents' mandates, lets principals confirm them, and answers the one question filing
 * asks: may this agent file this item for this principal today ({@link #requireValid})?
 */
@Service
public class MandateRegistry {

  /** The longest a mandate may run: one year, first and last day included. */
  public static final Period LONGEST = Period.ofYears(1);

  /** Notifications are written in the service centre's language. */
  private static final Locale CENTRE = Locale.SIMPLIFIED_CHINESE;

  private final Mandates mandates;
  private final AccountDirectory accounts;
  private final Catalogue catalogue;
  private final Inbox inbox;
  private final MessageSource messages;
  private final Clock clock;

  MandateRegistry(Mandates mandates, AccountDirectory accounts, Catalogue catalogue, Inbox inbox,
      MessageSource messages, Clock clock) {
    this.mandates = mandates;
    this.accounts = accounts;
    this.catalogue = catalogue;
    this.inbox = inbox;
    this.messages = messages;
    this.clock = clock;
  }

  /**
   * The agent records a mandate from the principal named by resident ID number or credit code,
   * for the listed items (none: all items), from {@code validFrom} to {@code validTo}. It awaits
   * the principal's confirmation; the principal is told in their inbox.
   */
  @Transactional
  public Mandate record(Member agent, String principal, List<String> scope, LocalDate validFrom,
      LocalDate validTo) {
    if (!agent.has(Role.AGENT)) {
      throw new DomainException(DomainException.Kind.FORBIDDEN, "MANDATE_AGENTS_ONLY");
    }
    LocalDate today = LocalDate.now(clock);
    String partyId = normalized(principal);
    List<Violation> problems = new ArrayList<>();
    if (!ResidentIdNumber.isValid(partyId, today) && !CreditCode.isValid(partyId)) {
      problems.add(new Violation("principal", "PRINCIPAL_ID_INVALID", List.of()));
    }
    Set<String> items = new LinkedHashSet<>();
    List<String> codes = scope == null ? List.of() : scope;
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i) == null ? "" : codes.get(i).strip();
      if (!code.isEmpty() && items.add(code) && !isPublished(code)) {
        problems.add(new Violation("scope[" + i + "]", "ITEM_NOT_FOUND", List.of(code)));
      }
    }
    problems.addAll(periodProblems(validFrom, validTo, today));
    if (!problems.isEmpty()) {
      throw new DomainException(DomainException.Kind.INVALID, "VALIDATION_FAILED", problems);
    }
    Member principalAccount = accounts.applicantWithPartyId(partyId)
        .orElseThrow(() -> new DomainException(DomainException.Kind.INVALID, "PRINCIPAL_UNKNOWN",
            List.of(new Violation("principal", "PRINCIPAL_UNKNOWN", List.of(masked(partyId)))),
            masked(partyId)));
    if (principalAccount.id().equals(agent.id())) {
      throw DomainException.invalid("MANDATE_FOR_ONESELF");
    }
    Mandate m = mandates.save(new Mandate(agent, principalAccount, items, validFrom, validTo,
        clock.instant()));
    String scopeText = items.isEmpty() ? text("mandate.scope.all")
        : text("mandate.scope.items", String.join("、", items));
    inbox.send(List.of(principalAccount.username()),
        text("mandate.requested.subject", agent.displayName()),
        text("mandate.requested.body", agent.displayName(), scopeText, validFrom, validTo), null);
    return m;
  }

  /** The principal confirms a mandate recorded for them; for anyone else it does not exist. */
  @Transactional
  public Mandate confirm(String mandateId, Member principal) {
    Mandate m = mandates.findById(mandateId)
        .filter(x -> x.principalAccountId().equals(principal.id()))
        .orElseThrow(() -> DomainException.notFound("MANDATE_NOT_FOUND", mandateId));
    m.confirm(LocalDate.now(clock), clock.instant());
    return m;
  }

  /** The mandates the account holds as agent or gave as principal, newest first. */
  @Transactional(readOnly = true)
  public List<Mandate> mandatesOf(String accountId) {
    return mandates.findInvolving(accountId);
  }

  /** The agent's mandates that allow filing {@code itemCode} today, newest first. */
  @Transactional(readOnly = true)
  public List<Mandate> usableFor(String agentAccountId, String itemCode) {
    LocalDate today = LocalDate.now(clock);
    return mandates.findByAgentAccountIdAndStatus(agentAccountId, MandateStatus.CONFIRMED).stream()
        .filter(m -> m.allowsFiling(agentAccountId, itemCode, today))
        .sorted(Comparator.comparing(Mandate::recordedAt).reversed())
        .toList();
  }

  /**
   * The principal {@code agentAccountId} may file {@code itemCode} for today. {@code onBehalfOf}
   * names a mandate by its id, or the principal by resident ID number or credit code when the
   * agent holds exactly one mandate for them that allows this filing. Anything else, a blank
   * {@code onBehalfOf} included, is refused with 403 {@code MANDATE_REQUIRED}.
   */
  @Transactional(readOnly = true)
  public MandatedPrincipal requireValid(String agentAccountId, String onBehalfOf, String itemCode) {
    LocalDate today = LocalDate.now(clock);
    String wanted = onBehalfOf == null ? "" : onBehalfOf.strip();
    Optional<Mandate> mandate = wanted.isEmpty() ? Optional.empty()
        : mandates.findById(wanted).or(() -> onlyMandateFor(agentAccountId, normalized(wanted),
            itemCode, today));
    return mandate.filter(m -> m.allowsFiling(agentAccountId, itemCode, today))
        .flatMap(m -> accounts.byId(m.principalAccountId())
            .map(principal -> new MandatedPrincipal(m.id(), principal)))
        .orElseThrow(() -> new DomainException(DomainException.Kind.FORBIDDEN, "MANDATE_REQUIRED"));
  }

  private Optional<Mandate> onlyMandateFor(String agentAccountId, String partyId, String itemCode,
      LocalDate today) {
    List<Mandate> usable = mandates.findByAgentAccountIdAndPrincipalPartyId(agentAccountId, partyId)
        .stream().filter(m -> m.allowsFiling(agentAccountId, itemCode, today)).toList();
    return usable.size() == 1 ? Optional.of(usable.get(0)) : Optional.empty();
  }

  private static List<Violation> periodProblems(LocalDate from, LocalDate to, LocalDate today) {
    List<Violation> problems = new ArrayList<>();
    if (from == null) {
      problems.add(new Violation("validFrom", "MANDATE_DATE_REQUIRED", List.of()));
    }
    if (to == null) {
      problems.add(new Violation("validTo", "MANDATE_DATE_REQUIRED", List.of()));
    }
    if (!problems.isEmpty()) {
      return problems;
    }
    if (from.isBefore(today)) {
      problems.add(new Violation("validFrom", "MANDATE_STARTS_IN_THE_PAST", List.of(today)));
    }
    if (to.isBefore(from)) {
      problems.add(new Violation("validTo", "MANDATE_ENDS_BEFORE_IT_STARTS", List.of()));
    } else if (!to.isBefore(from.plus(LONGEST))) {
      problems.add(new Violation("validTo", "MANDATE_TOO_LONG",
          List.of(from.plus(LONGEST).minusDays(1))));
    }
    return problems;
  }

  private boolean isPublished(String itemCode) {
    try {
      catalogue.published(itemCode);
      return true;
    } catch (DomainException notPublished) {
      return false;
    }
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, key, CENTRE);
  }

  private static String normalized(String partyId) {
    return partyId == null ? "" : partyId.strip().toUpperCase(Locale.ROOT);
  }

  /** A number as anyone but its owner sees it (both kinds keep their first and last four). */
  static String masked(String partyId) {
    return ResidentIdNumber.mask(partyId);
  }
}
