package org.openhall.casefile;

/** 特别程序 started (§45) at timeline row {@code step}: the applicant is told the kind and the expected days. */
public record SpecialProcedureStarted(String caseNumber, int step, SpecialProcedureKind kind,
    int expectedWorkingDays, String reason) {
}
