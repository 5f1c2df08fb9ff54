package org.openhall.rating;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.openhall.calendar.DueDate;

/**
 * 差评回访整改: the follow-up a bad rating opens for supervision: the department must rectify and answer
 * the applicant by the due date. One per rating.
 */
@Entity
@Table(name = "rating_follow_up")
public class RatingFollowUp {

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "rating_id", nullable = false, length = 36, unique = true)
  private String ratingId;

  @Column(name = "case_number", nullable = false, length = 32)
  private String caseNumber;

  @Column(name = "department_code", nullable = false, length = 32)
  private String departmentCode;

  @Column(nullable = false)
  private int score;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Column(name = "due_date_provisional", nullable = false)
  private boolean dueDateProvisional;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private FollowUpStatus status;

  protected RatingFollowUp() {
  }

  RatingFollowUp(Rating rating, DueDate due) {
    this.id = UUID.randomUUID().toString();
    this.ratingId = rating.id();
    this.caseNumber = rating.caseNumber();
    this.departmentCode = rating.departmentCode();
    this.score = rating.score();
    this.openedAt = rating.ratedAt();
    this.dueDate = due.date();
    this.dueDateProvisional = due.provisional();
    this.status = FollowUpStatus.OPEN;
  }

  public String id() {
    return id;
  }

  public String ratingId() {
    return ratingId;
  }

  public String caseNumber() {
    return caseNumber;
  }

  public String departmentCode() {
    return departmentCode;
  }

  public int score() {
    return score;
  }

  public Instant openedAt() {
    return openedAt;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  /** Whether the due date was counted through a year whose calendar is not loaded yet. */
  public boolean dueDateProvisional() {
    return dueDateProvisional;
  }

  public FollowUpStatus status() {
    return status;
  }
}
