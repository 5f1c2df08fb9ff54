package org.openhall.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The demo's message log, newest first. */
public interface SmsLog extends JpaRepository<SmsLogEntry, String> {

  List<SmsLogEntry> findTop200ByOrderBySentAtDesc();

  List<SmsLogEntry> findByPhoneOrderBySentAtDesc(String phone);
}
