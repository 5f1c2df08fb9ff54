package org.openhall.casefile;

/** The applicant answered a correction notice; the case is back at acceptance. */
public record CaseSupplemented(String caseNumber) {
}
