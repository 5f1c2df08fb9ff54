package org.openhall.licence;

import java.time.LocalDate;
import org.openhall.casefile.Applicant;
import org.openhall.casefile.LicenceAction;
import org.openhall.kernel.DomainException;

/**
 * 变更, 延续, 注销: whether an applicant may apply to change, renew or cancel a licence. The applicant
 * must hold it (else it is not found, as for a number that does not exist), it must be valid today and
 * of the item applied for; a renewal must be filed at least 30 days before the licence ends
 * (行政许可法 §50), so on its end date minus 30 days at the latest, and a long-term licence is never renewed.
 */
public final class HeldLicencePolicy {

  /** 行政许可法 §50: 应当在该行政许可有效期届满三十日前提出申请. */
  static final int RENEWAL_DAYS_BEFORE_END = 30;

  private HeldLicencePolicy() {
  }

  /**
   * @param holder the licence's applicant as recorded on the case that issued it
   */
  static void check(Licence licence, Applicant holder, Applicant applicant, String itemCode,
      LicenceAction action, LocalDate today) {
    if (!holds(holder, applicant)) {
      throw DomainException.notFound("HELD_LICENCE_NOT_FOUND", licence.licenceNumber());
    }
    licence.requireValid(today);
    if (!licence.itemCode().equals(itemCode)) {
      throw DomainException.conflict("LICENCE_OF_ANOTHER_ITEM", licence.licenceNumber(), licence.itemName());
    }
    if (action == LicenceAction.RENEWAL) {
      if (licence.validUntil() == null) {
        throw DomainException.conflict("LICENCE_LONG_TERM", licence.licenceNumber());
      }
      LocalDate lastDay = lastRenewalFilingDay(licence.validUntil());
      if (today.isAfter(lastDay)) {
        throw DomainException.conflict("RENEWAL_TOO_LATE", licence.licenceNumber(), licence.validUntil(), lastDay);
      }
    }
  }

  /** The last day a renewal may be filed for a licence valid until {@code validUntil} (inclusive). */
  public static LocalDate lastRenewalFilingDay(LocalDate validUntil) {
    return validUntil.minusDays(RENEWAL_DAYS_BEFORE_END);
  }

  /** The same account, or the same person or entity by its identifier. */
  static boolean holds(Applicant holder, Applicant applicant) {
    if (holder == null || applicant == null) {
      return false;
    }
    if (holder.accountId() != null && holder.accountId().equals(applicant.accountId())) {
      return true;
    }
    return holder.partyId() != null && !holder.partyId().isBlank() && holder.kind() == applicant.kind()
        && holder.partyId().equalsIgnoreCase(applicant.partyId());
  }
}
