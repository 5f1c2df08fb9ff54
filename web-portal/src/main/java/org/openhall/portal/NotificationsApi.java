package org.openhall.portal;

import java.security.Principal;
import java.time.Instant;
import java.util.Locale;
import org.openhall.notification.Inbox;
import org.openhall.notification.Notification;
import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 消息通知: the signed-in applicant's own inbox, newest first, and marking one read (someone else's: 404). */
@RestController
@RequestMapping("/api/v1/notifications")
class NotificationsApi {

  private final Inbox inbox;

  NotificationsApi(Inbox inbox) {
    this.inbox = inbox;
  }

  @GetMapping
  PublicApi.PageView<NotificationView> mine(Principal principal, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size, Locale locale) {
    Page<Notification> found = inbox.page(principal.getName(), page, size);
    return new PublicApi.PageView<>(found.map(n -> NotificationView.of(n, locale)).getContent(),
        found.getNumber(),
        found.getSize(), found.getTotalElements(), found.getTotalPages());
  }

  @PostMapping("/{id}/read")
  NotificationView read(Principal principal, @PathVariable String id, Locale locale) {
    return NotificationView.of(inbox.markRead(id, principal.getName()), locale);
  }

  /**
   * One notification, in the language of the request when it was written in it too (ADR 0025);
   * {@code readAt} null: unread; {@code caseNumber} null: not about one case.
   */
  record NotificationView(String id, String subject, String body, String caseNumber, Instant createdAt,
      Instant readAt, boolean read) {

    static NotificationView of(Notification n, Locale locale) {
      return new NotificationView(n.id(), n.subjectIn(locale).text(), n.bodyIn(locale).text(),
          n.caseNumber(), n.createdAt(), n.readAt(), n.readAt() != null);
    }
  }
}
