package org.openhall.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 部门: a government department that leads or co-reviews approval items. */
@Entity
@Table(name = "department")
public class Department {

  @Id
  @Column(length = 32)
  private String code;

  @Column(nullable = false, length = 100)
  private String name;

  protected Department() {
  }

  public Department(String code, String name) {
    this.code = code;
    this.name = name;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public void rename(String newName) {
    this.name = newName;
  }
}
