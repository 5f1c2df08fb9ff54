package org.openhall.casefile;

import java.time.LocalDate;

/**
 * 视为受理: the acceptance period (§32) ended on {@code lastDay} without a decision; the case counts as
 * accepted, its process moves on to a person's decision, and supervision records it.
 */
public record CaseDeemedAccepted(String caseNumber, String departmentCode, LocalDate lastDay) {
}
