package org.openhall.notification;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox: claims due messages one by one (a conditional UPDATE, so two nodes never send the
 * same one at once), sends each outside any transaction, then marks it sent or moves its next attempt
 * on with exponential back-off. An outage delays messages and never drops them; a channel without an
 * adapter (no mail server configured, no {@link SmsGateway} bean) leaves its messages pending.
 */
@Component
public class NotificationRelay {

  private static final Logger log = LoggerFactory.getLogger(NotificationRelay.class);

  private final OutboxMessages outbox;
  private final ObjectProvider<JavaMailSender> mail;
  private final ObjectProvider<SmsGateway> sms;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final String from;
  private final Duration firstRetry;
  private final Duration maxRetry;
  private final Duration lease;
  private final int batch;
  private final boolean enabled;
  private final String node = "relay-" + UUID.randomUUID().toString().substring(0, 8);
  /** Channels whose last attempt failed: one WARN line per burst of failures, one INFO line when it ends. */
  private final Map<OutboxChannel, Boolean> failing = new ConcurrentHashMap<>();
  private volatile long reportedPendingSms = -1;
  private volatile boolean databaseDown;

  NotificationRelay(OutboxMessages outbox, ObjectProvider<JavaMailSender> mail, ObjectProvider<SmsGateway> sms,
      PlatformTransactionManager transactions, Clock clock,
      @Value("${openhall.notifications.mail.from:OpenHall <noreply@openhall.invalid>}") String from,
      @Value("${openhall.notifications.retry.first:PT30S}") Duration firstRetry,
      @Value("${openhall.notifications.retry.max:PT1H}") Duration maxRetry,
      @Value("${openhall.notifications.relay.lease:PT5M}") Duration lease,
      @Value("${openhall.notifications.relay.batch:50}") int batch,
      @Value("${openhall.notifications.relay.enabled:true}") boolean enabled) {
    this.outbox = outbox;
    this.mail = mail;
    this.sms = sms;
    this.tx = new TransactionTemplate(transactions);
    this.clock = clock;
    this.from = from;
    this.firstRetry = firstRetry;
    this.maxRetry = maxRetry;
    this.lease = lease;
    this.batch = batch;
    this.enabled = enabled;
  }

  @Scheduled(fixedDelayString = "${openhall.notifications.relay.interval:PT15S}",
      initialDelayString = "${openhall.notifications.relay.initial-delay:PT20S}")
  void scheduled() {
    if (!enabled) {
      return;
    }
    try {
      relay();
      databaseDown = false;
    } catch (DataAccessException e) {
      if (!databaseDown) {
        log.warn("Notification relay paused, the database is not available: {}", describe(e));
      }
      databaseDown = true;
    }
  }

  /**
   * One pass over the due messages of every channel that has an adapter.
   *
   * @return how many messages were sent in this pass
   */
  public int relay() {
    Set<OutboxChannel> channels = EnumSet.noneOf(OutboxChannel.class);
    if (mail.getIfAvailable() != null) {
      channels.add(OutboxChannel.EMAIL);
    }
    if (sms.getIfAvailable() != null) {
      channels.add(OutboxChannel.SMS);
    } else {
      reportWaitingSms();
    }
    if (channels.isEmpty()) {
      return 0;
    }
    Instant now = clock.instant();
    List<OutboxMessage> due = tx.execute(s -> outbox.findDue(OutboxStatus.PENDING, now, channels,
        PageRequest.of(0, batch)));
    int sent = 0;
    Set<OutboxChannel> down = EnumSet.noneOf(OutboxChannel.class);
    for (OutboxMessage m : due == null ? List.<OutboxMessage>of() : due) {
      if (down.contains(m.channel())) {
        continue; // one failed attempt per channel and pass: the rest keep their place in the queue
      }
      if (!claim(m)) {
        continue;
      }
      switch (deliver(m)) {
        case SENT -> sent++;
        case CHANNEL_DOWN -> down.add(m.channel());
        case UNDELIVERABLE -> { }
      }
    }
    return sent;
  }

  /** Whether this node now owns the message; another node's claim (or its lock) means "not ours". */
  private boolean claim(OutboxMessage m) {
    Instant at = clock.instant(); // not the pass's start: a long pass must not claim with a lease already over
    try {
      Integer claimed = tx.execute(s -> outbox.claim(m.id(), node, at, at.plus(lease), OutboxStatus.PENDING));
      return claimed != null && claimed == 1;
    } catch (ConcurrencyFailureException e) {
      return false;
    }
  }

  private enum Outcome { SENT, CHANNEL_DOWN, UNDELIVERABLE }

  private Outcome deliver(OutboxMessage m) {
    try {
      if (m.channel() == OutboxChannel.EMAIL) {
        sendMail(m);
      } else {
        sms.getObject().send(m.address(), m.body());
      }
    } catch (AddressException e) {
      tx.executeWithoutResult(s -> outbox.failed(m.id(), node, m.nextAttemptAt(), shorten("invalid address"),
          OutboxStatus.FAILED));
      log.warn("Notification {} can never be delivered: invalid {} address", m.id(), m.channel());
      return Outcome.UNDELIVERABLE;
    } catch (RuntimeException | jakarta.mail.MessagingException e) {
      Duration wait = backOff(m.attempts());
      tx.executeWithoutResult(s -> outbox.failed(m.id(), node, clock.instant().plus(wait), shorten(describe(e)),
          OutboxStatus.PENDING));
      if (!Boolean.TRUE.equals(failing.put(m.channel(), true))) {
        log.warn("Cannot send {} notifications now, they stay pending and are retried: {}", m.channel(),
            describe(e));
      }
      return Outcome.CHANNEL_DOWN;
    }
    tx.executeWithoutResult(s -> outbox.sent(m.id(), node, clock.instant(), OutboxStatus.SENT));
    if (Boolean.TRUE.equals(failing.put(m.channel(), false))) {
      log.info("Sending {} notifications works again", m.channel());
    }
    return Outcome.SENT;
  }

  private void sendMail(OutboxMessage m) throws jakarta.mail.MessagingException {
    JavaMailSender sender = mail.getObject();
    InternetAddress to = new InternetAddress(m.address(), true);
    var mime = sender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
    helper.setFrom(from);
    helper.setTo(to);
    helper.setSubject(m.subject());
    helper.setText(m.body(), false);
    sender.send(mime);
  }

  /** 30 s, 1 min, 2 min … doubling up to the maximum (1 h by default) after each failed attempt. */
  Duration backOff(int attemptsBefore) {
    Duration wait = firstRetry;
    for (int i = 0; i < attemptsBefore && wait.compareTo(maxRetry) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
  }

  private void reportWaitingSms() {
    long waiting = tx.execute(s -> outbox.countByStatusAndChannel(OutboxStatus.PENDING, OutboxChannel.SMS));
    // One WARN when text messages start to wait; their growing number only at DEBUG, not a line per pass.
    if (waiting > 0 && reportedPendingSms <= 0) {
      log.warn("{} text message notification(s) stay pending: no SMS gateway is configured", waiting);
    } else if (waiting != reportedPendingSms) {
      log.debug("{} text message notification(s) wait for an SMS gateway", waiting);
    }
    reportedPendingSms = waiting;
  }

  private static String describe(Exception e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String text = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    return text.replaceAll("\\s+", " ");
  }

  private static String shorten(String text) {
    return text.length() <= OutboxMessage.ERROR_MAX ? text : text.substring(0, OutboxMessage.ERROR_MAX);
  }
}
