package org.openhall.mandate;

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
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.openhall.catalogue.form.CreditCode;
import org.openhall.catalogue.form.ResidentIdNumber;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.identity.PartyKind;
import org.openhall.kernel.DomainException;

/**
 * 代办授权: a principal's mandate for an agent to file on their behalf, for some items (none listed:
 * all items) from {@code validFrom} to {@code validTo} inclusive. The agent records it; it counts
 * only once the principal confirmed it.
 */
@Entity
@Table(name = "mandate")
public class Mandate {

  @Id
  @Column(length = 36)
  private String id;

  @Version
  @Column(name = "row_version")
  private Long rowVersion;

  @Column(name = "agent_account_id", nullable = false, length = 36)
  private String agentAccountId;

  @Column(name = "agent_name", nullable = false, length = 100)
  private String agentName;

  @Column(name = "principal_account_id", nullable = false, length = 36)
  private String principalAccountId;

  @Column(name = "principal_name", nullable = false, length = 100)
  private String principalName;

  @Enumerated(EnumType.STRING)
  @Column(name = "principal_kind", nullable = false, length = 16)
  private PartyKind principalKind;

  @Column(name = "principal_party_id", nullable = false, length = 32)
  private String principalPartyId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "mandate_item", joinColumns = @JoinColumn(name = "mandate_id"))
  @Column(name = "item_code", length = 32)
  private Set<String> itemCodes = new TreeSet<>();

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "valid_to", nullable = false)
  private LocalDate validTo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private MandateStatus status;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  protected Mandate() {
  }

  Mandate(Member agent, Member principal, Collection<String> itemCodes, LocalDate validFrom,
      LocalDate validTo, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.agentAccountId = agent.id();
    this.agentName = agent.displayName();
    this.principalAccountId = principal.id();
    this.principalName = principal.displayName();
    this.principalKind = principal.kind();
    this.principalPartyId = principal.partyId();
    this.itemCodes = new TreeSet<>(itemCodes);
    this.validFrom = validFrom;
    this.validTo = validTo;
    this.status = MandateStatus.PENDING_CONFIRMATION;
    this.recordedAt = at;
  }

  /**
   * The principal confirms on {@code today}. Confirming again changes nothing; a mandate whose
   * last day has passed can no longer be confirmed.
   */
  void confirm(LocalDate today, Instant at) {
    if (status == MandateStatus.CONFIRMED) {
      return;
    }
    if (today.isAfter(validTo)) {
      throw DomainException.conflict("MANDATE_EXPIRED", id);
    }
    this.status = MandateStatus.CONFIRMED;
    this.confirmedAt = at;
  }

  /**
   * Whether {@code agentAccountId} may file for the principal for {@code itemCode} on
   * {@code today}: the mandate is theirs, confirmed, in force and covers the item.
   */
  public boolean allowsFiling(String agentAccountId, String itemCode, LocalDate today) {
    return this.agentAccountId.equals(agentAccountId) && status == MandateStatus.CONFIRMED
        && !today.isBefore(validFrom) && !today.isAfter(validTo) && covers(itemCode);
  }

  /** Whether the item is in scope (a mandate listing no items covers all of them). */
  public boolean covers(String itemCode) {
    return itemCodes.isEmpty() || itemCodes.contains(itemCode);
  }

  /** The stored status, or {@code EXPIRED} once {@code today} is past the last day. */
  public MandateStatus statusOn(LocalDate today) {
    return today.isAfter(validTo) ? MandateStatus.EXPIRED : status;
  }

  public String id() {
    return id;
  }

  public String agentAccountId() {
    return agentAccountId;
  }

  public String agentName() {
    return agentName;
  }

  public String principalAccountId() {
    return principalAccountId;
  }

  public String principalName() {
    return principalName;
  }

  public PartyKind principalKind() {
    return principalKind;
  }

  public String principalPartyId() {
    return principalPartyId;
  }

  /** The principal's number as anyone but its owner sees it, e.g. {@code 1101**********002X}. */
  public String principalMasked() {
    return principalKind == PartyKind.ENTITY ? CreditCode.mask(principalPartyId)
        : ResidentIdNumber.mask(principalPartyId);
  }

  /** The item codes in scope, sorted; empty means all items. */
  public List<String> scope() {
    return List.copyOf(new TreeSet<>(itemCodes));
  }

  public LocalDate validFrom() {
    return validFrom;
  }

  public LocalDate validTo() {
    return validTo;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public Optional<Instant> confirmedAt() {
    return Optional.ofNullable(confirmedAt);
  }
}
