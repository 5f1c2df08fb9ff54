package org.openhall.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.openhall.kernel.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Delivers in-app notifications to staff and shows each account its own inbox. */
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

  /** Marks one of the caller's notifications read; someone else's is "not found". */
  @Transactional
  public Notification markRead(String id, String username) {
    Notification n = notifications.findById(id).filter(x -> x.recipient().equals(username))
        .orElseThrow(() -> DomainException.notFound("NOTIFICATION_NOT_FOUND", id));
    n.markRead(clock.instant());
    return n;
  }
}
