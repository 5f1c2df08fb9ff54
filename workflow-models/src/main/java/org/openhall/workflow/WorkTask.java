package org.openhall.workflow;

import java.util.List;
import org.openhall.casefile.WarningColour;

import java.time.LocalDate;
import org.openhall.casefile.CaseStage;

/** A task on a worklist, as the console shows it, with the outcomes that may end it. */
public record WorkTask(String taskId, String caseNumber, String itemCode, String itemName,
    CaseStage stage, String departmentCode, LocalDate dueDate, WarningColour warning, String assignee,
    List<String> outcomes) {
}
