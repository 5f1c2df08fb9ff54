package org.openhall.console;

import java.security.Principal;
import org.openhall.identity.AccountDirectory;
import org.openhall.notification.Inbox;
import org.openhall.organisation.DepartmentDirectory;
import org.openhall.supervision.DeadlineSupervision;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Pages for open alerts (supervisors, admins) and the caller's inbox (all staff). */
@Controller
@RequestMapping("/console")
class SupervisionPages {

  private final AccountDirectory accounts;
  private final DeadlineSupervision supervision;
  private final Inbox inbox;
  private final java.time.Clock clock;

  private final DepartmentDirectory departments;

  SupervisionPages(AccountDirectory accounts, DeadlineSupervision supervision, Inbox inbox,
      java.time.Clock clock, DepartmentDirectory departments) {
    this.clock = clock;
    this.departments = departments;
    this.accounts = accounts;
    this.supervision = supervision;
    this.inbox = inbox;
  }

  @GetMapping("/alerts")
  String alerts(Principal principal, Model model) {
    model.addAttribute("showAlerts", true);
    var alerts = supervision.openAlertsFor(accounts.require(principal.getName()));
    java.util.Map<String, String> departmentNames = new java.util.HashMap<>();
    alerts.forEach(a -> departmentNames.computeIfAbsent(a.departmentCode(), departments::nameOf));
    model.addAttribute("alerts", alerts);
    model.addAttribute("departmentNames", departmentNames);
    model.addAttribute("inbox", inbox.of(principal.getName()));
    model.addAttribute("zone", clock.getZone());
    return "console/alerts";
  }

  @GetMapping("/inbox")
  String inbox(Principal principal, Model model) {
    model.addAttribute("showAlerts", false);
    model.addAttribute("inbox", inbox.of(principal.getName()));
    model.addAttribute("zone", clock.getZone());
    return "console/alerts";
  }
}
