package org.openhall.casefile;

/** 延期申请: a handler asked for more working days; a head of the lead department decides. */
public record ExtensionRequested(String caseNumber, String departmentCode, String extensionId,
    int workingDays) {
}
