package org.openhall.workflow;

import org.openhall.casefile.WarningColour;

import java.time.LocalDate;
import org.openhall.casefile.CaseStage;

/** A task on a worklist, as the console shows it. */
public record WorkTask(String taskId, String caseNumber, String itemCode, String itemName,
    CaseStage stage, String departmentCode, LocalDate dueDate, WarningColour warning, String assignee) {
}
