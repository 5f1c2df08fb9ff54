package org.openhall.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * 邮箱验证码: a one-time code e-mailed to an address an account holder wants to use, under the rules of
 * {@link OneTimeCode}; it is used up by a conditional UPDATE ({@link EmailCodes}), not by {@link #use}.
 */
@Entity
@Table(name = "email_code")
class EmailCode extends OneTimeCode {

  @Column(name = "account_id", nullable = false, length = 36)
  private String accountId;

  @Column(nullable = false, length = 254)
  private String email;

  protected EmailCode() {
  }

  EmailCode(String accountId, String email, String code, Instant issuedAt, String requestedFrom) {
    super(code, issuedAt, requestedFrom);
    this.accountId = accountId;
    this.email = email;
  }

  String email() {
    return email;
  }
}
