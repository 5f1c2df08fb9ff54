package org.openhall.casefile;

/** A case was filed and stored; its process should start. */
public record CaseSubmitted(String caseNumber, String processKey, String itemCode,
    String departmentCode) {
}
