package org.openhall.portal;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.openhall.casefile.Case;
import org.openhall.casefile.CaseAcceptance;
import org.openhall.casefile.CaseFiling;
import org.openhall.casefile.CaseFiling.Filed;
import org.openhall.casefile.CaseFiling.Submission;
import org.openhall.casefile.CaseWithdrawal;
import org.openhall.casefile.CaseStatus;
import org.openhall.casefile.Channel;
import org.openhall.casefile.LicenceAction;
import org.openhall.casefile.LicenceMaterialRef;
import org.openhall.casefile.MaterialRef;
import org.openhall.identity.AccountDirectory;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.identity.Role;
import org.openhall.kernel.DomainException;
import org.openhall.licence.LicenceIssuing;
import org.openhall.material.Material;
import org.openhall.material.MaterialVault;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The applicant's API: the material vault, filing, following and withdrawing cases, the licence. */
@RestController
@RequestMapping("/api/v1")
class ApplicantApi {

  private final AccountDirectory accounts;
  private final MaterialVault vault;
  private final CaseFiling filing;
  private final CaseAcceptance acceptance;
  private final CaseWithdrawal withdrawal;
  private final CaseViews views;
  private final LicenceIssuing licences;
  private final ResultDownloads downloads;
  private final org.openhall.draft.ApplicationDrafting drafts;

  ApplicantApi(AccountDirectory accounts, MaterialVault vault, CaseFiling filing, CaseAcceptance acceptance,
      CaseWithdrawal withdrawal, CaseViews views, LicenceIssuing licences, ResultDownloads downloads,
      org.openhall.draft.ApplicationDrafting drafts) {
    this.drafts = drafts;
    this.downloads = downloads;
    this.accounts = accounts;
    this.vault = vault;
    this.filing = filing;
    this.acceptance = acceptance;
    this.withdrawal = withdrawal;
    this.views = views;
    this.licences = licences;
  }

  @PostMapping(path = "/materials", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<MaterialView> upload(Principal principal, @RequestParam("file") MultipartFile file)
      throws IOException {
    Member me = accounts.require(principal.getName());
    Material m = vault.store(me.id(), file.getOriginalFilename(), file.getBytes());
    return ResponseEntity.status(HttpStatus.CREATED).body(MaterialView.of(m));
  }

  @GetMapping("/materials")
  List<MaterialView> materials(Principal principal) {
    Member me = accounts.require(principal.getName());
    return vault.vaultOf(me.id()).stream().map(MaterialView::of).toList();
  }

  @PostMapping("/cases")
  ResponseEntity<Submitted> submit(Principal principal,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
      @RequestBody CaseRequest request) {
    Member me = accounts.require(principal.getName());
    if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 100) {
      throw DomainException.invalid("IDEMPOTENCY_KEY_MISSING");
    }
    boolean agent = me.has(Role.AGENT);
    Filed filed = filing.submit(new Submission(me, agent ? "AGENT" : "APPLICANT",
        agent ? Channel.AGENT : Channel.ONLINE, request.itemCode(), request.formData(),
        MaterialEntry.files(request.materials()), idempotencyKey.strip(), request.onBehalfOf(),
        MaterialEntry.licences(request.materials()), request.basedOnLicence(), request.licenceAction()));
    Case c = filed.filedCase();
    if (filed.created()) {
      // the application is filed: its draft (申请草稿) has served its purpose
      drafts.filed(me, c.itemCode());
    }
    Submitted body = new Submitted(c.caseNumber(), c.status(), views.summary(c).submittedAt());
    return filed.created()
        ? ResponseEntity.created(URI.create("/api/v1/cases/" + c.caseNumber())).body(body)
        : ResponseEntity.ok(body);
  }

  @GetMapping("/cases")
  List<CaseViews.CaseSummary> cases(Principal principal) {
    Member me = accounts.require(principal.getName());
    return views.summariesOf(me.id());
  }

  @GetMapping("/cases/{caseNumber}")
  CaseViews.CaseView caseOf(Principal principal, @PathVariable String caseNumber) {
    Member me = accounts.require(principal.getName());
    return views.viewOwned(caseNumber, me);
  }

  @PostMapping("/cases/{caseNumber}/supplements")
  CaseViews.CaseView supplement(Principal principal, @PathVariable String caseNumber,
      @RequestBody SupplementRequest request) {
    Member me = accounts.require(principal.getName());
    acceptance.supplement(caseNumber, me, MaterialEntry.files(request.materials()),
        request.explanations(), MaterialEntry.licences(request.materials()));
    return views.viewOwned(caseNumber, me);
  }

  @PostMapping("/cases/{caseNumber}/withdrawal")
  CaseViews.CaseView withdraw(Principal principal, @PathVariable String caseNumber,
      @RequestBody(required = false) WithdrawalRequest request) {
    Member me = accounts.require(principal.getName());
    withdrawal.withdraw(caseNumber, me, request == null ? null : request.reason());
    return views.viewOwned(caseNumber, me);
  }

  @GetMapping("/cases/{caseNumber}/licence.pdf")
  ResponseEntity<byte[]> licence(Principal principal, @PathVariable String caseNumber) {
    Member me = accounts.require(principal.getName());
    views.viewOwned(caseNumber, me);
    byte[] pdf = licences.pdfOf(caseNumber);
    downloads.licence(caseNumber, me);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("licence-" + caseNumber + ".pdf").build().toString())
        .body(pdf);
  }

  /**
   * A filing; {@code basedOnLicence} (a licence number the applicant holds) with {@code licenceAction}
   * (CHANGE, RENEWAL or CANCELLATION) applies to change, renew or cancel it (ADR 0013).
   */
  record CaseRequest(String itemCode, Map<String, String> formData, List<MaterialEntry> materials,
      String onBehalfOf, String basedOnLicence, LicenceAction licenceAction) {
  }

  /**
   * A material given for a requirement: a file of the vault ({@code materialId}) or, where the
   * requirement accepts one, a licence the applicant holds ({@code licenceNumber}, 免提交).
   */
  record MaterialEntry(String requirementId, String materialId, String licenceNumber) {

    boolean isLicence() {
      return licenceNumber != null && !licenceNumber.isBlank();
    }

    static List<MaterialRef> files(List<MaterialEntry> entries) {
      return entries == null ? List.of() : entries.stream().filter(e -> e == null || !e.isLicence())
          .map(e -> e == null ? null : new MaterialRef(e.requirementId(), e.materialId())).toList();
    }

    static List<LicenceMaterialRef> licences(List<MaterialEntry> entries) {
      return entries == null ? List.of() : entries.stream().filter(e -> e != null && e.isLicence())
          .map(e -> new LicenceMaterialRef(e.requirementId(), e.licenceNumber())).toList();
    }
  }

  /**
   * 补正: a material (a file, or a held licence where the material takes one) for each item of the
   * correction notice, or a written explanation instead ({@code explanations}: requirement id → text).
   */
  record SupplementRequest(List<MaterialEntry> materials, Map<String, String> formData,
      Map<String, String> explanations) {
  }

  record WithdrawalRequest(String reason) {
  }

  record Submitted(String caseNumber, CaseStatus status, OffsetDateTime submittedAt) {
  }

  record MaterialView(String materialId, String fileName, String mediaType, long size, String sha256) {
    static MaterialView of(Material m) {
      return new MaterialView(m.id(), m.fileName(), m.mediaType(), m.size(), m.sha256());
    }
  }
}
