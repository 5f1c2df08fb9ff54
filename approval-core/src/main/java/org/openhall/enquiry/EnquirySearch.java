package org.openhall.enquiry;

import java.time.LocalDate;

/**
 * A search of the enquiry log: words found in the asker's name, the question, the answer, the
 * referral or the item; recorded from {@code from} to {@code to} inclusive (the service centre's
 * days); one department. Every part is optional.
 */
public record EnquirySearch(String text, LocalDate from, LocalDate to, String departmentCode) {
}
