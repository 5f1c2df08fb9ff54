package org.openhall.console;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.openhall.casefile.CaseStatus;
import org.openhall.identity.AccountDirectory;
import org.openhall.supervision.SupervisionSummary;
import org.openhall.supervision.SupervisionSummary.Filter;
import org.openhall.supervision.SupervisionSummary.Granularity;
import org.openhall.supervision.SupervisionSummary.OverdueCase;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 电子监察 figures for SUPERVISOR and ADMIN (SecurityConfiguration): the summary of API.md with the added
 * figures, the weekly or monthly trend, and the live overdue list. Definitions: docs/supervision.md.
 */
@RestController
@RequestMapping("/api/v1/console/supervision")
class SupervisionDashboardApi {

  private final AccountDirectory accounts;
  private final SupervisionSummary supervision;

  SupervisionDashboardApi(AccountDirectory accounts, SupervisionSummary supervision) {
    this.accounts = accounts;
    this.supervision = supervision;
  }

  @GetMapping("/summary")
  SupervisionSummary.Summary summary(Principal principal,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String department, @RequestParam(required = false) String item,
      @RequestParam(required = false) String handler) {
    return supervision.summarize(accounts.require(principal.getName()),
        new Filter(from, to, department, item, handler));
  }

  @GetMapping("/trend")
  SupervisionSummary.Trend trend(Principal principal,
      @RequestParam(defaultValue = "WEEK") Granularity granularity,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String department, @RequestParam(required = false) String item,
      @RequestParam(required = false) String handler) {
    return supervision.trend(accounts.require(principal.getName()), new Filter(from, to, department, item, handler),
        granularity);
  }

  @GetMapping("/overdue")
  OverdueListView overdue(Principal principal, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String department, @RequestParam(required = false) String item,
      @RequestParam(required = false) String handler) {
    var found = supervision.overdue(accounts.require(principal.getName()),
        new Filter(from, to, department, item, handler), page, size);
    return new OverdueListView(found.items().stream().map(OverdueView::of).toList(), found.page(), found.size(),
        found.total(), found.totalPages());
  }

  /** A page of the overdue list, as the other paged console lists answer. */
  record OverdueListView(List<OverdueView> items, int page, int size, long total, int totalPages) {
  }

  /** One overdue case; {@code caseUrl} is the staff case page with its clock ledger. */
  record OverdueView(String caseNumber, String itemCode, String itemName, String departmentCode,
      String applicantMasked, CaseStatus status, LocalDate dueDate, LocalDate legalDueDate, LocalDate overdueSince,
      int workingDaysOverdue, boolean overdueAgainstLaw, String handler, String caseUrl, String apiUrl) {

    static OverdueView of(OverdueCase c) {
      return new OverdueView(c.caseNumber(), c.itemCode(), c.itemName(), c.departmentCode(), c.applicantMasked(),
          c.status(), c.dueDate(), c.legalDueDate(), c.overdueSince(), c.workingDaysOverdue(),
          c.overdueAgainstLaw(), c.handler(), "/console/cases/" + c.caseNumber(),
          "/api/v1/console/cases/" + c.caseNumber());
    }
  }
}
