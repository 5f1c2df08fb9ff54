package org.openhall.registration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccountSettingsTest {

  @Test
  void takesOrdinaryMailboxAddressesAndRefusesTheRest() {
    assertThat(AccountSettings.isEmail("lin.xiaomei@example.com.cn")).isTrue();
    assertThat(AccountSettings.isEmail("a+notify@mail.example.org")).isTrue();
    assertThat(AccountSettings.isEmail("not an address")).isFalse();
    assertThat(AccountSettings.isEmail("no-domain@localhost")).isFalse();
    assertThat(AccountSettings.isEmail("two@@example.com")).isFalse();
    assertThat(AccountSettings.isEmail("Lin <lin@example.com>")).as("one bare address, no display name").isFalse();
    assertThat(AccountSettings.isEmail("x".repeat(250) + "@example.com")).as("longer than 254").isFalse();
  }

  @Test
  void masksTheMailboxButItsFirstCharacter() {
    assertThat(AccountSettings.masked("lin.xiaomei@example.com")).isEqualTo("l***@example.com");
  }
}
