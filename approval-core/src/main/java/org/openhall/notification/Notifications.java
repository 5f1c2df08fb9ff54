package org.openhall.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Every inbox. */
interface Notifications extends JpaRepository<Notification, String> {

  List<Notification> findTop100ByRecipientOrderByCreatedAtDesc(String recipient);

  org.springframework.data.domain.Page<Notification> findByRecipientOrderByCreatedAtDescIdDesc(String recipient,
      org.springframework.data.domain.Pageable page);

  long countByRecipientAndReadAtIsNull(String recipient);
}
