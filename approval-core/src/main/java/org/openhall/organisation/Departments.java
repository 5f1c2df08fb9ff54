package org.openhall.organisation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** All departments. */
public interface Departments extends JpaRepository<Department, String> {

  List<Department> findAllByOrderByCode();

  /** The department's name, or its code if it is not known. */
  default String nameOf(String code) {
    return code == null ? "" : findById(code).map(Department::name).orElse(code);
  }
}
