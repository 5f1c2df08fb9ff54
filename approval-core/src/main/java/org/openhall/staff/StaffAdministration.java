package org.openhall.staff;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.identity.Role;
import org.openhall.identity.RoleGrant;
import org.openhall.identity.StaffAccounts;
import org.openhall.kernel.DomainException;
import org.openhall.kernel.DomainException.Violation;
import org.openhall.organisation.DepartmentDirectory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 人员与部门: an administrator creates and renames departments, creates staff accounts with roles
 * per department, changes, disables and enables them and resets their passwords. Every problem of
 * a form is reported at once, field by field; every change is written to the admin audit.
 */
@Service
public class StaffAdministration {

  static final Pattern DEPARTMENT_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");
  static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
  static final int NAME_MAX = 100;

  private final StaffAccounts accounts;
  private final DepartmentDirectory departments;
  private final AdminAudit audit;
  private final PasswordEncoder passwords;
  private final Clock clock;

  StaffAdministration(StaffAccounts accounts, DepartmentDirectory departments, AdminAudit audit,
      PasswordEncoder passwords, Clock clock) {
    this.accounts = accounts;
    this.departments = departments;
    this.audit = audit;
    this.passwords = passwords;
    this.clock = clock;
  }

  /** Every department's name by its code, in code order. */
  public Map<String, String> departments() {
    return departments.names();
  }

  /** Every staff account, disabled ones too, by username. */
  public List<Member> staff() {
    return accounts.all();
  }

  /** One staff account; 404 {@code STAFF_NOT_FOUND}. */
  public Member staffMember(String username) {
    return accounts.find(username).filter(Member::isStaff)
        .orElseThrow(() -> DomainException.notFound("STAFF_NOT_FOUND", username));
  }

  /** The roles an administrator may grant, in their usual order. */
  public static List<Role> grantableRoles() {
    return java.util.Arrays.stream(Role.values()).filter(Role::isStaff).toList();
  }

  @Transactional
  public void createDepartment(Member admin, DepartmentForm form) {
    List<Violation> problems = new ArrayList<>();
    String code = form.code() == null ? "" : form.code().strip().toUpperCase(Locale.ROOT);
    if (code.isEmpty()) {
      problems.add(new Violation("code", "DEPARTMENT_CODE_REQUIRED", List.of()));
    } else if (!DEPARTMENT_CODE.matcher(code).matches()) {
      problems.add(new Violation("code", "DEPARTMENT_CODE_INVALID", List.of()));
    } else if (departments.exists(code)) {
      problems.add(new Violation("code", "DEPARTMENT_CODE_TAKEN", List.of(code)));
    }
    String name = name("name", form.name(), "DEPARTMENT_NAME_REQUIRED", problems);
    refuse(problems);
    departments.create(code, name);
    record(admin, "DEPARTMENT_CREATED", "DEPARTMENT", code, null, "name=" + name);
  }

  @Transactional
  public void renameDepartment(Member admin, String code, DepartmentForm form) {
    if (!departments.exists(code)) {
      throw DomainException.notFound("DEPARTMENT_NOT_FOUND", code);
    }
    List<Violation> problems = new ArrayList<>();
    String name = name("name", form.name(), "DEPARTMENT_NAME_REQUIRED", problems);
    refuse(problems);
    String before = departments.nameOf(code);
    departments.rename(code, name);
    record(admin, "DEPARTMENT_RENAMED", "DEPARTMENT", code, "name=" + before, "name=" + name);
  }

  /** Creates a staff account with a temporary password, shown once, to change at first sign-in. */
  @Transactional
  public PasswordReset createStaff(Member admin, StaffForm form) {
    List<Violation> problems = new ArrayList<>();
    String username = form.username() == null ? "" : form.username().strip().toLowerCase(Locale.ROOT);
    if (username.isEmpty()) {
      problems.add(new Violation("username", "STAFF_USERNAME_REQUIRED", List.of()));
    } else if (!USERNAME.matcher(username).matches()) {
      problems.add(new Violation("username", "STAFF_USERNAME_INVALID", List.of()));
    } else if (accounts.exists(username)) {
      problems.add(new Violation("username", "STAFF_USERNAME_TAKEN", List.of(username)));
    }
    String displayName = name("displayName", form.displayName(), "STAFF_NAME_REQUIRED", problems);
    Set<RoleGrant> grants = grants(form, problems);
    refuse(problems);
    String temporary = PasswordPolicy.temporary();
    Member created = accounts.create(username, passwords.encode(temporary), displayName, grants);
    record(admin, "STAFF_CREATED", "STAFF", username, null, summary(created));
    return new PasswordReset(username, temporary);
  }

  @Transactional
  public Member changeStaff(Member admin, String username, StaffForm form) {
    Member before = staffMember(username);
    List<Violation> problems = new ArrayList<>();
    String displayName = name("displayName", form.displayName(), "STAFF_NAME_REQUIRED", problems);
    Set<RoleGrant> grants = grants(form, problems);
    if (admin.username().equals(username) && grants.stream().noneMatch(g -> g.role() == Role.ADMIN)) {
      problems.add(new Violation("grants", "ADMIN_CANNOT_DROP_OWN_ADMIN", List.of()));
    }
    refuse(problems);
    Member after = accounts.change(username, displayName, grants);
    record(admin, "STAFF_CHANGED", "STAFF", username, summary(before), summary(after));
    return after;
  }

  /** Disables an account: it can no longer sign in anywhere. An admin cannot disable themself. */
  @Transactional
  public Member disable(Member admin, String username) {
    Member before = staffMember(username);
    if (admin.username().equals(username)) {
      throw DomainException.conflict("ADMIN_CANNOT_DISABLE_SELF");
    }
    Member after = accounts.enable(username, false);
    record(admin, "STAFF_DISABLED", "STAFF", username, summary(before), summary(after));
    return after;
  }

  @Transactional
  public Member enable(Member admin, String username) {
    Member before = staffMember(username);
    Member after = accounts.enable(username, true);
    record(admin, "STAFF_ENABLED", "STAFF", username, summary(before), summary(after));
    return after;
  }

  /**
   * Sets {@code chosen} or, when it is blank, a generated temporary password (returned once); the
   * person must change it at the next sign-in.
   */
  @Transactional
  public PasswordReset resetPassword(Member admin, String username, String chosen) {
    staffMember(username);
    String password = chosen == null || chosen.isBlank() ? null : chosen;
    if (password != null) {
      String problem = PasswordPolicy.problemWith(password);
      if (problem != null) {
        throw new DomainException(DomainException.Kind.INVALID, "VALIDATION_FAILED",
            List.of(new Violation("password", problem, List.of(PasswordPolicy.MIN_LENGTH))));
      }
    }
    String temporary = password == null ? PasswordPolicy.temporary() : null;
    accounts.resetPassword(username, passwords.encode(password == null ? temporary : password));
    // The password itself is never written to the audit.
    record(admin, "PASSWORD_RESET", "STAFF", username, null, "mustChangePassword=true");
    return new PasswordReset(username, temporary);
  }

  /**
   * The person replaces their password (required after a reset): the current one must match, the
   * new one must follow the {@link PasswordPolicy} and differ from the current one.
   */
  @Transactional
  public void changeOwnPassword(Member me, String current, String chosen, String repeated) {
    List<Violation> problems = new ArrayList<>();
    if (current == null || !passwords.matches(current, me.passwordHash())) {
      problems.add(new Violation("currentPassword", "PASSWORD_CURRENT_WRONG", List.of()));
    }
    String problem = PasswordPolicy.problemWith(chosen);
    if (problem != null) {
      problems.add(new Violation("newPassword", problem, List.of(PasswordPolicy.MIN_LENGTH)));
    } else if (chosen.equals(current)) {
      problems.add(new Violation("newPassword", "PASSWORD_UNCHANGED", List.of()));
    } else if (repeated != null && !chosen.equals(repeated)) {
      problems.add(new Violation("repeatPassword", "PASSWORD_REPEAT_DIFFERS", List.of()));
    }
    refuse(problems);
    accounts.changePassword(me.username(), passwords.encode(chosen));
    record(me, "PASSWORD_CHANGED", "STAFF", me.username(), null, "mustChangePassword=false");
  }

  /** The admin audit, newest first; 400 {@code PAGE_INVALID}. */
  @Transactional(readOnly = true)
  public Page<AdminAuditEntry> audit(int page, int size) {
    if (page < 0 || size < 1 || size > 100) {
      throw DomainException.invalid("PAGE_INVALID", page, size);
    }
    return audit.findAllByOrderByAtDescIdAsc(PageRequest.of(page, size));
  }

  private Set<RoleGrant> grants(StaffForm form, List<Violation> problems) {
    Set<RoleGrant> grants = new LinkedHashSet<>();
    for (int i = 0; i < form.grants().size(); i++) {
      StaffForm.GrantForm g = form.grants().get(i);
      String department = g == null || g.departmentCode() == null ? "" : g.departmentCode().strip();
      String roleName = g == null || g.role() == null ? "" : g.role().strip().toUpperCase(Locale.ROOT);
      if (department.isEmpty() && roleName.isEmpty()) {
        continue; // an empty row of the form
      }
      if (!departments.exists(department)) {
        problems.add(new Violation("grants[" + i + "].departmentCode", "STAFF_DEPARTMENT_UNKNOWN",
            List.of(department)));
      }
      Role role = grantableRoles().stream().filter(r -> r.name().equals(roleName)).findFirst().orElse(null);
      if (role == null) {
        problems.add(new Violation("grants[" + i + "].role", "STAFF_ROLE_INVALID", List.of(roleName)));
      }
      if (role != null && departments.exists(department)) {
        grants.add(new RoleGrant(department, role));
      }
    }
    if (grants.isEmpty() && problems.stream().noneMatch(p -> p.field().startsWith("grants"))) {
      problems.add(new Violation("grants", "STAFF_GRANTS_REQUIRED", List.of()));
    }
    return grants;
  }

  private static String name(String field, String value, String requiredCode, List<Violation> problems) {
    String v = value == null ? "" : value.strip();
    if (v.isEmpty()) {
      problems.add(new Violation(field, requiredCode, List.of()));
    } else if (v.length() > NAME_MAX) {
      problems.add(new Violation(field, "NAME_TOO_LONG", List.of(NAME_MAX)));
    }
    return v;
  }

  private static void refuse(List<Violation> problems) {
    if (!problems.isEmpty()) {
      throw new DomainException(DomainException.Kind.INVALID, "VALIDATION_FAILED", problems);
    }
  }

  /** What the audit keeps of an account: never the password hash. */
  static String summary(Member m) {
    String grants = m.grants().stream().map(RoleGrant::toString)
        .collect(Collectors.toCollection(TreeSet::new)).toString();
    return "displayName=" + m.displayName() + ", grants=" + grants + ", enabled=" + m.enabled();
  }

  private void record(Member actor, String action, String kind, String target, String before, String after) {
    audit.save(new AdminAuditEntry(clock.instant(), actor.username(), action, kind, target,
        clip(before), clip(after)));
  }

  private static String clip(String s) {
    return s == null || s.length() <= 2000 ? s : s.substring(0, 1997) + "...";
  }
}
