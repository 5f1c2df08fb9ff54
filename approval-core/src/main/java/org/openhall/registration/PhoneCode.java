package org.openhall.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * 短信验证码: a one-time code sent to a phone, under the rules of {@link OneTimeCode}.
 */
@Entity
@Table(name = "phone_code")
class PhoneCode extends OneTimeCode {

  @Column(nullable = false, length = 20)
  private String phone;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private CodePurpose purpose;

  protected PhoneCode() {
  }

  PhoneCode(String phone, CodePurpose purpose, String code, Instant issuedAt, String requestedFrom) {
    super(code, issuedAt, requestedFrom);
    this.phone = phone;
    this.purpose = purpose;
  }

  String phone() {
    return phone;
  }
}
