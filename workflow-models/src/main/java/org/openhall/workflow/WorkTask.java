package org.openhall.workflow;

import java.util.List;
import org.openhall.casefile.WarningColour;

import java.time.LocalDate;
import org.openhall.casefile.CaseStage;
import org.openhall.identity.Role;

/**
 * A task on a worklist, as the console shows it, with the outcomes that may end it, the applicant's
 * masked name, whether the task belongs to a co-department (协办) of a joint case, and the role that
 * works on it.
 */
public record WorkTask(String taskId, String caseNumber, String itemCode, String itemName,
    CaseStage stage, String departmentCode, LocalDate dueDate, WarningColour warning, String assignee,
    List<String> outcomes, String applicantMasked, boolean coDepartment, Role role) {
}
