package org.openhall.supervision;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Every alert ever raised. */
interface Alerts extends JpaRepository<Alert, String> {

  boolean existsByCaseNumberAndStageAndKind(String caseNumber, String stage, AlertKind kind);

  List<Alert> findByCaseNumberAndStageAndDepartmentCodeAndResolvedAtIsNull(String caseNumber, String stage,
      String departmentCode);

  List<Alert> findByCaseNumberOrderByRaisedAtAsc(String caseNumber);

  List<Alert> findByCaseNumberAndResolvedAtIsNull(String caseNumber);

  List<Alert> findTop200ByResolvedAtIsNullOrderByRaisedAtDesc();

  List<Alert> findTop200ByResolvedAtIsNullAndDepartmentCodeInOrderByRaisedAtDesc(Collection<String> departments);
}
