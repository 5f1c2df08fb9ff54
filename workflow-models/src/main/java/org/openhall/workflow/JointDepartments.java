package org.openhall.workflow;

import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/** Turns the comma-separated {@code coDepartments} variable into the joint review's collection. */
@Component("jointDepartments")
public class JointDepartments {

  /** The department codes in {@code codes} ("GA,SW,RS"), in order; empty for none. */
  public List<String> of(String codes) {
    if (codes == null || codes.isBlank()) {
      return List.of();
    }
    return Arrays.stream(codes.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
