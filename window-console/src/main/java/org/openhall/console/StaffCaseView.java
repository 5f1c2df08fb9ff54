package org.openhall.console;

import org.openhall.casefile.CaseAccessPolicy;
import org.openhall.casefile.LicenceAction;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.openhall.casefile.Case;
import org.openhall.casefile.CaseStatus;
import org.openhall.casefile.Channel;
import org.openhall.casefile.CorrectionItem;
import org.openhall.casefile.MaterialRef;
import org.openhall.identity.PartyKind;

/**
 * The full case as staff of its departments see it, the applicant's data unmasked; {@code agent}
 * is the agent who filed for the applicant under a mandate (null when the applicant filed).
 */
record StaffCaseView(String caseNumber, String itemCode, String itemName, String departmentCode,
    CaseStatus status, Channel channel, Applicant applicant, OffsetDateTime submittedAt,
    OffsetDateTime acceptedAt, LocalDate dueDate, LocalDate legalDueDate,
    boolean dueDateProvisional, Map<String, String> formData, List<MaterialRef> materials,
    List<CorrectionItem> correctionItems, List<Step> timeline, List<String> outstandingDeferrables,
    List<ClockRow> clock, List<String> coDepartments, String access, LocalDate acceptanceDueDate,
    boolean figuresProvisional, List<Step> reviews, List<Extension> extensions,
    SpecialProcedure specialProcedure, AgentRef agent, List<GivenLicence> licenceMaterials,
    String basedOnLicence, LicenceAction licenceAction, List<MaterialCopy> materialCopies,
    List<DeliveryRow> deliveries) {

  static StaffCaseView of(Case c, Map<String, String> formData, ZoneId zone, CaseAccessPolicy.Access access,
      List<GivenLicence> licenceMaterials, List<MaterialCopy> materialCopies,
      java.util.function.Function<String, String> actorNames, List<DeliveryRow> deliveries) {
    var a = c.applicant();
    return new StaffCaseView(c.caseNumber(), c.itemCode(), c.itemName(), c.departmentCode(),
        c.status(), c.channel(), new Applicant(a.name(), a.kind(), a.partyId(), a.phone()),
        c.submittedAt().atZone(zone).toOffsetDateTime(),
        c.acceptedAt().map(i -> i.atZone(zone).toOffsetDateTime()).orElse(null),
        c.dueDate().orElse(null), c.legalDueDate().orElse(null), c.dueDateProvisional(),
        formData, List.copyOf(c.materials()), c.correctionItems(),
        c.timeline().stream().map(e -> new Step(e.at().atZone(zone).toOffsetDateTime(),
            e.stage().name(), e.action().name(), e.actorRole(), e.departmentCode(), e.note(),
            actorNames.apply(e.actorId()))).toList(),
        c.outstandingDeferrables(),
        c.clockEntries().stream().map(e -> new ClockRow(e.kind().name(), e.reason().name(),
            e.note(), e.actorRole(), e.at().atZone(zone).toOffsetDateTime(), e.effectiveOn(),
            e.workingDays(), e.dueDate(), e.legalDueDate())).toList(),
        c.coDepartments(), access.name(), c.clock().acceptanceDue().orElse(null), c.clock().provisional(),
        c.currentReviews().stream().map(e -> new Step(e.at().atZone(zone).toOffsetDateTime(),
            e.stage().name(), e.action().name(), e.actorRole(),
            e.departmentCode() == null ? c.departmentCode() : e.departmentCode(), e.note(),
            actorNames.apply(e.actorId()))).toList(),
        c.extensions().stream().map(x -> new Extension(x.id(), x.status().name(), x.workingDays(), x.reason(),
            x.requestedAt().atZone(zone).toOffsetDateTime(), x.decisionNote().orElse(null))).toList(),
        c.clock().specialProcedure().map(k -> new SpecialProcedure(k.name(),
            c.clock().specialExpectedDays().orElse(null), c.clock().specialExpectedEnd().orElse(null)))
            .orElse(null),
        c.agent().map(g -> new AgentRef(g.name(), g.mandateId())).orElse(null), licenceMaterials,
        c.basedOnLicence().orElse(null), c.licenceAction().orElse(null), materialCopies, deliveries);
  }

  /**
   * 送达: one handing-over of the result ({@code method}: COLLECTED_AT_WINDOW, POSTED, DOWNLOADED; {@code
   * result}: LICENCE, DECISION); the collector's ID number masked, as on every list.
   */
  record DeliveryRow(String deliveryId, String method, String result, String collectorName,
      String collectorIdMasked, String collectorRelation, OffsetDateTime deliveredAt, String carrier,
      String trackingNumber, LocalDate postedOn, OffsetDateTime recordedAt, String recordedBy) {

    static DeliveryRow of(org.openhall.delivery.Delivery d, ZoneId zone) {
      return new DeliveryRow(d.id(), d.method().name(), d.result().name(), d.collectorName().orElse(null),
          d.collectorIdMasked().orElse(null), d.collectorRelation().orElse(null),
          d.deliveredAt().map(i -> i.atZone(zone).toOffsetDateTime()).orElse(null), d.carrier().orElse(null),
          d.trackingNumber().orElse(null), d.postedOn().orElse(null),
          d.recordedAt().atZone(zone).toOffsetDateTime(), d.recordedByName().orElse(null));
    }
  }

  /** One row of the case's clock ledger. */
  record ClockRow(String kind, String reason, String note, String actorRole, OffsetDateTime at,
      LocalDate effectiveOn, int workingDays, LocalDate dueDate, LocalDate legalDueDate) {
  }

  record Applicant(String name, PartyKind kind, String idNumber, String phone) {
  }

  /**
   * One timeline row; {@code departmentCode} names a co-department that gave it, {@code actorName} the
   * person who acted (null for the system).
   */
  record Step(OffsetDateTime at, String stage, String action, String actorRole, String departmentCode,
      String note, String actorName) {
  }

  /** 延期: a request and what became of it. */
  record Extension(String extensionId, String status, int workingDays, String reason,
      OffsetDateTime requestedAt, String decisionNote) {
  }

  /** 特别程序 running now. */
  record SpecialProcedure(String kind, Integer expectedWorkingDays, LocalDate expectedEnd) {
  }

  /** 代办员 and the mandate they filed under. */
  record AgentRef(String name, String mandateId) {
  }

  /**
   * 免提交: a licence the applicant held, given for a material instead of a file, checked at filing
   * against the register (holder, validity, item): {@code verified} says so; {@code status} as of today.
   */
  record GivenLicence(String requirementId, String requirementName, String licenceNumber,
      String title, String issuer, String holderName, LocalDate issuedOn, LocalDate validUntil,
      String status, boolean verified, String pdf) {
  }

  /**
   * One file given for a required material, named by the requirement; {@code current} is false for a
   * copy a later one replaced (补正); {@code href} opens it inline (API) for staff who may see the case.
   */
  record MaterialCopy(String requirementId, String requirementName, String materialId, String fileName,
      String mediaType, long size, OffsetDateTime uploadedAt, boolean current, String href) {

    public boolean image() {
      return mediaType.startsWith("image/");
    }
  }
}
