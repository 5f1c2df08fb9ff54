package org.openhall.casefile;

import java.time.LocalDate;

/** A case was accepted (受理): its clock runs; a provisional due date needs a supervisor's eye. */
public record CaseAccepted(String caseNumber, String departmentCode, LocalDate dueDate,
    LocalDate legalDueDate, boolean dueDateProvisional) {
}
