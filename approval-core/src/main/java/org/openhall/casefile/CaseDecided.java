package org.openhall.casefile;

/** 决定: the case was approved or denied (准予 / 不予许可), with the decision's written reasons. */
public record CaseDecided(String caseNumber, boolean approved, String reasons) {
}
