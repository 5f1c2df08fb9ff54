package org.openhall.enquiry;

/**
 * What a member of staff types for an enquiry: the department they answer for (may be blank when
 * they belong to one only), who asked, their phone (optional), the catalogue item asked about
 * (optional), the question, and the answer given or where the asker was sent (one at least).
 */
public record NewEnquiry(String departmentCode, String askerName, String askerPhone, String itemCode,
    String question, String answer, String referredTo) {
}
