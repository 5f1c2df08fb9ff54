package org.openhall.portal;

import java.security.Principal;
import java.time.Instant;
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
      @RequestParam(defaultValue = "20") int size) {
    Page<Notification> found = inbox.page(principal.getName(), page, size);
    return new PublicApi.PageView<>(found.map(NotificationView::of).getContent(), found.getNumber(),
        found.getSize(), found.getTotalElements(), found.getTotalPages());
  }

  @PostMapping("/{id}/read")
  NotificationView read(Principal principal, @PathVariable String id) {
    return NotificationView.of(inbox.markRead(id, principal.getName()));
  }

  /** One notification; {@code readAt} null: unread; {@code caseNumber} null: not about one case. */
  record NotificationView(String id, String subject, String body, String caseNumber, Instant createdAt,
      Instant readAt, boolean read) {

    static NotificationView of(Notification n) {
      return new NotificationView(n.id(), n.subject(), n.body(), n.caseNumber(), n.createdAt(), n.readAt(),
          n.readAt() != null);
    }
  }
}
