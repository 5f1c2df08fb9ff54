package org.openhall.casefile;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.openhall.kernel.DomainException;

/**
 * 延期 (行政许可法 §42): a case may be extended once, by at most the item's {@code maxExtensionDays} (the
 * catalogue's {@code ExtensionLimitPolicy} keeps it within the law: 10 working days, 15 for a joint item),
 * with a written reason, only while the legal time limit has
 * not expired, and only with the approval of a head (负责人) of the lead department.
 */
public final class ExtensionPolicy {

  private static final Set<CaseStatus> EXTENDABLE = EnumSet.of(CaseStatus.ACCEPTED,
      CaseStatus.UNDER_REVIEW, CaseStatus.SPECIAL_PROCEDURE);

  private ExtensionPolicy() {
  }

  /** Whether the case may be extended today at all (the request form shows only then); the same checks. */
  public static boolean allowsRequest(Case c, LocalDate today) {
    try {
      checkOpenAndNotPending(c, today);
      return true;
    } catch (DomainException refused) {
      return false;
    }
  }

  /** Refuses a request that the law does not allow, with the specific reason. */
  static void checkRequest(Case c, int workingDays, String reason, int maxDays, LocalDate today) {
    checkOpenAndNotPending(c, today);
    if (reason == null || reason.isBlank()) {
      throw DomainException.invalid("REASON_REQUIRED", CaseAction.EXTENDED.name());
    }
    if (workingDays < 1) {
      throw DomainException.invalid("EXTENSION_DAYS_INVALID", workingDays);
    }
    if (workingDays > maxDays) {
      throw DomainException.invalid("EXTENSION_TOO_LONG", workingDays, maxDays);
    }
  }

  private static void checkOpenAndNotPending(Case c, LocalDate today) {
    checkOpen(c, today);
    if (c.extensions().stream().anyMatch(e -> e.status() == Extension.Status.REQUESTED)) {
      throw DomainException.conflict("EXTENSION_PENDING", c.caseNumber());
    }
  }

  /** Refuses to grant when the case was extended meanwhile or its legal time ran out. */
  static void checkGrant(Case c, LocalDate today) {
    checkOpen(c, today);
  }

  private static void checkOpen(Case c, LocalDate today) {
    if (!EXTENDABLE.contains(c.status())) {
      throw new IllegalCaseTransition(c.caseNumber(), c.status(), CaseAction.EXTENDED);
    }
    if (c.extensions().stream().anyMatch(e -> e.status() == Extension.Status.GRANTED)) {
      throw DomainException.conflict("EXTENSION_ALREADY_GRANTED", c.caseNumber());
    }
    LocalDate legalDue = c.clock().legalDue().orElse(null);
    // While a special procedure stops the clock the legal time does not run: it ran out only if it had by the stop.
    LocalDate lastCountedDay = c.openStop().map(ClockEntry::effectiveOn).filter(today::isAfter).orElse(today);
    if (legalDue != null && lastCountedDay.isAfter(legalDue)) {
      throw DomainException.conflict("LEGAL_TIME_EXPIRED", c.caseNumber(), legalDue.toString());
    }
  }
}
