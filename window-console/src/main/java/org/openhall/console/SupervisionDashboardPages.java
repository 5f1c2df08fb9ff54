package org.openhall.console;

import java.security.Principal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openhall.catalogue.Catalogue;
import org.openhall.identity.AccountDirectory;
import org.openhall.organisation.DepartmentDirectory;
import org.openhall.supervision.SupervisionSummary;
import org.openhall.supervision.SupervisionSummary.Filter;
import org.openhall.supervision.SupervisionSummary.Granularity;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 电子监察 dashboard (SUPERVISOR, ADMIN): the figures, two trend charts and the overdue list of a period. */
@Controller
@RequestMapping("/console/supervision")
class SupervisionDashboardPages {

  static final int PAGE_SIZE = 20;

  private final AccountDirectory accounts;
  private final SupervisionSummary supervision;
  private final DepartmentDirectory departments;
  private final Catalogue catalogue;

  SupervisionDashboardPages(AccountDirectory accounts, SupervisionSummary supervision,
      DepartmentDirectory departments, Catalogue catalogue) {
    this.accounts = accounts;
    this.supervision = supervision;
    this.departments = departments;
    this.catalogue = catalogue;
  }

  @GetMapping
  String dashboard(Principal principal, Locale locale,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String department, @RequestParam(required = false) String item,
      @RequestParam(required = false) String handler, @RequestParam(defaultValue = "0") int page, Model model) {
    var member = accounts.require(principal.getName());
    Filter filter = supervision.resolve(member, new Filter(from, to, department, item, handler));
    var scope = supervision.scopeOf(member);
    Map<String, String> names = new LinkedHashMap<>();
    departments.names().keySet().stream().filter(scope::allows)
        .forEach(code -> names.put(code, departments.nameIn(code, locale).text()));
    Map<String, String> items = new LinkedHashMap<>();
    catalogue.search(null, null, null, PageRequest.of(0, 500)).forEach(v -> items.put(v.code(), v.name()));
    var summary = supervision.summarize(member, filter);
    summary.byDepartment().forEach(d -> names.computeIfAbsent(d.code(), c -> departments.nameIn(c, locale).text()));
    model.addAttribute("filter", filter);
    model.addAttribute("summary", summary);
    model.addAttribute("departmentNames", names);
    model.addAttribute("items", items);
    model.addAttribute("weekly", SupervisionChart.of(supervision.trend(member, filter, Granularity.WEEK)));
    model.addAttribute("monthly", SupervisionChart.of(supervision.trend(member, filter, Granularity.MONTH)));
    model.addAttribute("overdue", supervision.overdue(member, filter, page, PAGE_SIZE));
    return "console/supervision";
  }
}
