package org.openhall.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the demo's message log for the console (ADMIN): the latest 200 messages, newest first. */
@Service
public class SentTextMessages {

  private final SmsLog log;

  SentTextMessages(SmsLog log) {
    this.log = log;
  }

  @Transactional(readOnly = true)
  public List<SentText> latest() {
    return log.findTop200ByOrderBySentAtDesc().stream()
        .map(e -> new SentText(e.phone(), e.text(), e.sentAt())).toList();
  }

  /** One logged message. */
  public record SentText(String phone, String text, Instant sentAt) {
  }
}
