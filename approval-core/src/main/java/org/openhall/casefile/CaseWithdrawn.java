package org.openhall.casefile;

/** The applicant withdrew the case before a decision; its process must stop. */
public record CaseWithdrawn(String caseNumber) {
}
