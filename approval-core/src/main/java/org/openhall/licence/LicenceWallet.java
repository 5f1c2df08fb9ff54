package org.openhall.licence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openhall.casefile.HeldLicences;
import org.openhall.filestore.FileStore;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.kernel.DomainException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 证照夹: the licences a holder holds, and the one rule of who holds one — the account of the
 * applicant it was issued to. An agent's wallet holds the agent's own licences only: a mandate lets
 * the agent file for the principal (and give the principal's licence there), not read the
 * principal's documents. Anyone else asking for a licence hears it does not exist (404).
 */
@Service
public class LicenceWallet implements HeldLicences {

  private final Licences licences;
  private final FileStore files;
  private final Clock clock;

  LicenceWallet(Licences licences, FileStore files, Clock clock) {
    this.licences = licences;
    this.files = files;
    this.clock = clock;
  }

  /** The holder's licences, newest first. */
  @Transactional(readOnly = true)
  public List<Licence> heldBy(Member holder) {
    return licences.findByHolderAccountIdOrderByIssuedAtDesc(holder.id());
  }

  /** The holder's licences valid today of the item, for giving them instead of a material. */
  @Transactional(readOnly = true)
  public List<Licence> validHeldBy(Member holder, String itemCode) {
    LocalDate today = today();
    return heldBy(holder).stream()
        .filter(l -> l.itemCode().equals(itemCode) && l.statusOn(today) == LicenceStatus.VALID)
        .toList();
  }

  /** The holder's licence by its number, or 404 (also for someone else's). */
  @Transactional(readOnly = true)
  public Licence held(Member holder, String licenceNumber) {
    return licences.findByLicenceNumber(licenceNumber == null ? "" : licenceNumber.strip())
        .filter(l -> l.isHeldBy(holder.id()))
        .orElseThrow(() -> DomainException.notFound("LICENCE_NOT_HELD", licenceNumber));
  }

  /** The signed PDF of the holder's licence, or 404 (also for someone else's). */
  @Transactional(readOnly = true)
  public byte[] pdfHeld(Member holder, String licenceNumber) {
    return files.get(held(holder, licenceNumber).pdfSha256());
  }

  /** A licence by its number, whoever holds it: for staff who see it given on a case they handle. */
  @Transactional(readOnly = true)
  public Optional<Licence> byNumber(String licenceNumber) {
    return licences.findByLicenceNumber(licenceNumber);
  }

  /** The signed PDF of a licence, for staff who may see the case it was given on. */
  @Transactional(readOnly = true)
  public byte[] pdfOf(Licence licence) {
    return files.get(licence.pdfSha256());
  }

  /** The licence's status as of today (the injected clock). */
  public LicenceStatus statusOf(Licence licence) {
    return licence.statusOn(today());
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Refusal> refusal(String holderAccountId, String licenceNumber, String itemCode) {
    String number = licenceNumber == null ? "" : licenceNumber.strip();
    Optional<Licence> found = licences.findByLicenceNumber(number)
        .filter(l -> holderAccountId != null && l.isHeldBy(holderAccountId));
    if (found.isEmpty()) {
      return Optional.of(new Refusal("LICENCE_NOT_HELD", List.of(number)));
    }
    Licence l = found.get();
    if (!l.itemCode().equals(itemCode)) {
      return Optional.of(new Refusal("LICENCE_WRONG_ITEM", List.of(number)));
    }
    LicenceStatus status = l.statusOn(today());
    if (status != LicenceStatus.VALID) {
      // the status is named in the reader's language, by the label the verify page shows
      return Optional.of(new Refusal("LICENCE_NOT_VALID", List.of(number,
          new DefaultMessageSourceResolvable(new String[] {"verify.status." + status.name()}, status.name()))));
    }
    return Optional.empty();
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
