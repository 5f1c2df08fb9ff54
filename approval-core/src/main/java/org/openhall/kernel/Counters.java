package org.openhall.kernel;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Named gap-tolerant counters for human-readable numbers (case numbers, licence numbers). Each
 * increment commits on its own, so a long business transaction never holds the counter's row
 * lock; a rolled-back caller leaves a gap, never a duplicate. Works on MySQL 8, which has no
 * sequences.
 */
@Component
public class Counters {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  Counters(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The next value of counter {@code name}, starting at 1. */
  public long next(String name) {
    for (int attempt = 0; ; attempt++) {
      try {
        Long value = ownTransaction.execute(status -> {
          int updated = jdbc.update(
              "update sequence_counter set last_value = last_value + 1 where name = ?", name);
          if (updated == 0) {
            jdbc.update("insert into sequence_counter (name, last_value) values (?, 1)", name);
            return 1L;
          }
          return jdbc.queryForObject(
              "select last_value from sequence_counter where name = ?", Long.class, name);
        });
        return value;
      } catch (DataIntegrityViolationException firstOfItsNameRaced) {
        if (attempt >= 3) {
          throw firstOfItsNameRaced;
        }
      }
    }
  }
}
