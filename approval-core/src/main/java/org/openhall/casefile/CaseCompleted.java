package org.openhall.casefile;

/** 办结: the case is finished (issued, denied, not accepted, withdrawn, filed); nothing is late any more. */
public record CaseCompleted(String caseNumber, CaseStatus status) {
}
