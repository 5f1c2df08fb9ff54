package org.openhall.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** A staff role held in one department: a reviewer of one department may head another. */
@Embeddable
public class RoleGrant {

  @Column(name = "department_code", length = 32, nullable = false)
  private String departmentCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", length = 16, nullable = false)
  private Role role;

  protected RoleGrant() {
  }

  public RoleGrant(String departmentCode, Role role) {
    this.departmentCode = Objects.requireNonNull(departmentCode);
    this.role = Objects.requireNonNull(role);
  }

  public String departmentCode() {
    return departmentCode;
  }

  public Role role() {
    return role;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RoleGrant g && g.departmentCode.equals(departmentCode) && g.role == role;
  }

  @Override
  public int hashCode() {
    return Objects.hash(departmentCode, role);
  }

  @Override
  public String toString() {
    return departmentCode + ":" + role;
  }
}
