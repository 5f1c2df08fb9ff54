package org.openhall.console;

import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.openhall.identity.AccountDirectory;
import org.openhall.notification.Inbox;
import org.openhall.notification.Notification;
import org.openhall.supervision.Alert;
import org.openhall.supervision.AlertKind;
import org.openhall.supervision.DeadlineSupervision;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Open alerts for supervisors and admins, and every staff member's own inbox. */
@RestController
@RequestMapping("/api/v1/console")
class SupervisionApi {

  private final AccountDirectory accounts;
  private final DeadlineSupervision supervision;
  private final Inbox inbox;

  SupervisionApi(AccountDirectory accounts, DeadlineSupervision supervision, Inbox inbox) {
    this.accounts = accounts;
    this.supervision = supervision;
    this.inbox = inbox;
  }

  /** SUPERVISOR or ADMIN only (SecurityConfiguration); newest first. */
  @GetMapping("/alerts")
  List<AlertView> alerts(Principal principal) {
    return supervision.openAlertsFor(accounts.require(principal.getName())).stream().map(AlertView::of).toList();
  }

  @GetMapping("/notifications")
  List<NotificationView> notifications(Principal principal) {
    return inbox.of(principal.getName()).stream().map(NotificationView::of).toList();
  }

  @PostMapping("/notifications/{id}/read")
  NotificationView read(Principal principal, @PathVariable String id) {
    return NotificationView.of(inbox.markRead(id, principal.getName()));
  }

  record AlertView(String id, AlertKind kind, String caseNumber, String stage, String departmentCode,
      String handler, LocalDate dueDate, Instant raisedAt, List<String> recipients) {

    static AlertView of(Alert a) {
      return new AlertView(a.id(), a.kind(), a.caseNumber(), a.stage(), a.departmentCode(), a.handler(),
          a.dueDate(), a.raisedAt(), a.recipients());
    }
  }

  record NotificationView(String id, String subject, String body, String caseNumber, Instant createdAt,
      Instant readAt) {

    static NotificationView of(Notification n) {
      return new NotificationView(n.id(), n.subject(), n.body(), n.caseNumber(), n.createdAt(), n.readAt());
    }
  }
}
