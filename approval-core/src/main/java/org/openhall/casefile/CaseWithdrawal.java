package org.openhall.casefile;

import java.time.Clock;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.kernel.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 撤回: the applicant (or the agent who filed) withdraws a case before any decision. */
@Service
public class CaseWithdrawal {

  private final Cases cases;
  private final Clock clock;

  CaseWithdrawal(Cases cases, Clock clock) {
    this.cases = cases;
    this.clock = clock;
  }

  @Transactional
  public Case withdraw(String caseNumber, Member applicant, String reason) {
    Case c = cases.findByCaseNumber(caseNumber).filter(x -> x.belongsTo(applicant.id()))
        .orElseThrow(() -> DomainException.notFound("CASE_NOT_FOUND", caseNumber));
    c.withdraw(new Actor(applicant.id(), "APPLICANT"), clock.instant(), reason);
    return cases.save(c);
  }
}
