package org.openhall.notification;

import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 消息通知: tells an applicant about their case in their inbox and, through the outbox, by e-mail (or by a
 * text message to their phone when they gave no e-mail address). Both rows join the caller's transaction,
 * which must exist: a change that rolls back leaves no message behind, and one that commits cannot lose it.
 */
@Service
public class NotificationOutbox {

  private final OutboxMessages outbox;
  private final Notifications inbox;
  private final ObjectProvider<JavaMailSender> mail;
  private final Clock clock;

  NotificationOutbox(OutboxMessages outbox, Notifications inbox, ObjectProvider<JavaMailSender> mail, Clock clock) {
    this.outbox = outbox;
    this.inbox = inbox;
    this.mail = mail;
    this.clock = clock;
  }

  /** Whether e-mails can be sent at all (a mail server is configured). */
  public boolean canEmail() {
    return mail.getIfAvailable() != null;
  }

  /**
   * One e-mail to an address that is not (yet) the account's, such as the one-time code that confirms it;
   * no inbox entry, since the point is to prove the address. Joins the caller's transaction, which must exist.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void email(String accountId, String address, String subject, String body) {
    outbox.save(new OutboxMessage(accountId, OutboxChannel.EMAIL, address.strip(), subject, body, null,
        clock.instant()));
  }

  /**
   * Where one account's notifications go; {@code email} and {@code phone} may each be null;
   * {@code english}: its e-mails and text messages are written in English where the message has it.
   */
  public record Recipient(String accountId, String username, String email, String phone, boolean english) {

    public Recipient(String accountId, String username, String email, String phone) {
      this(accountId, username, email, phone, false);
    }
  }

  /** One inbox entry and, when the recipient can be reached, one outbox message. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void notify(Recipient to, String subject, String body, String caseNumber) {
    notify(to, subject, body, null, null, caseNumber);
  }

  /**
   * As {@link #notify(Recipient, String, String, String)}, with the English text beside the
   * Chinese one for the inbox read in English (ADR 0025). E-mails and text messages go in the
   * language the account chose (ADR 0029), Chinese unless it chose English and the message has it.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void notify(Recipient to, String subject, String body, String subjectEn, String bodyEn,
      String caseNumber) {
    inbox.save(new Notification(to.username(), subject, body, subjectEn, bodyEn, caseNumber,
        clock.instant()));
    boolean english = to.english() && subjectEn != null && bodyEn != null;
    String sentSubject = english ? subjectEn : subject;
    String sentBody = english ? bodyEn : body;
    if (to.email() != null && !to.email().isBlank()) {
      outbox.save(new OutboxMessage(to.accountId(), OutboxChannel.EMAIL, to.email().strip(), sentSubject,
          sentBody, caseNumber, clock.instant()));
    } else if (to.phone() != null && !to.phone().isBlank()) {
      outbox.save(new OutboxMessage(to.accountId(), OutboxChannel.SMS, to.phone().strip(), sentSubject,
          sentSubject + "\n" + sentBody, caseNumber, clock.instant()));
    }
  }

  /** The messages of one case, oldest first (for support and tests). */
  @Transactional(readOnly = true)
  public List<OutboxMessage> ofCase(String caseNumber) {
    return outbox.findByCaseNumberOrderByCreatedAtAscSequenceNumberAsc(caseNumber);
  }

  /** How many messages of a channel wait to be sent. */
  @Transactional(readOnly = true)
  public long pending(OutboxChannel channel) {
    return outbox.countByStatusAndChannel(OutboxStatus.PENDING, channel);
  }
}
