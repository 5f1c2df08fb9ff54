package org.openhall.complaint;

/**
 * A complaint as the applicant typed it: about one of their cases ({@code caseNumber}), a department
 * ({@code departmentCode}) or both; {@code category} is a {@link ComplaintCategory} name.
 */
public record NewComplaint(String caseNumber, String departmentCode, String category, String content) {
}
