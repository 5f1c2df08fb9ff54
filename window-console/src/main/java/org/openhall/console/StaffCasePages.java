package org.openhall.console;

import java.security.Principal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openhall.casefile.CaseSearch.CaseQuery;
import org.openhall.casefile.CaseStatus;
import org.openhall.catalogue.Catalogue;
import org.openhall.identity.AccountDirectory;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 办件查询 and the staff case page: find a case of one's departments and see all of it. */
@Controller
@RequestMapping("/console/cases")
class StaffCasePages {

  static final int PAGE_SIZE = 20;

  /** An image served to staff may be anything an applicant uploaded: never run it as our page. */
  static final String FILE_POLICY = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";
  /**
   * A PDF opens in the browser's own viewer, which a sandbox or {@code object-src 'none'} would block
   * (Chromium refuses to show a sandboxed PDF): only framing is restricted. The upload was checked as a
   * PDF by its content, and nosniff keeps the browser from reading it as anything else.
   */
  static final String PDF_POLICY = "frame-ancestors 'self'";

  private final AccountDirectory accounts;
  private final StaffCases staffCases;
  private final CaseDetails caseDetails;
  private final Catalogue catalogue;

  StaffCasePages(AccountDirectory accounts, StaffCases staffCases, CaseDetails caseDetails,
      Catalogue catalogue) {
    this.accounts = accounts;
    this.staffCases = staffCases;
    this.caseDetails = caseDetails;
    this.catalogue = catalogue;
  }

  @GetMapping
  String find(Principal principal, @RequestParam(required = false) String q,
      @RequestParam(required = false) String itemCode, @RequestParam(required = false) CaseStatus status,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "0") int page, Model model) {
    Map<String, String> items = new LinkedHashMap<>();
    catalogue.search(null, null, null, PageRequest.of(0, 500)).forEach(v -> items.put(v.code(), v.name()));
    model.addAttribute("items", items);
    model.addAttribute("statuses", CaseStatus.values());
    model.addAttribute("q", q);
    model.addAttribute("itemCode", itemCode);
    model.addAttribute("status", status);
    model.addAttribute("from", from);
    model.addAttribute("to", to);
    model.addAttribute("found", staffCases.search(new CaseQuery(q, itemCode, status, from, to),
        accounts.require(principal.getName()), page, PAGE_SIZE));
    return "console/cases";
  }

  @GetMapping("/{caseNumber}")
  String show(@PathVariable String caseNumber, Principal principal, Model model, Locale locale) {
    caseDetails.fill(model, caseNumber, accounts.require(principal.getName()), locale);
    return "console/case";
  }

  /** A file given for a material of the case, opened in the browser; 404 for cases the caller may not see. */
  @GetMapping("/{caseNumber}/materials/{materialId}")
  ResponseEntity<byte[]> material(@PathVariable String caseNumber, @PathVariable String materialId,
      Principal principal) {
    return inline(staffCases.material(caseNumber, materialId, accounts.require(principal.getName())));
  }

  static ResponseEntity<byte[]> inline(StaffCases.OpenedMaterial m) {
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(m.mediaType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename(m.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy",
            MediaType.APPLICATION_PDF_VALUE.equals(m.mediaType()) ? PDF_POLICY : FILE_POLICY)
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .body(m.content());
  }
}
