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

  /** The English name, optional (ADR 0025); pages in English fall back to the Chinese name. */
  @Column(name = "name_en", length = 200)
  private String nameEn;

  protected Department() {
  }

  public Department(String code, String name) {
    this(code, name, null);
  }

  public Department(String code, String name, String nameEn) {
    this.code = code;
    this.name = name;
    this.nameEn = nameEn == null || nameEn.isBlank() ? null : nameEn.strip();
  }

  public String nameEn() {
    return nameEn;
  }

  /** The name for a locale: the English one for English when there is one (ADR 0025). */
  public org.openhall.kernel.LocalizedText nameIn(java.util.Locale locale) {
    return org.openhall.kernel.LocalizedText.of(name, nameEn, locale);
  }

  /** Takes an English name when the department has none yet; a local one is kept. */
  public void translateIfMissing(String english) {
    if (nameEn == null && english != null && !english.isBlank()) {
      nameEn = english.strip();
    }
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
