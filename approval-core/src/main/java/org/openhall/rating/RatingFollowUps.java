package org.openhall.rating;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The follow-ups bad ratings opened. */
interface RatingFollowUps extends JpaRepository<RatingFollowUp, String> {

  Optional<RatingFollowUp> findByCaseNumber(String caseNumber);

  List<RatingFollowUp> findByStatusOrderByDueDateAscCaseNumberAsc(FollowUpStatus status);
}
