package org.openhall.workflow;

import org.openhall.casefile.CaseFiles;
import org.springframework.stereotype.Component;

/** Facts of a case that process conditions ask ({@code ${caseFacts.issuesLicence(caseNumber)}}). */
@Component("caseFacts")
public class CaseFacts {

  private final CaseFiles cases;

  CaseFacts(CaseFiles cases) {
    this.cases = cases;
  }

  /** Whether the case's item issues a licence. */
  public boolean issuesLicence(String caseNumber) {
    return cases.issuesLicence(caseNumber);
  }
}
