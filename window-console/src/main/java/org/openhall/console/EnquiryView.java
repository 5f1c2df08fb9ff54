package org.openhall.console;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.openhall.enquiry.Enquiry;

/**
 * One enquiry as lists show it: the asker's phone masked, the time in the service centre's zone.
 * {@code askerPhone} in full only in the answer to the one who recorded it.
 */
record EnquiryView(String id, String departmentCode, String departmentName, String askerName,
    String askerPhoneMasked, @JsonInclude(JsonInclude.Include.NON_NULL) String askerPhone, String itemCode, String itemName, String question, String answer,
    String referredTo, OffsetDateTime recordedAt, String recordedBy) {

  static EnquiryView of(Enquiry e, String departmentName, ZoneId zone) {
    return new EnquiryView(e.id(), e.departmentCode(), departmentName, e.askerName(),
        e.askerPhoneMasked().orElse(null), null, e.itemCode().orElse(null), e.itemName().orElse(null),
        e.question(), e.answer().orElse(null), e.referredTo().orElse(null),
        e.recordedAt().atZone(zone).toOffsetDateTime(), e.recordedByName());
  }

  /** The same, with the phone in full for the one who typed it. */
  EnquiryView withPhone(String phone) {
    return new EnquiryView(id, departmentCode, departmentName, askerName, askerPhoneMasked, phone,
        itemCode, itemName, question, answer, referredTo, recordedAt, recordedBy);
  }
}
