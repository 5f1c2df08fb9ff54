package org.openhall.casefile;

import java.time.LocalDate;

/**
 * 预警: a case came near (YELLOW) or past (RED) a time limit, or one stage overran its own budget
 * (YELLOW). Published once per case, stage and reason; supervision records and notifies it.
 */
public record DeadlineWarning(String caseNumber, String departmentCode, CaseStage stage,
    Level level, Reason reason, String handler, LocalDate dueDate) {

  /** Yellow: near the limit; red: past it. */
  public enum Level { YELLOW, RED }

  /** Why: near the case's due date, past it, or a stage over its own budget. */
  public enum Reason {
    NEAR_DUE, OVERDUE, STAGE_OVERRUN;

    /** The reason a warning of this level has when nothing more specific is known. */
    public static Reason of(Level level) {
      return level == Level.RED ? OVERDUE : NEAR_DUE;
    }
  }
}
