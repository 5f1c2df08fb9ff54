package org.openhall.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openhall.casefile.CaseFixture.AGENT_ID;
import static org.openhall.casefile.CaseFixture.APPLICANT_ID;
import static org.openhall.casefile.CaseFixture.CO_DEPARTMENT;
import static org.openhall.casefile.CaseFixture.LEAD;
import static org.openhall.casefile.CaseFixture.acceptedJointCaseOn;
import static org.openhall.casefile.CaseFixture.day;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openhall.casefile.CaseAccessPolicy.Access;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.identity.PartyKind;
import org.openhall.identity.Role;

/** A joint case led by SCJG with WJ as co-department, filed by an agent for the applicant. */
class CaseAccessPolicyTest {

  private final Case joint = acceptedJointCaseOn(day(2026, 9, 22));

  @Test
  void applicantSeesTheirOwnCaseButHandlesNothing() {
    Member applicant = applicant(APPLICANT_ID, Role.APPLICANT);

    assertThat(CaseAccessPolicy.of(applicant, joint)).isEqualTo(Access.APPLICANT);
    assertThat(CaseAccessPolicy.canView(applicant, joint)).isTrue();
    assertThat(Access.APPLICANT.canHandle()).isFalse();
  }

  @Test
  void agentWhoFiledTheCaseSeesIt() {
    Member agent = applicant(AGENT_ID, Role.AGENT);

    assertThat(CaseAccessPolicy.of(agent, joint)).isEqualTo(Access.APPLICANT);
    assertThat(CaseAccessPolicy.canView(agent, joint)).isTrue();
  }

  @Test
  void anotherApplicantDoesNotSeeTheCase() {
    assertThat(CaseAccessPolicy.of(applicant("applicant-2", Role.APPLICANT), joint)).isEqualTo(Access.NONE);
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, names = {"CLERK", "REVIEWER", "APPROVER", "HEAD"})
  void leadDepartmentStaffSeeAndHandleTheCase(Role role) {
    Member staff = staff(role, LEAD);

    assertThat(CaseAccessPolicy.of(staff, joint)).isEqualTo(Access.LEAD_STAFF);
    assertThat(CaseAccessPolicy.canView(staff, joint)).isTrue();
    assertThat(CaseAccessPolicy.canHandle(staff, joint, role)).isTrue();
  }

  @Test
  void leadDepartmentStaffHandleOnlyInTheRoleTheyHold() {
    Member clerk = staff(Role.CLERK, LEAD);

    assertThat(CaseAccessPolicy.canHandle(clerk, joint, Role.APPROVER)).isFalse();
  }

  @Test
  void coDepartmentReviewerSeesTheJointCaseButDoesNotHandleIt() {
    Member reviewer = staff(Role.REVIEWER, CO_DEPARTMENT);

    assertThat(CaseAccessPolicy.of(reviewer, joint)).isEqualTo(Access.CO_DEPARTMENT_STAFF);
    assertThat(CaseAccessPolicy.canView(reviewer, joint)).isTrue();
    assertThat(CaseAccessPolicy.canHandle(reviewer, joint, Role.REVIEWER)).isFalse();
    assertThat(Access.CO_DEPARTMENT_STAFF.canHandle()).isFalse();
  }

  @Test
  void supervisorOfTheLeadDepartmentSeesReadOnly() {
    Member supervisor = staff(Role.SUPERVISOR, LEAD);

    assertThat(CaseAccessPolicy.of(supervisor, joint)).isEqualTo(Access.SUPERVISOR);
    assertThat(CaseAccessPolicy.canView(supervisor, joint)).isTrue();
    assertThat(CaseAccessPolicy.canHandle(supervisor, joint, Role.SUPERVISOR)).isFalse();
  }

  @Test
  void supervisorOfACoDepartmentSeesReadOnly() {
    Member supervisor = staff(Role.SUPERVISOR, CO_DEPARTMENT);

    assertThat(CaseAccessPolicy.of(supervisor, joint)).isEqualTo(Access.SUPERVISOR);
    assertThat(CaseAccessPolicy.canHandle(supervisor, joint, Role.SUPERVISOR)).isFalse();
  }

  @Test
  void supervisorOfAnotherDepartmentDoesNotSeeTheCase() {
    Member supervisor = staff(Role.SUPERVISOR, "GA");

    assertThat(CaseAccessPolicy.of(supervisor, joint)).isEqualTo(Access.NONE);
    assertThat(CaseAccessPolicy.canView(supervisor, joint)).isFalse();
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, names = {"CLERK", "REVIEWER", "APPROVER", "HEAD"})
  void staffOfAnUnrelatedDepartmentDoNotSeeTheCase(Role role) {
    Member staff = staff(role, "GA");

    assertThat(CaseAccessPolicy.of(staff, joint)).isEqualTo(Access.NONE);
    assertThat(CaseAccessPolicy.canView(staff, joint)).isFalse();
    assertThat(CaseAccessPolicy.canHandle(staff, joint, role)).isFalse();
  }

  @Test
  void administratorSeesAndHandlesEverything() {
    Member admin = member("admin-1", Set.of(Role.ADMIN), Set.of());

    assertThat(CaseAccessPolicy.of(admin, joint)).isEqualTo(Access.ADMIN);
    assertThat(CaseAccessPolicy.canView(admin, joint)).isTrue();
    assertThat(CaseAccessPolicy.canHandle(admin, joint, Role.APPROVER)).isTrue();
  }

  @Test
  void anonymousVisitorSeesNothing() {
    assertThat(CaseAccessPolicy.of(null, joint)).isEqualTo(Access.NONE);
  }

  private static Member applicant(String id, Role role) {
    return member(id, Set.of(role), Set.of());
  }

  private static Member staff(Role role, String department) {
    return member(role.name().toLowerCase() + "-" + department.toLowerCase(), Set.of(role), Set.of(department));
  }

  private static Member member(String id, Set<Role> roles, Set<String> departments) {
    return new Member(id, id, "{noop}unused", id, PartyKind.PERSON, null, null, roles, departments, true, false,
        false);
  }
}
