package org.openhall.console;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openhall.casefile.CaseFiling.Check;
import org.openhall.casefile.CorrectionItem;
import org.openhall.casefile.MaterialRef;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.identity.PartyKind;
import org.openhall.identity.WalkInRegistration.WalkIn;
import org.openhall.kernel.DomainException;
import org.openhall.material.Material;
import org.openhall.workflow.WindowIntake;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * 一窗受理 (walk-in intake) for clerks: find or register the applicant, upload their materials on their
 * behalf, and take the application in with the acceptance decision (docs/api-additions.md).
 */
@RestController
@RequestMapping("/api/v1/console/intake")
class IntakeApi {

  private final IntakeDesk desk;

  IntakeApi(IntakeDesk desk) {
    this.desk = desk;
  }

  /** The applicant account with exactly this ID number or credit code; 404 INTAKE_APPLICANT_NOT_FOUND. */
  @GetMapping("/applicants")
  IntakeDesk.ApplicantView find(Principal principal, @RequestParam String number) {
    desk.clerk(principal.getName());
    return desk.find(number).map(IntakeDesk.ApplicantView::of)
        .orElseThrow(() -> DomainException.notFound("INTAKE_APPLICANT_NOT_FOUND"));
  }

  /**
   * Finds the applicant by their number, or registers them on the spot: 201 for a new record, 200 for
   * one found. 400 VALIDATION_FAILED with one error per faulty field (check digits included).
   */
  @PostMapping("/applicants")
  ResponseEntity<IntakeDesk.ApplicantView> register(Principal principal, @RequestBody ApplicantRequest request) {
    Member clerk = desk.clerk(principal.getName());
    WalkIn walkIn = request.toWalkIn();
    boolean known = walkIn.kind() != null && walkIn.partyId() != null && desk.find(walkIn.partyId()).isPresent();
    Member m = desk.findOrRegister(clerk, walkIn);
    return ResponseEntity.status(known ? HttpStatus.OK : HttpStatus.CREATED).body(IntakeDesk.ApplicantView.of(m));
  }

  /** A scan uploaded into the applicant's vault on their behalf: 201 the material. */
  @PostMapping(path = "/applicants/{applicantId}/materials", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<MaterialUploaded> upload(Principal principal, @PathVariable String applicantId,
      @RequestParam("file") MultipartFile file) throws IOException {
    desk.clerk(principal.getName());
    Material m = desk.upload(desk.applicant(applicantId), file.getOriginalFilename(), file.getBytes());
    return ResponseEntity.status(HttpStatus.CREATED).body(new MaterialUploaded(m.id(), m.fileName(),
        m.mediaType(), m.size(), m.sha256()));
  }

  /**
   * Takes the walk-in's application in: 201 the case (number, status, documents with their download
   * addresses). 403 INTAKE_ITEM_NOT_YOURS for another department's item; 400 as online filing, plus the
   * applicant's and the decision's fields.
   */
  @PostMapping
  ResponseEntity<IntakeDesk.IntakeView> intake(Principal principal, @RequestBody IntakeRequest request,
      Locale locale) {
    Member clerk = desk.clerk(principal.getName());
    IntakeDesk.IntakeView view = desk.take(clerk, request.toApplication(), locale);
    return ResponseEntity.created(URI.create("/api/v1/console/cases/" + view.caseNumber())).body(view);
  }

  /** The applicant's legal representative (法定代表人), for a company. */
  record LegalRepresentative(String name, String idNumber) {
  }

  /** A walk-in applicant: {@code kind} PERSON (idNumber) or ENTITY (creditCode, legalRepresentative). */
  record ApplicantRequest(PartyKind kind, String name, String idNumber, String creditCode, String phone,
      LegalRepresentative legalRepresentative) {

    WalkIn toWalkIn() {
      return new WalkIn(kind, name, idNumber, creditCode, phone,
          legalRepresentative == null ? null : legalRepresentative.name(),
          legalRepresentative == null ? null : legalRepresentative.idNumber());
    }
  }

  /** One material: the file from the applicant's vault (optional for a material the decision lists) and the ticks. */
  record MaterialRequest(String requirementId, String materialId, Boolean originalSeen, Boolean copiesTaken) {
  }

  /** The decision: {@code outcome} ACCEPTED (default), NOT_ACCEPTED (with reasons), CORRECTION_REQUIRED (with missing). */
  record DecisionRequest(WindowIntake.Outcome outcome, String opinion, String reasons,
      List<CorrectionItem> missing) {
  }

  record IntakeRequest(ApplicantRequest applicant, String itemCode, Map<String, String> formData,
      List<MaterialRequest> materials, DecisionRequest decision) {

    WindowIntake.Application toApplication() {
      List<MaterialRequest> given = materials == null ? List.of() : materials;
      DecisionRequest d = decision == null ? new DecisionRequest(null, null, null, null) : decision;
      return new WindowIntake.Application(applicant == null ? null : applicant.toWalkIn(), itemCode, formData,
          given.stream().filter(m -> m != null && m.materialId() != null && !m.materialId().isBlank())
              .map(m -> new MaterialRef(m.requirementId(), m.materialId())).toList(),
          given.stream().filter(m -> m != null && m.requirementId() != null)
              .map(m -> new Check(m.requirementId(), Boolean.TRUE.equals(m.originalSeen()),
                  Boolean.TRUE.equals(m.copiesTaken()))).toList(),
          d.outcome(), d.opinion(), d.reasons(), d.missing());
    }
  }

  record MaterialUploaded(String materialId, String fileName, String mediaType, long size, String sha256) {
  }
}
