package org.openhall.organisation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Departments as other modules and pages see them: by code, with their names. */
@Service
public class DepartmentDirectory {

  private final Departments departments;

  DepartmentDirectory(Departments departments) {
    this.departments = departments;
  }

  /** The department's name, or its code if it is not known (never blank for a code). */
  @Transactional(readOnly = true)
  public String nameOf(String code) {
    return code == null ? "" : departments.findById(code).map(Department::name).orElse(code);
  }

  /** The department's name for a locale: the English one for English when it has one. */
  @Transactional(readOnly = true)
  public org.openhall.kernel.LocalizedText nameIn(String code, java.util.Locale locale) {
    if (code == null) {
      return new org.openhall.kernel.LocalizedText("", false);
    }
    return departments.findById(code)
        .map(d -> org.openhall.kernel.LocalizedText.of(d.name(), d.nameEn(), locale))
        .orElse(new org.openhall.kernel.LocalizedText(code, false));
  }

  public boolean exists(String code) {
    return code != null && departments.existsById(code);
  }

  /** Adds a department; the caller has checked that the code is new. */
  @Transactional
  public void create(String code, String name) {
    departments.saveAndFlush(new Department(code, name));
  }

  /** Renames a department; 404 {@code DEPARTMENT_NOT_FOUND} for an unknown code. */
  @Transactional
  public void rename(String code, String name) {
    departments.findById(code)
        .orElseThrow(() -> org.openhall.kernel.DomainException.notFound("DEPARTMENT_NOT_FOUND", code))
        .rename(name);
  }

  /** Every department's name by its code, in code order. */
  @Transactional(readOnly = true)
  public Map<String, String> names() {
    Map<String, String> names = new LinkedHashMap<>();
    departments.findAllByOrderByCode().forEach(d -> names.put(d.code(), d.name()));
    return names;
  }
}
