package org.openhall.casefile;

/** What a deadline warning is about, and the colour it gives. */
public enum WarningKind {
  /** §32: the acceptance decision is due within the yellow window. */
  ACCEPTANCE_NEAR_DUE(WarningColour.YELLOW),
  /** §32: the acceptance period ended without a decision (only while its date is provisional). */
  ACCEPTANCE_OVERDUE(WarningColour.RED),
  /** 黄牌: the promised due date is near. */
  NEAR_DUE(WarningColour.YELLOW),
  /** 红牌: past the promised due date. */
  OVERDUE(WarningColour.RED),
  /** 法定超期: past the legal time limit. */
  LEGAL_OVERDUE(WarningColour.RED),
  /** 环节超时: one stage took longer than its own budget. */
  STAGE_OVERRUN(WarningColour.YELLOW),
  /** A special procedure (§45) runs past the working days the applicant was told. */
  SPECIAL_PROCEDURE_OVERRUN(WarningColour.YELLOW);

  private final WarningColour colour;

  WarningKind(WarningColour colour) {
    this.colour = colour;
  }

  public WarningColour colour() {
    return colour;
  }
}
