package org.openhall.casefile;

import java.time.LocalDate;

/**
 * 预警: a case came near (YELLOW) or past (RED) a time limit, for the whole case or for one
 * stage. Published once per case, stage and level; supervision records and notifies it.
 */
public record DeadlineWarning(String caseNumber, String departmentCode, CaseStage stage,
    Level level, String handler, LocalDate dueDate) {

  /** Yellow: near the limit; red: past it. */
  public enum Level { YELLOW, RED }
}
