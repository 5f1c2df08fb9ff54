package org.openhall.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.openhall.registration.PhoneCode.Check;

/**
 * 邮箱验证码: a one-time code e-mailed to an address an account holder wants to use. The rules of
 * {@link PhoneCode} ({@link PhoneCodePolicy}): only a salted SHA-256 is stored, valid 10 minutes, 5 tries, once.
 */
@Entity
@Table(name = "email_code")
class EmailCode {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "account_id", nullable = false, length = 36)
  private String accountId;

  @Column(nullable = false, length = 254)
  private String email;

  @Column(name = "code_salt", nullable = false, length = 32)
  private String codeSalt;

  @Column(name = "code_hash", nullable = false, length = 64)
  private String codeHash;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(nullable = false)
  private int tries;

  @Column(name = "used_at")
  private Instant usedAt;

  @Column(name = "requested_from", length = 64)
  private String requestedFrom;

  protected EmailCode() {
  }

  EmailCode(String accountId, String email, String code, Instant issuedAt, String requestedFrom) {
    this.id = UUID.randomUUID().toString();
    this.accountId = accountId;
    this.email = email;
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    this.codeSalt = HexFormat.of().formatHex(salt);
    this.codeHash = PhoneCode.hash(codeSalt, code);
    this.issuedAt = issuedAt;
    this.expiresAt = issuedAt.plus(PhoneCodePolicy.VALIDITY);
    this.requestedFrom = requestedFrom;
  }

  /** Checks a typed code as {@link PhoneCode#check} does; a wrong one uses up a try. */
  Check check(String typed, Instant now) {
    if (usedAt != null || !now.isBefore(expiresAt)) {
      return Check.EXPIRED;
    }
    if (tries >= PhoneCodePolicy.MAX_TRIES) {
      return Check.NO_TRIES_LEFT;
    }
    String candidate = typed == null ? "" : typed.strip();
    if (MessageDigest.isEqual(codeHash.getBytes(StandardCharsets.US_ASCII),
        PhoneCode.hash(codeSalt, candidate).getBytes(StandardCharsets.US_ASCII))) {
      return Check.RIGHT;
    }
    tries++;
    return tries >= PhoneCodePolicy.MAX_TRIES ? Check.NO_TRIES_LEFT : Check.WRONG;
  }

  int triesLeft() {
    return Math.max(0, PhoneCodePolicy.MAX_TRIES - tries);
  }

  Instant issuedAt() {
    return issuedAt;
  }

  String email() {
    return email;
  }

  String id() {
    return id;
  }
}
