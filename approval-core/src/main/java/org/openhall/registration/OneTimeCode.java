package org.openhall.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * A one-time code sent to a phone ({@link PhoneCode}) or an e-mail address ({@link EmailCode}). Only a
 * salted SHA-256 of the code is stored; it is valid for {@link PhoneCodePolicy#VALIDITY}, for
 * {@link PhoneCodePolicy#MAX_TRIES} tries, and once.
 */
@MappedSuperclass
abstract class OneTimeCode {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @Column(length = 36)
  private String id;

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

  protected OneTimeCode() {
  }

  protected OneTimeCode(String code, Instant issuedAt, String requestedFrom) {
    this.id = UUID.randomUUID().toString();
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    this.codeSalt = HexFormat.of().formatHex(salt);
    this.codeHash = hash(codeSalt, code);
    this.issuedAt = issuedAt;
    this.expiresAt = issuedAt.plus(PhoneCodePolicy.VALIDITY);
    this.requestedFrom = requestedFrom;
  }

  /** A new random six-digit code. */
  static String newCode() {
    return String.format("%06d", RANDOM.nextInt(1_000_000));
  }

  /** Checks a typed code; a wrong one uses up a try. A right one must still be {@link #use}d. */
  Check check(String typed, Instant now) {
    if (usedAt != null || !now.isBefore(expiresAt)) {
      return Check.EXPIRED;
    }
    if (tries >= PhoneCodePolicy.MAX_TRIES) {
      return Check.NO_TRIES_LEFT;
    }
    String candidate = typed == null ? "" : typed.strip();
    if (MessageDigest.isEqual(codeHash.getBytes(StandardCharsets.US_ASCII),
        hash(codeSalt, candidate).getBytes(StandardCharsets.US_ASCII))) {
      return Check.RIGHT;
    }
    tries++;
    return tries >= PhoneCodePolicy.MAX_TRIES ? Check.NO_TRIES_LEFT : Check.WRONG;
  }

  void use(Instant now) {
    this.usedAt = now;
  }

  String id() {
    return id;
  }

  int triesLeft() {
    return Math.max(0, PhoneCodePolicy.MAX_TRIES - tries);
  }

  Instant issuedAt() {
    return issuedAt;
  }

  static String hash(String salt, String code) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest((salt + ":" + code).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The outcome of checking a typed code. */
  enum Check { RIGHT, WRONG, EXPIRED, NO_TRIES_LEFT }
}
