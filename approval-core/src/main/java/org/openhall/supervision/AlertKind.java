package org.openhall.supervision;

import org.openhall.casefile.WarningKind;

/** Why supervision raised an alert. */
public enum AlertKind {
  /** §32: the acceptance decision is due soon. */
  ACCEPTANCE_NEAR_DUE,
  /** §32: the acceptance period is over (its date is provisional, so nothing was deemed yet). */
  ACCEPTANCE_OVERDUE,
  /** 视为受理: a case counted as accepted because nobody decided on it within five working days. */
  DEEMED_ACCEPTANCE,
  /** 黄牌预警: a case is near its promised time limit. */
  DEADLINE_YELLOW,
  /** 红牌超期: a case is past its promised time limit. */
  DEADLINE_RED,
  /** 法定超期: a case is past its legal time limit. */
  LEGAL_OVERDUE,
  /** 环节超时 (yellow): one stage took longer than its own share of the promised days. */
  STAGE_OVERRUN,
  /** A special procedure (§45) runs past the working days the applicant was told. */
  SPECIAL_PROCEDURE_OVERRUN,
  /** A figure reaches into a year whose holidays are not loaded; it was counted Monday–Friday. */
  PROVISIONAL_DUE_DATE;

  /** The alert that a deadline warning of the {@link org.openhall.casefile.WarningPolicy} gives. */
  public static AlertKind of(WarningKind kind) {
    return switch (kind) {
      case ACCEPTANCE_NEAR_DUE -> ACCEPTANCE_NEAR_DUE;
      case ACCEPTANCE_OVERDUE -> ACCEPTANCE_OVERDUE;
      case NEAR_DUE -> DEADLINE_YELLOW;
      case OVERDUE -> DEADLINE_RED;
      case LEGAL_OVERDUE -> LEGAL_OVERDUE;
      case STAGE_OVERRUN -> STAGE_OVERRUN;
      case SPECIAL_PROCEDURE_OVERRUN -> SPECIAL_PROCEDURE_OVERRUN;
    };
  }
}
