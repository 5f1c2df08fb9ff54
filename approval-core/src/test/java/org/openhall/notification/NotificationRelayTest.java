package org.openhall.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

/** The relay's back-off: how long a message waits after each failed attempt. */
class NotificationRelayTest {

  final NotificationRelay relay = new NotificationRelay(null, null, null, new NoTransactions(), Clock.systemUTC(),
      "OpenHall <noreply@openhall.invalid>", Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofMinutes(5),
      50, false);

  @Test
  void waitsTwiceAsLongAfterEachFailedAttemptUpToTheMaximum() {
    assertThat(relay.backOff(0)).isEqualTo(Duration.ofSeconds(30));
    assertThat(relay.backOff(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(relay.backOff(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(relay.backOff(6)).isEqualTo(Duration.ofMinutes(32));
    assertThat(relay.backOff(7)).as("64 min is capped").isEqualTo(Duration.ofHours(1));
    assertThat(relay.backOff(1000)).isEqualTo(Duration.ofHours(1));
  }

  private static final class NoTransactions extends AbstractPlatformTransactionManager {

    @Override
    protected Object doGetTransaction() {
      return new Object();
    }

    @Override
    protected void doBegin(Object transaction, org.springframework.transaction.TransactionDefinition definition) {
    }

    @Override
    protected void doCommit(DefaultTransactionStatus status) {
    }

    @Override
    protected void doRollback(DefaultTransactionStatus status) {
    }
  }
}
