package org.openhall.licence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Timestamp;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's seals: a self-signed key per department, created on first use and kept in {@code seal_key}
 * as a PKCS#12 store, so that every node over the same database signs with the same key. Two nodes
 * creating the same department's key at once both insert; the second meets the primary key and reads the
 * first one's. Reads and the insert run in their own transaction, apart from the caller's.
 */
final class SealKeys implements DepartmentSeals.Keys {

  private static final Logger log = LoggerFactory.getLogger(SealKeys.class);
  /** The demo keys are protected by the database, not by this password. */
  private static final char[] PASSWORD = "openhall-demo".toCharArray();
  private static final String ALIAS = "seal";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;
  private final String centre;
  private final Clock clock;

  SealKeys(JdbcTemplate jdbc, PlatformTransactionManager transactions, String centre, Clock clock) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.centre = centre;
    this.clock = clock;
  }

  @Override
  public KeyStore.PrivateKeyEntry entryOf(String code, String name) {
    byte[] stored = read(code);
    return parse(stored != null ? stored : create(code, name));
  }

  /** Stores a new key for the department, or returns the one another node stored first. */
  byte[] create(String code, String name) {
    byte[] created = pkcs12(LicenceSeal.selfSigned(name, centre, clock));
    try {
      ownTransaction.executeWithoutResult(status -> jdbc.update(
          "insert into seal_key (department_code, pkcs12, created_at) values (?, ?, ?)",
          code, created, Timestamp.from(clock.instant())));
      log.info("Created the self-signed demo seal of department {} ({}); production configures "
          + "openhall.licence.keystore", code, name);
      return created;
    } catch (DataIntegrityViolationException anotherNodeWasFirst) {
      byte[] first = read(code);
      if (first == null) {
        throw anotherNodeWasFirst;
      }
      return first;
    }
  }

  private byte[] read(String code) {
    List<byte[]> rows = ownTransaction.execute(status -> jdbc.query(
        "select pkcs12 from seal_key where department_code = ?", (rs, row) -> rs.getBytes(1), code));
    return rows == null || rows.isEmpty() ? null : rows.get(0);
  }

  private static byte[] pkcs12(KeyStore.PrivateKeyEntry entry) {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setEntry(ALIAS, entry, new KeyStore.PasswordProtection(PASSWORD));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      store.store(out, PASSWORD);
      return out.toByteArray();
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("Cannot store a demo seal key", e);
    }
  }

  private static KeyStore.PrivateKeyEntry parse(byte[] pkcs12) {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(new ByteArrayInputStream(pkcs12), PASSWORD);
      return (KeyStore.PrivateKeyEntry) store.getEntry(ALIAS, new KeyStore.PasswordProtection(PASSWORD));
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("Cannot read a demo seal key from the database", e);
    }
  }
}
