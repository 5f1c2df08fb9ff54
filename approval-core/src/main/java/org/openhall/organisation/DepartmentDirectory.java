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

  /** Every department's name by its code, in code order. */
  @Transactional(readOnly = true)
  public Map<String, String> names() {
    Map<String, String> names = new LinkedHashMap<>();
    departments.findAllByOrderByCode().forEach(d -> names.put(d.code(), d.name()));
    return names;
  }
}
