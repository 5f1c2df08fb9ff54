package org.openhall.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** 一窗受理: an applicant registered at the window cannot sign in until online registration claims it. */
class WalkInAccountTest {

  @Test
  void aWalkInAccountHasNoPasswordUntilClaimedOnlineOnce() {
    Account a = Account.walkIn("walkin-1", "福州窗口测试商贸有限公司", PartyKind.ENTITY, "91350100M000100Y43",
        "13912345678", "林建华", "11010519491231002X", "clerk-id");
    assertThat(a.registeredAtWindow()).isTrue();
    assertThat(a.roles()).containsExactly(Role.APPLICANT);
    assertThat(a.passwordHash()).isEqualTo(Account.NO_PASSWORD);
    assertThat(a.legalRepresentativeName()).isEqualTo("林建华");

    a.claimOnline("fz-trading", "$argon2id$hash");
    assertThat(a.username()).isEqualTo("fz-trading");
    assertThat(a.id()).as("the same account, so the window's cases stay theirs").isNotBlank();
    assertThatThrownBy(() -> a.claimOnline("someone-else", "$argon2id$other"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anAccountRegisteredOnlineCannotBeClaimed() {
    Account online = new Account("someone", "$argon2id$hash", "陈小明", PartyKind.PERSON, "11010519491231002X",
        "13912345678", java.util.Set.of(Role.APPLICANT), java.util.Set.of(), false);
    assertThatThrownBy(() -> online.claimOnline("taken", "$argon2id$x")).isInstanceOf(IllegalStateException.class);
  }
}
