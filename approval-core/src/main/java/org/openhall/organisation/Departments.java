package org.openhall.organisation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** All departments. */
public interface Departments extends JpaRepository<Department, String> {

  List<Department> findAllByOrderByCode();
}
