package org.openhall.rating;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** All ratings, one per case. */
interface Ratings extends JpaRepository<Rating, String> {

  Optional<Rating> findByCaseNumber(String caseNumber);

  boolean existsByCaseNumber(String caseNumber);
}
