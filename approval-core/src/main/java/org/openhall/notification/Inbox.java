package org.openhall.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.openhall.kernel.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Delivers in-app notifications and shows each account (staff or applicant) its own inbox. */
@Service
public class Inbox {

  private final Notifications notifications;
  private final Clock clock;

  Inbox(Notifications notifications, Clock clock) {
    this.notifications = notifications;
    this.clock = clock;
  }

  /** One notification per distinct recipient, in the caller's transaction. */
  @Transactional
  public void send(Collection<String> recipients, String subject, String body, String caseNumber) {
    for (String recipient : new LinkedHashSet<>(recipients)) {
      notifications.save(new Notification(recipient, subject, body, caseNumber, clock.instant()));
    }
  }

  /** The latest notifications of {@code username}, newest first. */
  @Transactional(readOnly = true)
  public List<Notification> of(String username) {
    return notifications.findTop100ByRecipientOrderByCreatedAtDesc(username);
  }

  /** A page of the notifications of {@code username}, newest first. */
  @Transactional(readOnly = true)
  public org.springframework.data.domain.Page<Notification> page(String username, int page, int size) {
    return notifications.findByRecipientOrderByCreatedAtDescIdDesc(username,
        org.springframework.data.domain.PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100)));
  }

  /** How many of {@code username}'s notifications are still unread (the header's badge). */
  @Transactional(readOnly = true)
  public long unread(String username) {
    return notifications.countByRecipientAndReadAtIsNull(username);
  }

  /** Marks one of the caller's notifications read; someone else's is "not found". */
  @Transactional
  public Notification markRead(String id, String username) {
    Notification n = notifications.findById(id).filter(x -> x.recipient().equals(username))
        .orElseThrow(() -> DomainException.notFound("NOTIFICATION_NOT_FOUND", id));
    n.markRead(clock.instant());
    return n;
  }
}
