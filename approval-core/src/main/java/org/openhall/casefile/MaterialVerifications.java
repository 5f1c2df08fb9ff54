package org.openhall.casefile;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The clerks' material checklists of walk-in cases. */
interface MaterialVerifications extends JpaRepository<MaterialVerification, String> {

  List<MaterialVerification> findByCaseNumberOrderByRequirementId(String caseNumber);
}
