package org.openhall.casefile;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openhall.identity.AccountDirectory.Member;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 办件查询: staff find cases among those the {@link CaseAccessPolicy} lets them see, by case number,
 * exact ID number or credit code, or part of the applicant's name, by item, status and the day filed.
 */
@Service
public class CaseSearch {

  /** The largest page a caller may ask for. */
  public static final int MAX_PAGE_SIZE = 100;

  private final Cases cases;
  private final Clock clock;

  CaseSearch(Cases cases, Clock clock) {
    this.cases = cases;
    this.clock = clock;
  }

  /**
   * What to look for; every part may be null. {@code text} is a case number or an ID number or credit
   * code (exact, ignoring case and spaces) or part of the applicant's name; {@code from} and {@code to}
   * bound the day filed, both included.
   */
  public record CaseQuery(String text, String itemCode, CaseStatus status, LocalDate from, LocalDate to) {
  }

  /** One page of the cases found, newest filing first; {@code page} counts from 0. */
  @Transactional(readOnly = true)
  public Page<Case> search(CaseQuery query, Member staff, int page, int size) {
    var scope = CaseAccessPolicy.searchScopeOf(staff);
    var pageable = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE),
        Sort.by(Sort.Order.desc("submittedAt"), Sort.Order.desc("caseNumber")));
    if (!scope.all() && scope.departments().isEmpty()) {
      return Page.empty(pageable);
    }
    return cases.findAll(matching(query, scope), pageable);
  }

  private Specification<Case> matching(CaseQuery q, CaseAccessPolicy.SearchScope scope) {
    var zone = clock.getZone();
    return (root, cq, cb) -> {
      List<Predicate> all = new ArrayList<>();
      if (!scope.all()) {
        List<Predicate> departments = new ArrayList<>();
        departments.add(root.get("departmentCode").in(scope.departments()));
        var coDepartments = cb.concat(cb.concat(",", cb.coalesce(root.<String>get("coDepartments"), "")), ",");
        for (String d : scope.departments()) {
          departments.add(cb.like(coDepartments, "%," + d + ",%"));
        }
        all.add(cb.or(departments.toArray(Predicate[]::new)));
      }
      String text = q.text() == null ? "" : q.text().strip();
      if (!text.isEmpty()) {
        String exact = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        String name = "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
            .replace("_", "\\_") + "%";
        all.add(cb.or(cb.equal(root.get("caseNumber"), exact),
            cb.equal(root.get("applicant").get("partyId"), exact),
            cb.like(cb.lower(root.get("applicant").get("name")), name, '\\')));
      }
      if (q.itemCode() != null && !q.itemCode().isBlank()) {
        all.add(cb.equal(root.get("itemCode"), q.itemCode().strip()));
      }
      if (q.status() != null) {
        all.add(cb.equal(root.get("status"), q.status()));
      }
      if (q.from() != null) {
        all.add(cb.greaterThanOrEqualTo(root.get("submittedAt"), q.from().atStartOfDay(zone).toInstant()));
      }
      if (q.to() != null) {
        all.add(cb.lessThan(root.get("submittedAt"), q.to().plusDays(1).atStartOfDay(zone).toInstant()));
      }
      return cb.and(all.toArray(Predicate[]::new));
    };
  }
}
