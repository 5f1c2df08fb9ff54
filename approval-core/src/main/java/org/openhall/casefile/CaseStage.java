package org.openhall.casefile;

/** The stages a case passes through; timeline rows and work tasks carry one. */
public enum CaseStage { SUBMIT, ACCEPT, REVIEW, DECIDE, ISSUE, CLOSE, SPECIAL, CLOCK }
