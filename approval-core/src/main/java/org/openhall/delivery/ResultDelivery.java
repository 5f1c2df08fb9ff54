package org.openhall.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.openhall.casefile.Case;
import org.openhall.casefile.CaseAccessPolicy;
import org.openhall.casefile.CaseFiles;
import org.openhall.casefile.CaseStatus;
import org.openhall.catalogue.form.ResidentIdNumber;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.kernel.DomainException;
import org.openhall.kernel.DomainException.Violation;
import org.openhall.licence.LicenceIssuing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** 送达: records how a case's result was handed over, as the {@link DeliveryPolicy} allows, and lists it. */
@Service
public class ResultDelivery {

  private static final Logger log = LoggerFactory.getLogger(ResultDelivery.class);
  static final int NAME_MAX = 100;
  private static final Pattern TRACKING = Pattern.compile("[A-Za-z0-9-]{6,40}");

  private final Deliveries deliveries;
  private final CaseFiles cases;
  private final LicenceIssuing licences;
  private final Clock clock;
  private final TransactionTemplate own;

  ResultDelivery(Deliveries deliveries, CaseFiles cases, LicenceIssuing licences, Clock clock,
      PlatformTransactionManager transactions) {
    this.deliveries = deliveries;
    this.cases = cases;
    this.licences = licences;
    this.clock = clock;
    this.own = new TransactionTemplate(transactions);
  }

  /**
   * A clerk of the lead department records a collection at the window or a posting. 404 for a case the
   * clerk may not see, 403 {@code DELIVERY_CLERK_REQUIRED} for other staff who may, 409
   * {@code DELIVERY_NO_RESULT_YET} before the result exists, 400 {@code VALIDATION_FAILED} with every
   * problem by field.
   */
  @Transactional
  public Delivery record(String caseNumber, Member staff, NewDelivery d) {
    Case c = cases.visibleTo(caseNumber, staff);
    if (!DeliveryPolicy.mayRecord(staff, c)) {
      throw new DomainException(DomainException.Kind.FORBIDDEN, "DELIVERY_CLERK_REQUIRED", caseNumber);
    }
    if (!DeliveryPolicy.hasResult(c)) {
      throw DomainException.conflict("DELIVERY_NO_RESULT_YET", caseNumber);
    }
    List<Violation> problems = new ArrayList<>();
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock);
    Instant resultAt = c.completedAt().orElse(c.submittedAt());
    DeliveredResult result = resultOf(c);
    Delivery made = null;
    if (d == null || d.method() == null) {
      problems.add(new Violation("method", "DELIVERY_METHOD_REQUIRED", List.of()));
    } else if (d.method() == DeliveryMethod.DOWNLOADED) {
      problems.add(new Violation("method", "DELIVERY_DOWNLOAD_RECORDED_BY_ITSELF", List.of()));
    } else if (d.method() == DeliveryMethod.COLLECTED_AT_WINDOW) {
      String name = required("collectorName", d.collectorName(), "DELIVERY_COLLECTOR_REQUIRED", problems);
      String id = blankToNull(d.collectorIdNumber());
      if (id == null) {
        problems.add(new Violation("collectorIdNumber", "DELIVERY_ID_REQUIRED", List.of()));
      } else if (!ResidentIdNumber.isValid(id, today)) {
        problems.add(new Violation("collectorIdNumber", "DELIVERY_ID_INVALID", List.of()));
      }
      String relation = blankToNull(d.collectorRelation());
      if (relation != null && relation.length() > NAME_MAX) {
        problems.add(new Violation("collectorRelation", "DELIVERY_TEXT_TOO_LONG", List.of(NAME_MAX)));
      }
      Instant at = d.collectedAt() == null ? now : d.collectedAt().atZone(clock.getZone()).toInstant();
      if (at.isAfter(now)) {
        problems.add(new Violation("collectedAt", "DELIVERY_IN_THE_FUTURE", List.of()));
      } else if (at.isBefore(resultAt.minusSeconds(60))) {
        problems.add(new Violation("collectedAt", "DELIVERY_BEFORE_RESULT", List.of()));
      }
      if (problems.isEmpty()) {
        made = Delivery.collected(c.caseNumber(), c.departmentCode(), result, name,
            ResidentIdNumber.normalize(id), relation, at, now, staff.id(), staff.displayName());
      }
    } else {
      String carrier = required("carrier", d.carrier(), "DELIVERY_CARRIER_REQUIRED", problems);
      String tracking = blankToNull(d.trackingNumber());
      if (tracking == null) {
        problems.add(new Violation("trackingNumber", "DELIVERY_TRACKING_REQUIRED", List.of()));
      } else if (!TRACKING.matcher(tracking.replace(" ", "")).matches()) {
        problems.add(new Violation("trackingNumber", "DELIVERY_TRACKING_INVALID", List.of()));
      }
      LocalDate on = d.postedOn() == null ? today : d.postedOn();
      if (on.isAfter(today)) {
        problems.add(new Violation("postedOn", "DELIVERY_IN_THE_FUTURE", List.of()));
      } else if (on.isBefore(resultAt.atZone(clock.getZone()).toLocalDate())) {
        problems.add(new Violation("postedOn", "DELIVERY_BEFORE_RESULT", List.of()));
      }
      if (problems.isEmpty()) {
        made = Delivery.posted(c.caseNumber(), c.departmentCode(), result, carrier,
            tracking.replace(" ", "").toUpperCase(Locale.ROOT), on, now, staff.id(), staff.displayName());
      }
    }
    if (!problems.isEmpty()) {
      throw new DomainException(DomainException.Kind.INVALID, "VALIDATION_FAILED", problems);
    }
    return deliveries.save(made);
  }

  /**
   * The applicant (or the agent who filed) downloaded the result online: recorded the first time only, and
   * only once there is a result; staff opening the same PDF record nothing. Never fails the download.
   */
  public void downloaded(String caseNumber, Member member, DeliveredResult what) {
    try {
      own.executeWithoutResult(status -> {
        Case c = cases.visibleTo(caseNumber, member);
        if (CaseAccessPolicy.of(member, c) != CaseAccessPolicy.Access.APPLICANT || !DeliveryPolicy.hasResult(c)
            || deliveries.existsByCaseNumberAndMethod(caseNumber, DeliveryMethod.DOWNLOADED)) {
          return;
        }
        deliveries.saveAndFlush(Delivery.downloaded(caseNumber, c.departmentCode(), what, clock.instant(),
            member.id()));
      });
    } catch (DataIntegrityViolationException recordedMeanwhile) {
      log.debug("Download of {} was recorded by a parallel request", caseNumber);
    }
  }

  /** The handings-over of a case whoever may see it (404 otherwise), in the order recorded. */
  @Transactional(readOnly = true)
  public List<Delivery> of(String caseNumber, Member member) {
    cases.visibleTo(caseNumber, member);
    return deliveries.findByCaseNumberOrderByRecordedAtAscIdAsc(caseNumber);
  }

  /** The handings-over of a case the caller has already read as its access policy allows. */
  @Transactional(readOnly = true)
  public List<Delivery> ofCase(Case c) {
    return deliveries.findByCaseNumberOrderByRecordedAtAscIdAsc(c.caseNumber());
  }

  /** What a case's result is: its licence, or the decision document (a denial, a refusal, a filing). */
  private DeliveredResult resultOf(Case c) {
    return c.status() == CaseStatus.ISSUED && licences.ofCase(c.caseNumber()).isPresent()
        ? DeliveredResult.LICENCE : DeliveredResult.DECISION;
  }

  private static String required(String field, String value, String code, List<Violation> problems) {
    String v = blankToNull(value);
    if (v == null) {
      problems.add(new Violation(field, code, List.of()));
    } else if (v.length() > NAME_MAX) {
      problems.add(new Violation(field, "DELIVERY_TEXT_TOO_LONG", List.of(NAME_MAX)));
    }
    return v;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
