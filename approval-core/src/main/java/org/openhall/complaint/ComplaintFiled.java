package org.openhall.complaint;

/** A complaint was filed; {@code caseNumber} is null for one about a department alone. */
public record ComplaintFiled(String complaintNumber, ComplaintCategory category, String caseNumber,
    String departmentCode) {
}
