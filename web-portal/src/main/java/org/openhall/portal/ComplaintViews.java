package org.openhall.portal;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.openhall.complaint.Complaint;
import org.openhall.complaint.ComplaintCategory;
import org.openhall.complaint.ComplaintStatus;
import org.openhall.organisation.DepartmentDirectory;
import org.springframework.stereotype.Component;

/** 投诉 as the portal and the API show it to the complainant. */
@Component
class ComplaintViews {

  private final DepartmentDirectory departments;
  private final Clock clock;

  ComplaintViews(DepartmentDirectory departments, Clock clock) {
    this.departments = departments;
    this.clock = clock;
  }

  ComplaintView view(Complaint c) {
    return new ComplaintView(c.complaintNumber(), c.status(), c.category(), c.caseNumber().orElse(null),
        c.departmentCode(), departments.nameOf(c.departmentCode()), c.content(),
        c.filedAt().atZone(clock.getZone()).toOffsetDateTime());
  }

  /** One complaint: its number and status, what it is about, and when it was filed. */
  record ComplaintView(String complaintNumber, ComplaintStatus status, ComplaintCategory category,
      String caseNumber, String departmentCode, String departmentName, String content, OffsetDateTime filedAt) {
  }
}
