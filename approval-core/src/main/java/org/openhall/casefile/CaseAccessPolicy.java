package org.openhall.casefile;

import java.util.EnumSet;
import java.util.Set;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.identity.Role;

/**
 * Who may see and who may handle a case: the one rule that pages, the API and the worklist ask.
 * <ul>
 *   <li>the applicant, and the agent who filed it: their own case;</li>
 *   <li>staff (clerk, reviewer, approver, head) of the lead department: see and handle it;</li>
 *   <li>staff of a co-department of a joint case: their review task and a read-only view;</li>
 *   <li>supervisors of the case's departments: a read-only view;</li>
 *   <li>administrators: everything.</li>
 * </ul>
 * Everyone else is told the case does not exist (404), so a case number reveals nothing.
 */
public final class CaseAccessPolicy {

  private static final Set<Role> HANDLING = EnumSet.of(Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.HEAD);

  private CaseAccessPolicy() {
  }

  /** How the member relates to the case. */
  public enum Access {
    NONE, APPLICANT, LEAD_STAFF, CO_DEPARTMENT_STAFF, SUPERVISOR, ADMIN;

    public boolean canView() {
      return this != NONE;
    }

    /** Whether the member may act on the case's lead steps (extensions, special procedures). */
    public boolean canHandle() {
      return this == LEAD_STAFF || this == ADMIN;
    }
  }

  public static Access of(Member m, Case c) {
    if (m == null) {
      return Access.NONE;
    }
    if (c.belongsTo(m.id())) {
      return Access.APPLICANT;
    }
    if (m.has(Role.ADMIN)) {
      return Access.ADMIN;
    }
    boolean handling = m.roles().stream().anyMatch(HANDLING::contains);
    if (handling && m.departments().contains(c.departmentCode())) {
      return Access.LEAD_STAFF;
    }
    boolean coDepartment = c.coDepartments().stream().anyMatch(m.departments()::contains);
    if (handling && coDepartment) {
      return Access.CO_DEPARTMENT_STAFF;
    }
    if (m.has(Role.SUPERVISOR) && (m.departments().contains(c.departmentCode()) || coDepartment)) {
      return Access.SUPERVISOR;
    }
    return Access.NONE;
  }

  public static boolean canView(Member m, Case c) {
    return of(m, c).canView();
  }

  /** Whether the member may act as a staff member with {@code role} on the lead department's steps. */
  public static boolean canHandle(Member m, Case c, Role role) {
    Access access = of(m, c);
    return access == Access.ADMIN || (access == Access.LEAD_STAFF && m.has(role));
  }

  /**
   * Which cases a staff member finds when searching: every case (ADMIN), or those whose lead or
   * co-department is one of {@code departments} (handling staff and supervisors): the same cases
   * {@link #canView} lets them see, put as a query. Empty departments and not all: none.
   */
  public record SearchScope(boolean all, Set<String> departments) {
  }

  public static SearchScope searchScopeOf(Member m) {
    if (m == null) {
      return new SearchScope(false, Set.of());
    }
    if (m.has(Role.ADMIN)) {
      return new SearchScope(true, Set.of());
    }
    boolean staff = m.has(Role.SUPERVISOR) || m.roles().stream().anyMatch(HANDLING::contains);
    return new SearchScope(false, staff ? Set.copyOf(m.departments()) : Set.of());
  }
}
