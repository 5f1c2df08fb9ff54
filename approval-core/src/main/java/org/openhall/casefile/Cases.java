package org.openhall.casefile;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** All cases. */
public interface Cases extends JpaRepository<Case, String>,
    org.springframework.data.jpa.repository.JpaSpecificationExecutor<Case> {

  Optional<Case> findByCaseNumber(String caseNumber);

  List<Case> findByCaseNumberIn(java.util.Collection<String> caseNumbers);

  Optional<Case> findByFiledByAccountIdAndIdempotencyKey(String filedBy, String idempotencyKey);

  @Query("""
      select c from CaseFile c
      where c.applicant.accountId = :accountId or c.filedByAccountId = :accountId
      order by c.submittedAt desc""")
  List<Case> findOwnedBy(String accountId);

  /**
   * §32 candidates: cases awaiting acceptance whose acceptance date is on or before {@code today} (an
   * index range scan); {@link DeemedAcceptancePolicy} decides which of them count as accepted.
   */
  @Query("""
      select c.caseNumber from CaseFile c
      where c.status = org.openhall.casefile.CaseStatus.SUBMITTED and c.clock.acceptanceDue <= :today""")
  List<String> findAcceptanceDueBy(java.time.LocalDate today);

  /**
   * Open cases whose figures may change when the calendar of the year starting {@code from} changes:
   * those counted through a year not loaded, those with a date on or after {@code from}, and those
   * never counted by this version (older rows).
   */
  @Query("""
      select c.caseNumber from CaseFile c
      where c.completedAt is null
        and (c.clock.provisional = true
          or c.clock.legalDue >= :from or c.clock.acceptanceDue >= :from
          or c.clock.specialExpectedEnd >= :from
          or (c.status = org.openhall.casefile.CaseStatus.SUBMITTED and c.clock.acceptanceDue is null))""")
  List<String> findOpenTouching(java.time.LocalDate from);

  /** Item codes with the number of cases submitted for each since {@code since}, most first. */
  @Query("""
      select c.itemCode, count(c) from CaseFile c where c.submittedAt >= :since
      group by c.itemCode order by count(c) desc, c.itemCode""")
  List<Object[]> countSubmittedByItemSince(java.time.Instant since,
      org.springframework.data.domain.Pageable page);
}
