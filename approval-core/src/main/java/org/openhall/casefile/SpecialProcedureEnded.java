package org.openhall.casefile;

import java.time.LocalDate;

/**
 * 特别程序 ended (§45) at timeline row {@code step}: the applicant is told the working days not counted and
 * the due dates the stop moved to.
 */
public record SpecialProcedureEnded(String caseNumber, int step, SpecialProcedureKind kind, int stoppedWorkingDays,
    String note, LocalDate dueDate, LocalDate legalDueDate) {
}
