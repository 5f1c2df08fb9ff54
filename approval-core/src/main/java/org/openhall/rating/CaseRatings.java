package org.openhall.rating;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openhall.calendar.DueDate;
import org.openhall.calendar.WorkingDays;
import org.openhall.casefile.Case;
import org.openhall.casefile.CaseFiles;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.kernel.DomainException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 好差评: rates a completed case as the {@link RatingPolicy} allows, opens the follow-up of a bad
 * rating ({@link FollowUpPolicy}), and reads ratings and open follow-ups back.
 */
@Service
public class CaseRatings {

  private final Ratings ratings;
  private final RatingFollowUps followUps;
  private final CaseFiles cases;
  private final FollowUpPolicy followUpPolicy;
  private final WorkingDays workingDays;
  private final Clock clock;

  CaseRatings(Ratings ratings, RatingFollowUps followUps, CaseFiles cases, FollowUpPolicy followUpPolicy,
      WorkingDays workingDays, Clock clock) {
    this.ratings = ratings;
    this.followUps = followUps;
    this.cases = cases;
    this.followUpPolicy = followUpPolicy;
    this.workingDays = workingDays;
    this.clock = clock;
  }

  /**
   * Rates the case. 404 {@code CASE_NOT_FOUND} when it is not the caller's; 409
   * {@code RATING_CASE_NOT_COMPLETED} before 办结; 409 {@code ALREADY_RATED} the second time (also when
   * two submissions race: the unique case number decides); 400 {@code VALIDATION_FAILED} with every
   * field's problem at once.
   */
  @Transactional
  public Rating rate(String caseNumber, Member rater, NewRating given) {
    Case c = cases.byNumber(caseNumber);
    switch (RatingPolicy.verdict(rater, c, ratings.existsByCaseNumber(c.caseNumber()))) {
      case NOT_YOURS -> throw DomainException.notFound("CASE_NOT_FOUND", caseNumber);
      case NOT_COMPLETED -> throw DomainException.conflict("RATING_CASE_NOT_COMPLETED", caseNumber);
      case ALREADY_RATED -> throw DomainException.conflict("ALREADY_RATED", caseNumber);
      case MAY_RATE -> { }
    }
    List<DomainException.Violation> problems = RatingPolicy.problems(given);
    if (!problems.isEmpty()) {
      throw new DomainException(DomainException.Kind.INVALID, "VALIDATION_FAILED", problems);
    }
    Map<RatingIndicator, Integer> indicators = new EnumMap<>(RatingIndicator.class);
    given.indicators().forEach((key, value) -> {
      if (value != null) {
        indicators.put(RatingIndicator.byKey(key).orElseThrow(), value);
      }
    });
    String comment = given.comment() == null || given.comment().isBlank() ? null : given.comment().strip();
    LocalDate today = LocalDate.now(clock);
    Optional<DueDate> due = followUpPolicy.dueFor(given.score(), today, workingDays.calendar());
    String role = rater.id().equals(c.applicant().accountId()) ? "APPLICANT" : "AGENT";
    Rating rating = new Rating(c.caseNumber(), c.itemCode(), c.departmentCode(), given.score(), indicators,
        comment, rater.id(), role, clock.instant(), due.map(DueDate::date).orElse(null));
    try {
      rating = ratings.saveAndFlush(rating);
    } catch (DataIntegrityViolationException raced) {
      // the other of applicant and agent, or a double click, rated the case at the same moment
      throw DomainException.conflict("ALREADY_RATED", caseNumber);
    }
    Rating saved = rating;
    due.ifPresent(d -> followUps.save(new RatingFollowUp(saved, d)));
    return saved;
  }

  /** Whether {@code member} may rate the case now (the portal shows the form only then). */
  @Transactional(readOnly = true)
  public boolean mayRate(String caseNumber, Member member) {
    Case c = cases.byNumber(caseNumber);
    return RatingPolicy.verdict(member, c, ratings.existsByCaseNumber(c.caseNumber()))
        == RatingPolicy.Verdict.MAY_RATE;
  }

  /** The case's rating, for those who see the case; 404 {@code CASE_NOT_FOUND} for everyone else. */
  @Transactional(readOnly = true)
  public Optional<Rating> ratingOf(String caseNumber, Member member) {
    Case c = cases.visibleTo(caseNumber, member);
    return ratings.findByCaseNumber(c.caseNumber());
  }

  /** The follow-up the case's rating opened, if it was a bad one (for supervision). */
  @Transactional(readOnly = true)
  public Optional<RatingFollowUp> followUpOf(String caseNumber) {
    return followUps.findByCaseNumber(caseNumber);
  }

  /** The open follow-ups, earliest due first (for supervision). */
  @Transactional(readOnly = true)
  public List<RatingFollowUp> openFollowUps() {
    return followUps.findByStatusOrderByDueDateAscCaseNumberAsc(FollowUpStatus.OPEN);
  }
}
