package org.openhall.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Every inbox. */
interface Notifications extends JpaRepository<Notification, String> {

  List<Notification> findTop100ByRecipientOrderByCreatedAtDesc(String recipient);
}
