package org.openhall.portal;

import java.net.URI;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openhall.identity.AccountDirectory;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.kernel.DomainException;
import org.openhall.rating.CaseRatings;
import org.openhall.rating.NewRating;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 好差评 over JSON: the applicant (or the agent who filed) rates a completed case once, and reads it back. */
@RestController
@RequestMapping("/api/v1/cases/{caseNumber}/rating")
class RatingApi {

  private final AccountDirectory accounts;
  private final CaseRatings ratings;
  private final RatingViews views;

  RatingApi(AccountDirectory accounts, CaseRatings ratings, RatingViews views) {
    this.accounts = accounts;
    this.ratings = ratings;
    this.views = views;
  }

  /**
   * Rates the case: 201 with the rating; a score of 1–2 opens a follow-up ({@code followUpDueDate}).
   * 404 {@code CASE_NOT_FOUND} when the case is not the caller's, 409 {@code RATING_CASE_NOT_COMPLETED}
   * before it is completed, 409 {@code ALREADY_RATED} the second time, 400 {@code VALIDATION_FAILED}
   * with {@code errors[]} by field ({@code score}, {@code indicators.KEY}, {@code comment}).
   */
  @PostMapping
  ResponseEntity<RatingViews.RatingView> rate(Principal principal, @PathVariable String caseNumber,
      @RequestBody RatingRequest request) {
    Member me = accounts.require(principal.getName());
    var rating = ratings.rate(caseNumber, me, request.toNewRating());
    return ResponseEntity.created(URI.create("/api/v1/cases/" + rating.caseNumber() + "/rating"))
        .body(views.view(rating));
  }

  /** The case's rating; 404 {@code RATING_NOT_FOUND} while it has none. */
  @GetMapping
  RatingViews.RatingView rating(Principal principal, @PathVariable String caseNumber) {
    Member me = accounts.require(principal.getName());
    return ratings.ratingOf(caseNumber, me).map(views::view)
        .orElseThrow(() -> DomainException.notFound("RATING_NOT_FOUND", caseNumber));
  }

  /**
   * {@code score}: overall satisfaction 1 (非常不满意) .. 5 (非常满意); {@code indicators}: efficiency,
   * guideAccuracy, convenience, platformUsability, each 1..5 and optional; {@code comment}: required
   * for 1–2, at most 500 characters.
   */
  record RatingRequest(Number score, Map<String, Number> indicators, String comment) {

    NewRating toNewRating() {
      Map<String, Integer> levels = new LinkedHashMap<>();
      if (indicators != null) {
        indicators.forEach((key, value) -> levels.put(key, level(value)));
      }
      return new NewRating(level(score), levels, comment);
    }

    /** A level as sent: whole numbers as they are; 2.5 (which Jackson would cut to 2) is out of range (-1). */
    private static Integer level(Number n) {
      if (n == null) {
        return null;
      }
      double d = n.doubleValue();
      return d == Math.rint(d) && Math.abs(d) < 1000 ? (int) d : -1;
    }
  }
}
