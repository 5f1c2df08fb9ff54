package org.openhall.complaint;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openhall.casefile.Case;
import org.openhall.casefile.CaseFiles;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.kernel.Counters;
import org.openhall.kernel.DomainException;
import org.openhall.kernel.DomainException.Violation;
import org.openhall.organisation.DepartmentDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 投诉受理: files an applicant's complaint as the {@link ComplaintPolicy} allows, gives it its number
 * ({@code TS} + date + serial) and lists the complainant's own complaints.
 */
@Service
public class ComplaintIntake {

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private final Complaints complaints;
  private final CaseFiles cases;
  private final DepartmentDirectory departments;
  private final Counters counters;
  private final Clock clock;

  ComplaintIntake(Complaints complaints, CaseFiles cases, DepartmentDirectory departments, Counters counters,
      Clock clock) {
    this.complaints = complaints;
    this.cases = cases;
    this.departments = departments;
    this.counters = counters;
    this.clock = clock;
  }

  /**
   * Files the complaint, RECEIVED. Every problem is reported at once, by field
   * ({@code VALIDATION_FAILED} with {@code errors[]}), so nothing has to be typed twice.
   */
  @Transactional
  public Complaint file(Member complainant, NewComplaint n) {
    List<Violation> problems = new ArrayList<>();
    String caseNumber = blankToNull(n.caseNumber());
    String department = blankToNull(n.departmentCode());
    Case about = null;
    if (caseNumber == null && department == null) {
      problems.add(new Violation("caseNumber", "COMPLAINT_TARGET_REQUIRED", List.of()));
    }
    if (caseNumber != null) {
      about = Optional.ofNullable(cases.byNumbers(Set.of(caseNumber)).get(caseNumber))
          .filter(c -> ComplaintPolicy.mayComplainAbout(complainant, c)).orElse(null);
      if (about == null) {
        problems.add(new Violation("caseNumber", "COMPLAINT_CASE_UNKNOWN", List.of(caseNumber)));
      }
    }
    if (department != null && !departments.exists(department)) {
      problems.add(new Violation("departmentCode", "COMPLAINT_DEPARTMENT_UNKNOWN", List.of(department)));
    }
    Optional<ComplaintCategory> category = ComplaintPolicy.category(n.category());
    if (category.isEmpty()) {
      problems.add(new Violation("category", "COMPLAINT_CATEGORY_REQUIRED", List.of()));
    }
    String content = blankToNull(n.content());
    if (content == null) {
      problems.add(new Violation("content", "COMPLAINT_CONTENT_REQUIRED", List.of()));
    } else if (content.length() > ComplaintPolicy.CONTENT_MAX) {
      problems.add(new Violation("content", "COMPLAINT_CONTENT_TOO_LONG", List.of(ComplaintPolicy.CONTENT_MAX)));
    }
    if (!problems.isEmpty()) {
      throw new DomainException(DomainException.Kind.INVALID, "VALIDATION_FAILED", problems);
    }
    if (department == null) {
      department = about.departmentCode();
    }
    LocalDate today = LocalDate.now(clock);
    String number = "TS" + today.format(DAY) + String.format("%05d", counters.next("complaint-" + today.format(DAY)));
    return complaints.save(new Complaint(number, category.get(), about == null ? null : about.caseNumber(),
        department, content, complainant.id(), complainant.displayName(), clock.instant()));
  }

  /** The complainant's complaints, newest first. */
  @Transactional(readOnly = true)
  public List<Complaint> complaintsOf(Member complainant) {
    return complaints.findByComplainantAccountIdOrderByFiledAtDescComplaintNumberDesc(complainant.id()).stream()
        .filter(c -> ComplaintPolicy.mayRead(complainant, c)).toList();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
