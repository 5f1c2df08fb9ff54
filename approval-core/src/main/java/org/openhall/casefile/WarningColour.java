package org.openhall.casefile;

/** The colour of a deadline as the worklist, the console and the applicant see it (黄牌 / 红牌). */
public enum WarningColour { GREEN, YELLOW, RED }
