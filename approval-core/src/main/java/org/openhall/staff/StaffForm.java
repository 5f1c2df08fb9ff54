package org.openhall.staff;

import java.util.List;

/**
 * A staff account as the administrator types it: username (only when creating), display name and
 * the roles per department.
 */
public record StaffForm(String username, String displayName, List<GrantForm> grants) {

  public StaffForm {
    grants = grants == null ? List.of() : List.copyOf(grants);
  }

  /** One role in one department, e.g. {@code {departmentCode: "SCJG", role: "HEAD"}}. */
  public record GrantForm(String departmentCode, String role) {
  }
}
