package org.openhall.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openhall.catalogue.Catalogue;
import org.openhall.identity.Account;
import org.openhall.identity.AccountDirectory;
import org.openhall.identity.Accounts;
import org.openhall.identity.PartyKind;
import org.openhall.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo staff of one department only (API.md "Demo data"): each exists with exactly its one
 * department and role, signs in with the demo password, is created once however often the demo
 * data runs, and is disabled like every demo account when the demo profile is off.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoAccountsTest {

  /** Username, role, department code and the department's name in the demo catalogue. */
  private record OneDepartment(String username, Role role, String department, String name) {
  }

  private static final List<OneDepartment> ONE_DEPARTMENT = List.of(
      new OneDepartment("demo-scjg-clerk", Role.CLERK, "SCJG", "市场监督管理局"),
      new OneDepartment("demo-scjg-reviewer", Role.REVIEWER, "SCJG", "市场监督管理局"),
      new OneDepartment("demo-scjg-approver", Role.APPROVER, "SCJG", "市场监督管理局"),
      new OneDepartment("demo-scjg-head", Role.HEAD, "SCJG", "市场监督管理局"),
      new OneDepartment("demo-cg-reviewer", Role.REVIEWER, "CG", "城市管理局"),
      new OneDepartment("demo-sthj-reviewer", Role.REVIEWER, "STHJ", "生态环境局"),
      new OneDepartment("demo-ga-supervisor", Role.SUPERVISOR, "GA", "公安局"));

  @Autowired
  Accounts accounts;

  @Autowired
  AccountDirectory directory;

  @Autowired
  Catalogue catalogue;

  @Autowired
  PasswordEncoder passwords;

  @Autowired
  DemoData demoData;

  @Autowired
  TestRestTemplate http;

  @Test
  void eachStaffMemberOfOneDepartmentHasExactlyThatDepartmentAndRole() {
    for (OneDepartment expected : ONE_DEPARTMENT) {
      Account a = accounts.findByUsername(expected.username()).orElseThrow(
          () -> new AssertionError("no demo account " + expected.username()));

      assertThat(a.roles()).as(expected.username()).containsExactly(expected.role());
      assertThat(a.departments()).as(expected.username()).containsExactly(expected.department());
      assertThat(catalogue.departmentName(expected.department())).isEqualTo(expected.name());
      assertThat(a.kind()).isEqualTo(PartyKind.STAFF);
      assertThat(a.demo()).as("disabled outside the demo profile").isTrue();
      assertThat(a.enabled()).isTrue();
      assertThat(passwords.matches("Demo#2026", a.passwordHash())).as(expected.username())
          .isTrue();
    }
  }

  @Test
  void thePublicSecuritySupervisorSupervisesPublicSecurityOnly() {
    assertThat(directory.staffWith(Role.SUPERVISOR, "GA")).contains("demo-ga-supervisor");
    assertThat(directory.staffWith(Role.SUPERVISOR, "SCJG")).doesNotContain("demo-ga-supervisor")
        .contains("demo-supervisor");
    assertThat(directory.staffWith(Role.HEAD, "SCJG")).contains("demo-scjg-head");
    assertThat(directory.staffWith(Role.HEAD, "GA")).doesNotContain("demo-scjg-head");
  }

  @Test
  void aStaffMemberOfOneDepartmentSignsInToTheConsoleApi() {
    assertThat(http.withBasicAuth("demo-scjg-clerk", "Demo#2026")
        .getForEntity("/api/v1/console/tasks", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void runningTheDemoDataAgainCreatesNoSecondAccount() {
    long before = accounts.count();

    demoData.run(null);

    assertThat(accounts.count()).isEqualTo(before);
  }

  @Test
  @Transactional
  void theGuardDisablesThemWhenTheDemoProfileIsOff() {
    new DemoAccountsGuard(accounts).run(null);

    for (OneDepartment expected : ONE_DEPARTMENT) {
      assertThat(accounts.findByUsername(expected.username()).orElseThrow().enabled())
          .as(expected.username()).isFalse();
    }
  }
}
