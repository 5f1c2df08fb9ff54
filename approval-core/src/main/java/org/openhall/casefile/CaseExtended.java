package org.openhall.casefile;

import java.time.LocalDate;

/** 延期 granted (§42) at timeline row {@code step}: the applicant is told the reason and the new due date. */
public record CaseExtended(String caseNumber, int step, int workingDays, String reason, LocalDate newDueDate) {
}
