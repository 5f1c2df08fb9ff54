package org.openhall.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.openhall.calendar.WorkingDays;
import org.openhall.casefile.Agent;
import org.openhall.casefile.Applicant;
import org.openhall.casefile.Case;
import org.openhall.casefile.CaseAccessPolicy;
import org.openhall.casefile.CaseFiles;
import org.openhall.casefile.WarningColour;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.kernel.DomainException;
import org.openhall.casefile.CaseStatus;
import org.openhall.casefile.Channel;
import org.openhall.casefile.CorrectionItem;
import org.openhall.catalogue.Catalogue;
import org.openhall.catalogue.form.CreditCode;
import org.openhall.catalogue.form.ResidentIdNumber;
import org.openhall.identity.PartyKind;
import org.openhall.casefile.LicenceAction;
import org.openhall.licence.HeldLicencePolicy;
import org.openhall.licence.Licence;
import org.openhall.licence.LicenceIssuing;
import org.openhall.licence.LicenceLifecycle;
import org.openhall.licence.LicenceStatus;
import org.openhall.payment.CasePayments;
import org.openhall.payment.Payment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The applicant's JSON view of a case (API.md), timeline and clock derived from its rows. */
@Component
class CaseViews {

  private final CaseFiles cases;
  private final Catalogue catalogue;
  private final WorkingDays workingDays;
  private final LicenceIssuing licences;
  private final LicenceLifecycle lifecycle;
  private final ZoneId zone;

  private final org.openhall.delivery.ResultDelivery deliveries;
  private final CasePayments payments;

  CaseViews(CaseFiles cases, WorkingDays workingDays, LicenceIssuing licences, Clock clock,
      Catalogue catalogue, LicenceLifecycle lifecycle, org.openhall.delivery.ResultDelivery deliveries,
      CasePayments payments) {
    this.payments = payments;
    this.deliveries = deliveries;
    this.lifecycle = lifecycle;
    this.cases = cases;
    this.catalogue = catalogue;
    this.workingDays = workingDays;
    this.licences = licences;
    this.zone = clock.getZone();
  }

  /** The view of a case its applicant (or filing agent) may see (404 for anyone else), in one transaction. */
  @Transactional(readOnly = true)
  public CaseView viewOwned(String caseNumber, Member member) {
    Case c = cases.visibleTo(caseNumber, member);
    if (CaseAccessPolicy.of(member, c) != CaseAccessPolicy.Access.APPLICANT) {
      throw DomainException.notFound("CASE_NOT_FOUND", caseNumber);
    }
    return view(c);
  }

  /**
   * 历史办件库: the answers of the case that issued a licence the member holds, to pre-fill its change,
   * renewal or cancellation; empty for unknown numbers and other people's licences.
   */
  @Transactional(readOnly = true)
  public java.util.Map<String, String> formDataOfHeldLicence(String licenceNumber, Member member) {
    try {
      Case c = cases.visibleTo(lifecycle.byNumber(licenceNumber).caseNumber(), member);
      if (CaseAccessPolicy.of(member, c) == CaseAccessPolicy.Access.APPLICANT) {
        return cases.formData(c);
      }
    } catch (DomainException unknownOrNotTheirs) {
      // nothing to pre-fill; the filing itself tells them the licence is not theirs
    }
    return java.util.Map.of();
  }

  /** The names of the materials of the case's item version, by requirement id (for the correction notice). */
  @Transactional(readOnly = true)
  public java.util.Map<String, String> materialNames(String caseNumber, Member member) {
    Case c = cases.visibleTo(caseNumber, member);
    java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
    catalogue.version(c.itemVersionId()).guide().materials().forEach(m -> names.put(m.id(), m.name()));
    return names;
  }

  /** The material names by requirement id in the reader's language (ADR 0025). */
  @Transactional(readOnly = true)
  public java.util.Map<String, String> materialNames(String caseNumber, Member member,
      java.util.Locale locale) {
    Case c = cases.visibleTo(caseNumber, member);
    java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
    catalogue.version(c.itemVersionId()).guide().materials()
        .forEach(m -> names.put(m.id(), m.nameIn(locale).text()));
    return names;
  }

  /** The name of the case's item in the reader's language (ADR 0025). */
  @Transactional(readOnly = true)
  public org.openhall.kernel.LocalizedText itemName(String caseNumber, Member member,
      java.util.Locale locale) {
    return catalogue.version(cases.visibleTo(caseNumber, member).itemVersionId()).nameIn(locale);
  }

  @Transactional(readOnly = true)
  public java.util.List<CaseSummary> summariesOf(String accountId) {
    return cases.casesOf(accountId).stream().map(this::summary).toList();
  }

  CaseSummary summary(Case c) {
    return new CaseSummary(c.caseNumber(), c.itemCode(), c.itemName(), c.status(),
        at(c.submittedAt()), c.dueDate().orElse(null), c.applicant().name(),
        c.agent().map(Agent::name).orElse(null), c.basedOnLicence().orElse(null),
        c.licenceAction().orElse(null), c.itemVersionId());
  }

  /**
   * The item's name of a case-list line in the reader's language (ADR 0025), as the case page shows
   * it; read by the case list and the complaint form as {@code @caseViews.itemNameIn(line, #locale)}.
   */
  public org.openhall.kernel.LocalizedText itemNameIn(CaseSummary line, java.util.Locale locale) {
    return catalogue.version(line.itemVersionId()).nameIn(locale);
  }

  CaseView view(Case c) {
    var reading = cases.clockOf(c);
    var entries = c.clockEntries().stream().map(e -> new ClockEntryView(e.kind().name(),
        e.reason().name(), e.note(), at(e.at()), e.effectiveOn(), e.workingDays(), e.dueDate()))
        .toList();
    var timeline = c.timeline().stream().map(e -> new TimelineEntry(at(e.at()), e.stage().name(),
        e.action().name(), e.actorRole(), e.note())).toList();
    CorrectionNoticeView notice = c.correctionIssuedAt()
        .map(at -> new CorrectionNoticeView(c.correctionItems(), at(at))).orElse(null);
    LocalDate today = workingDays.today();
    LicenceRef licence = licences.ofCase(c.caseNumber()).map(l -> LicenceRef.of(l, today)).orElse(null);
    return new CaseView(c.caseNumber(), c.itemCode(), c.itemName(), c.status(), c.channel(),
        at(c.submittedAt()), c.acceptedAt().map(this::at).orElse(null), c.dueDate().orElse(null),
        c.dueDateProvisional(), new ClockView(reading.workingDaysUsed(),
        reading.stoppedWorkingDays(), reading.extendedWorkingDays(), reading.running(),
        c.legalDueDate().orElse(null), c.clock().legalProvisional(), entries), timeline, notice, licence,
        cases.colourOf(c), c.clock().acceptanceDue().orElse(null), c.clock().acceptanceDueProvisional(),
        c.extensions().stream().map(x -> new ExtensionView(x.id(), x.status().name(), x.workingDays(),
            x.reason(), at(x.requestedAt()), x.decidedAt().map(this::at).orElse(null),
            x.decisionNote().orElse(null))).toList(),
        c.clock().specialProcedure().map(k -> new SpecialProcedureView(k.name(),
            c.clock().specialExpectedDays().orElse(null), c.openStop().map(s -> s.effectiveOn()).orElse(null),
            c.clock().specialExpectedEnd().orElse(null))).orElse(null),
        ApplicantView.of(c.applicant()), c.agent().map(a -> new AgentView(a.name())).orElse(null),
        c.licenceMaterials().stream().sorted(java.util.Comparator.comparing(
            org.openhall.casefile.LicenceMaterialRef::requirementId))
            .map(l -> new LicenceMaterialView(l.requirementId(), l.licenceNumber())).toList(),
        c.basedOnLicence().orElse(null), c.licenceAction().orElse(null),
        deliveries.ofCase(c).stream().map(d -> DeliveryView.of(d, zone)).toList(),
        payments.of(c.caseNumber()).map(p -> PaymentView.of(p, zone)).orElse(null));
  }

  private OffsetDateTime at(java.time.Instant instant) {
    return instant.atZone(zone).toOffsetDateTime();
  }

  /** One line of the case list; {@code agentName} is null unless an agent filed the case. */
  /** A line of the applicant's case list; {@code basedOnLicence}, {@code licenceAction}: what it does to a held licence. */
  record CaseSummary(String caseNumber, String itemCode, String itemName, CaseStatus status,
      OffsetDateTime submittedAt, LocalDate dueDate, String applicantName, String agentName,
      String basedOnLicence, LicenceAction licenceAction,
      // for the pages' item name in the reader's language; not part of the API's case list
      @com.fasterxml.jackson.annotation.JsonIgnore String itemVersionId) {
  }

  /** The case; {@code agent} is null unless an agent filed it for the applicant. */
  record CaseView(String caseNumber, String itemCode, String itemName, CaseStatus status,
      Channel channel, OffsetDateTime submittedAt, OffsetDateTime acceptedAt, LocalDate dueDate,
      boolean dueDateProvisional, ClockView clock, List<TimelineEntry> timeline,
      CorrectionNoticeView correctionNotice, LicenceRef licence, WarningColour warning,
      LocalDate acceptanceDueDate, boolean acceptanceDueDateProvisional, List<ExtensionView> extensions,
      SpecialProcedureView specialProcedure, ApplicantView applicant, AgentView agent,
      List<LicenceMaterialView> licenceMaterials, String basedOnLicence, LicenceAction licenceAction,
      List<DeliveryView> deliveries, PaymentView payment) {
  }

  /**
   * 缴费: the fee the case owes or paid (null when its item asks for none before issue); {@code amount}
   * in yuan with two decimals, {@code amountFen} the same in fen; {@code status} DUE or PAID;
   * {@code method} BANK_WINDOW or ONLINE once paid.
   */
  record PaymentView(java.math.BigDecimal amount, long amountFen, String status, String method,
      OffsetDateTime paidAt, String reference) {

    static PaymentView of(Payment p, ZoneId zone) {
      return new PaymentView(java.math.BigDecimal.valueOf(p.amountFen(), 2), p.amountFen(),
          p.status().name(), p.method().map(Enum::name).orElse(null),
          p.paidAt().map(t -> t.atZone(zone).toOffsetDateTime()).orElse(null), p.reference().orElse(null));
    }
  }

  /**
   * 送达 as the applicant sees it: how the result was handed over; the collector's name and ID number
   * masked ({@code method}: COLLECTED_AT_WINDOW, POSTED, DOWNLOADED; {@code result}: LICENCE, DECISION).
   */
  record DeliveryView(String method, String result, String collectorNameMasked, String collectorIdMasked,
      String collectorRelation, OffsetDateTime deliveredAt, String carrier, String trackingNumber,
      LocalDate postedOn) {

    static DeliveryView of(org.openhall.delivery.Delivery d, ZoneId zone) {
      return new DeliveryView(d.method().name(), d.result().name(),
          d.collectorName().map(org.openhall.kernel.PublicNames::masked).orElse(null),
          d.collectorIdMasked().orElse(null), d.collectorRelation().orElse(null),
          d.deliveredAt().map(i -> i.atZone(zone).toOffsetDateTime()).orElse(null), d.carrier().orElse(null),
          d.trackingNumber().orElse(null), d.postedOn().orElse(null));
    }
  }

  /** 免提交: a held licence given by number for a material, checked at filing. */
  record LicenceMaterialView(String requirementId, String licenceNumber) {
  }

  /** 延期: what was asked, why, and what the head decided. */
  record ExtensionView(String extensionId, String status, int workingDays, String reason,
      OffsetDateTime requestedAt, OffsetDateTime decidedAt, String decisionNote) {
  }

  /** 特别程序: the kind, the working days it is expected to take, since when and until when. */
  record SpecialProcedureView(String kind, Integer expectedWorkingDays, LocalDate startedOn,
      LocalDate expectedEnd) {
  }

  /** The applicant on the case, the number masked (an agent sees the case too). */
  record ApplicantView(String name, PartyKind kind, String partyIdMasked) {
    static ApplicantView of(Applicant a) {
      String id = a.partyId() == null ? null : a.kind() == PartyKind.ENTITY
          ? CreditCode.mask(a.partyId()) : ResidentIdNumber.mask(a.partyId());
      return new ApplicantView(a.name(), a.kind(), id);
    }
  }

  /** 代办员: the agent who filed the case for its applicant. */
  record AgentView(String name) {
  }

  /** The clock from the ledger: API.md's two numbers plus extensions, state and the rows. */
  record ClockView(int workingDaysUsed, int stoppedWorkingDays, int extendedWorkingDays,
      boolean running, LocalDate legalDueDate, boolean legalDueDateProvisional, List<ClockEntryView> entries) {
  }

  /** One ledger row as the applicant sees it (START, STOP, RESUME, EXTENSION). */
  record ClockEntryView(String kind, String reason, String note, OffsetDateTime at,
      LocalDate effectiveOn, int workingDays, LocalDate dueDate) {
  }

  record TimelineEntry(OffsetDateTime at, String stage, String action, String actorRole, String note) {
  }

  record CorrectionNoticeView(List<CorrectionItem> items, OffsetDateTime issuedAt) {
  }

  /**
   * The case's licence with its status as of today (never the stored code alone): how it ended, what
   * it replaces, and the last day a renewal may be filed (null for a long-term licence).
   */
  record LicenceRef(String licenceNumber, String verificationCode, LicenceStatus status, LocalDate issuedOn,
      LocalDate validUntil, LocalDate endedOn, String supersedes, String supersededBy, LocalDate renewalBy) {

    static LicenceRef of(Licence l, LocalDate today) {
      return new LicenceRef(l.licenceNumber(), l.verificationCode(), l.statusOn(today), l.issuedOn(),
          l.validUntil(), l.endedOn().orElse(null), l.supersedes().orElse(null), l.supersededBy().orElse(null),
          l.validUntil() == null ? null : HeldLicencePolicy.lastRenewalFilingDay(l.validUntil()));
    }

    /** Whether its holder may still apply to change, renew or cancel it. */
    public boolean valid() {
      return status == LicenceStatus.VALID;
    }
  }
}
