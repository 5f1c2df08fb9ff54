package org.openhall.casefile;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** All cases. */
public interface Cases extends JpaRepository<Case, String> {

  Optional<Case> findByCaseNumber(String caseNumber);

  Optional<Case> findByFiledByAccountIdAndIdempotencyKey(String filedBy, String idempotencyKey);

  @Query("""
      select c from CaseFile c
      where c.applicant.accountId = :accountId or c.filedByAccountId = :accountId
      order by c.submittedAt desc""")
  List<Case> findOwnedBy(String accountId);
}
