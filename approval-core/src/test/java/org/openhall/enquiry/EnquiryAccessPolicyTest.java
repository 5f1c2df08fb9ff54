package org.openhall.enquiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.identity.PartyKind;
import org.openhall.identity.Role;

class EnquiryAccessPolicyTest {

  private static Member member(Set<Role> roles, Set<String> departments) {
    return new Member("id", "someone", "", "某人", roles.contains(Role.APPLICANT) ? PartyKind.PERSON
        : PartyKind.STAFF, null, null, roles, departments, true, false, false);
  }

  @Test
  void staffReadAndRecordForTheirOwnDepartmentsOnly() {
    Member clerk = member(EnumSet.of(Role.CLERK), Set.of("SCJG"));
    assertThat(EnquiryAccessPolicy.mayRead(clerk, "SCJG")).isTrue();
    assertThat(EnquiryAccessPolicy.mayRead(clerk, "GA")).isFalse();
    assertThat(EnquiryAccessPolicy.recordingDepartments(clerk)).containsExactly("SCJG");
  }

  @Test
  void supervisorsReadTheirDepartmentsAndAdminsReadAll() {
    Member supervisor = member(EnumSet.of(Role.SUPERVISOR), Set.of("GA"));
    assertThat(EnquiryAccessPolicy.mayRead(supervisor, "GA")).isTrue();
    assertThat(EnquiryAccessPolicy.mayRead(supervisor, "SCJG")).isFalse();
    Member admin = member(EnumSet.of(Role.ADMIN), Set.of());
    assertThat(EnquiryAccessPolicy.mayRead(admin, "SCJG")).isTrue();
    assertThat(EnquiryAccessPolicy.recordingDepartments(admin)).as("records only where they belong").isEmpty();
  }

  @Test
  void applicantsNeitherReadNorRecord() {
    Member citizen = member(EnumSet.of(Role.APPLICANT), Set.of("SCJG"));
    assertThat(EnquiryAccessPolicy.mayRead(citizen, "SCJG")).isFalse();
    assertThat(EnquiryAccessPolicy.recordingDepartments(citizen)).isEmpty();
  }
}
