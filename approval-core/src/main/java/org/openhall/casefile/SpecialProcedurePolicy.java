package org.openhall.casefile;

import java.util.EnumSet;
import java.util.Set;
import org.openhall.kernel.DomainException;

/**
 * 特别程序 (行政许可法 §45): a hearing, bidding, auction, testing, inspection and quarantine, appraisal or
 * expert review stops the clock while the case is being handled. Each records its kind, a reason and the
 * working days it is expected to take, which the applicant is told in writing; running past them raises a
 * warning ({@link WarningKind#SPECIAL_PROCEDURE_OVERRUN}).
 */
public final class SpecialProcedurePolicy {

  /** A procedure expected to take longer than this is a typing error, not a plan. */
  public static final int MAX_EXPECTED_DAYS = 250;

  private static final Set<CaseStatus> STARTABLE = EnumSet.of(CaseStatus.ACCEPTED, CaseStatus.UNDER_REVIEW);

  private SpecialProcedurePolicy() {
  }

  /** Whether a special procedure may start in the case's state (the form shows only then). */
  public static boolean allowsStart(Case c) {
    return STARTABLE.contains(c.status());
  }

  /** Whether a special procedure is running and may end. */
  public static boolean allowsEnd(Case c) {
    return c.status() == CaseStatus.SPECIAL_PROCEDURE;
  }

  static void checkStart(Case c, SpecialProcedureKind kind, Integer expectedDays, String reason) {
    if (!STARTABLE.contains(c.status())) {
      throw new IllegalCaseTransition(c.caseNumber(), c.status(), CaseAction.SPECIAL_PROCEDURE_STARTED);
    }
    if (kind == null) {
      throw DomainException.invalid("SPECIAL_PROCEDURE_KIND_REQUIRED", c.caseNumber());
    }
    if (expectedDays == null || expectedDays < 1 || expectedDays > MAX_EXPECTED_DAYS) {
      throw DomainException.invalid("SPECIAL_PROCEDURE_DAYS_INVALID", String.valueOf(expectedDays),
          MAX_EXPECTED_DAYS);
    }
    if (reason == null || reason.isBlank()) {
      throw DomainException.invalid("REASON_REQUIRED", CaseAction.SPECIAL_PROCEDURE_STARTED.name());
    }
  }
}
