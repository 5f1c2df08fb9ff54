package org.openhall.enquiry;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.openhall.catalogue.Catalogue;
import org.openhall.catalogue.form.PhoneNumber;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.kernel.DomainException;
import org.openhall.kernel.DomainException.Violation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 首问负责登记: records the enquiries staff answer and finds them again, as the
 * {@link EnquiryAccessPolicy} allows.
 */
@Service
public class EnquiryLog {

  static final int NAME_MAX = 100;
  static final int TEXT_MAX = 2000;
  static final int REFERRAL_MAX = 200;

  private final Enquiries enquiries;
  private final Catalogue catalogue;
  private final Clock clock;

  EnquiryLog(Enquiries enquiries, Catalogue catalogue, Clock clock) {
    this.enquiries = enquiries;
    this.catalogue = catalogue;
    this.clock = clock;
  }

  /**
   * Records an enquiry answered now by {@code staff}. Every problem is reported at once, by field
   * ({@code VALIDATION_FAILED} with {@code errors[]}), so nothing has to be typed twice.
   */
  @Transactional
  public Enquiry record(Member staff, NewEnquiry e) {
    List<Violation> problems = new ArrayList<>();
    String department = department(staff, blankToNull(e.departmentCode()), problems);
    String name = required("askerName", e.askerName(), NAME_MAX, "ENQUIRY_ASKER_REQUIRED", problems);
    String phone = blankToNull(e.askerPhone());
    if (phone != null && !PhoneNumber.isValid(phone)) {
      problems.add(new Violation("askerPhone", "ENQUIRY_PHONE_INVALID", List.of()));
    }
    String itemCode = blankToNull(e.itemCode());
    String itemName = null;
    if (itemCode != null) {
      itemCode = itemCode.toUpperCase(Locale.ROOT);
      try {
        itemName = catalogue.published(itemCode).name();
      } catch (DomainException notPublished) {
        problems.add(new Violation("itemCode", "ENQUIRY_ITEM_NOT_FOUND", List.of(itemCode)));
      }
    }
    String question = required("question", e.question(), TEXT_MAX, "ENQUIRY_QUESTION_REQUIRED", problems);
    String answer = optional("answer", e.answer(), TEXT_MAX, problems);
    String referral = optional("referredTo", e.referredTo(), REFERRAL_MAX, problems);
    if (answer == null && referral == null) {
      problems.add(new Violation("answer", "ENQUIRY_ANSWER_OR_REFERRAL_REQUIRED", List.of()));
    }
    if (!problems.isEmpty()) {
      throw new DomainException(DomainException.Kind.INVALID, "VALIDATION_FAILED", problems);
    }
    return enquiries.save(new Enquiry(department, name, phone == null ? null : PhoneNumber.normalize(phone),
        itemCode, itemName, question, answer, referral, clock.instant(), staff.id(), staff.displayName()));
  }

  /**
   * The enquiries {@code staff} may read that match the search, newest first. A department the
   * caller may not read gives an empty page, as if it had none. 400 {@code ENQUIRY_PERIOD_INVALID}
   * when {@code to} is before {@code from}.
   */
  @Transactional(readOnly = true)
  public Page<Enquiry> search(Member staff, EnquirySearch search, int page, int size) {
    if (search.from() != null && search.to() != null && search.to().isBefore(search.from())) {
      throw new DomainException(DomainException.Kind.INVALID, "ENQUIRY_PERIOD_INVALID",
          List.of(new Violation("to", "ENQUIRY_PERIOD_INVALID", List.of())));
    }
    PageRequest request = PageRequest.of(page, size, Sort.by(Sort.Order.desc("recordedAt"), Sort.Order.asc("id")));
    String department = blankToNull(search.departmentCode());
    if (department != null && !EnquiryAccessPolicy.mayRead(staff, department)) {
      return Page.empty(request);
    }
    if (!EnquiryAccessPolicy.readsAll(staff) && department == null
        && EnquiryAccessPolicy.readableDepartments(staff).isEmpty()) {
      return Page.empty(request);
    }
    return enquiries.findAll(matching(staff, search, department), request);
  }

  /** One enquiry, for staff who may read it; 404 {@code ENQUIRY_NOT_FOUND} for everyone else. */
  @Transactional(readOnly = true)
  public Enquiry find(Member staff, String enquiryId) {
    return enquiries.findById(enquiryId)
        .filter(e -> EnquiryAccessPolicy.mayRead(staff, e.departmentCode()))
        .orElseThrow(() -> DomainException.notFound("ENQUIRY_NOT_FOUND", enquiryId));
  }

  /** The departments {@code staff} may record for, sorted by code. */
  public List<String> recordingDepartments(Member staff) {
    return List.copyOf(new TreeSet<>(EnquiryAccessPolicy.recordingDepartments(staff)));
  }

  /** The departments whose enquiries {@code staff} may read, sorted; all of them for ADMIN. */
  @Transactional(readOnly = true)
  public List<String> readableDepartments(Member staff) {
    if (EnquiryAccessPolicy.readsAll(staff)) {
      return catalogue.departments().stream().map(d -> d.code()).sorted().toList();
    }
    return List.copyOf(new TreeSet<>(EnquiryAccessPolicy.readableDepartments(staff)));
  }

  private Specification<Enquiry> matching(Member staff, EnquirySearch search, String department) {
    Set<String> readable = EnquiryAccessPolicy.readableDepartments(staff);
    boolean all = EnquiryAccessPolicy.readsAll(staff);
    String text = blankToNull(search.text());
    Instant from = search.from() == null ? null : search.from().atStartOfDay(clock.getZone()).toInstant();
    Instant before = search.to() == null ? null
        : search.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    return (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      if (department != null) {
        where.add(cb.equal(root.get("departmentCode"), department));
      } else if (!all) {
        where.add(root.get("departmentCode").in(readable));
      }
      if (text != null) {
        String pattern = "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
            .replace("_", "\\_") + "%";
        List<Predicate> any = new ArrayList<>();
        for (String field : List.of("askerName", "question", "answer", "referredTo", "itemCode", "itemName")) {
          any.add(cb.like(cb.lower(root.get(field)), pattern, '\\'));
        }
        where.add(cb.or(any.toArray(Predicate[]::new)));
      }
      if (from != null) {
        where.add(cb.greaterThanOrEqualTo(root.get("recordedAt"), from));
      }
      if (before != null) {
        where.add(cb.lessThan(root.get("recordedAt"), before));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }

  private static String department(Member staff, String wanted, List<Violation> problems) {
    Set<String> own = EnquiryAccessPolicy.recordingDepartments(staff);
    if (wanted == null) {
      if (own.size() == 1) {
        return own.iterator().next();
      }
      problems.add(new Violation("departmentCode", "ENQUIRY_DEPARTMENT_REQUIRED", List.of()));
      return null;
    }
    if (!own.contains(wanted)) {
      problems.add(new Violation("departmentCode", "ENQUIRY_DEPARTMENT_NOT_YOURS", List.of(wanted)));
    }
    return wanted;
  }

  private static String required(String field, String value, int max, String code, List<Violation> problems) {
    String v = blankToNull(value);
    if (v == null) {
      problems.add(new Violation(field, code, List.of()));
      return null;
    }
    return tooLong(field, v, max, problems);
  }

  private static String optional(String field, String value, int max, List<Violation> problems) {
    String v = blankToNull(value);
    return v == null ? null : tooLong(field, v, max, problems);
  }

  private static String tooLong(String field, String v, int max, List<Violation> problems) {
    if (v.length() > max) {
      problems.add(new Violation(field, "ENQUIRY_TEXT_TOO_LONG", List.of(max)));
    }
    return v;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
