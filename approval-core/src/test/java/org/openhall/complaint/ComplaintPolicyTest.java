package org.openhall.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.identity.PartyKind;
import org.openhall.identity.Role;

class ComplaintPolicyTest {

  @Test
  void theCategoryComesFromTheFixedList() {
    assertThat(ComplaintPolicy.category("EXTRA_DEMANDS")).contains(ComplaintCategory.EXTRA_DEMANDS);
    assertThat(ComplaintPolicy.category(" DELAY ")).contains(ComplaintCategory.DELAY);
    assertThat(ComplaintPolicy.category("delay")).isEmpty();
    assertThat(ComplaintPolicy.category("BRIBERY")).isEmpty();
    assertThat(ComplaintPolicy.category(" ")).isEmpty();
    assertThat(ComplaintPolicy.category(null)).isEmpty();
  }

  @Test
  void onlyTheComplainantReadsTheirComplaint() {
    Complaint complaint = new Complaint("TS2026092300001", ComplaintCategory.DELAY, null, "SCJG",
        "受理后二十天没有消息", "applicant-1", "张三", Instant.parse("2026-09-23T02:00:00Z"));

    assertThat(complaint.status()).isEqualTo(ComplaintStatus.RECEIVED);
    assertThat(ComplaintPolicy.mayRead(member("applicant-1", Role.APPLICANT), complaint)).isTrue();
    assertThat(ComplaintPolicy.mayRead(member("applicant-2", Role.APPLICANT), complaint)).isFalse();
    assertThat(ComplaintPolicy.mayRead(member("clerk-1", Role.CLERK), complaint)).isFalse();
    assertThat(ComplaintPolicy.mayRead(null, complaint)).isFalse();
  }

  private static Member member(String id, Role role) {
    return new Member(id, id, "{noop}unused", id, PartyKind.PERSON, null, null, Set.of(role),
        role.isStaff() ? Set.of("SCJG") : Set.of(), true, false, false);
  }
}
