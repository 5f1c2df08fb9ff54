package org.openhall.supervision;

/** Why supervision raised an alert. */
public enum AlertKind {
  /** 黄牌预警: a case or stage is near its time limit. */
  DEADLINE_YELLOW,
  /** 红牌超期: a case or stage is past its time limit. */
  DEADLINE_RED,
  /** 环节超时 (yellow): one stage took longer than its own share of the promised days. */
  STAGE_OVERRUN,
  /** The due date reaches into a year whose holidays are not loaded; it was counted Monday–Friday. */
  PROVISIONAL_DUE_DATE
}
