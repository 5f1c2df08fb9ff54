package org.openhall.notification;

import java.time.Clock;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's {@link SmsGateway}: writes each message to the message log ({@code sms_message_log}),
 * which ADMIN reads in the console, and sends nothing. The text is never written to the log file.
 */
public class SmsLogGateway implements SmsGateway {

  private final SmsLog log;
  private final Clock clock;

  public SmsLogGateway(SmsLog log, Clock clock) {
    this.log = log;
    this.clock = clock;
  }

  /** Recorded even when the caller's transaction later rolls back, as a real message would be sent. */
  @Override
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void send(String phone, String text) {
    log.save(new SmsLogEntry(phone, text, clock.instant()));
  }
}
