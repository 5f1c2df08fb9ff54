package org.openhall.console;

import java.security.Principal;
import java.time.LocalDate;
import org.openhall.casefile.CaseSearch.CaseQuery;
import org.openhall.casefile.CaseStatus;
import org.openhall.identity.AccountDirectory;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 办件查询 for staff: finding cases in their departments, and opening the files given on one. */
@RestController
@RequestMapping("/api/v1/console/cases")
class StaffCaseApi {

  private final AccountDirectory accounts;
  private final StaffCases staffCases;

  StaffCaseApi(AccountDirectory accounts, StaffCases staffCases) {
    this.accounts = accounts;
    this.staffCases = staffCases;
  }

  /**
   * A page (from 0, at most 100 a page) of the cases the caller may see, newest filing first, with the
   * total: {@code q} is a case number or an ID number or credit code (exact, ignoring case and spaces)
   * or part of the applicant's name; {@code from} and {@code to} bound the day filed.
   */
  @GetMapping
  StaffCases.Found search(Principal principal, @RequestParam(required = false) String q,
      @RequestParam(required = false) String itemCode, @RequestParam(required = false) CaseStatus status,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    return staffCases.search(new CaseQuery(q, itemCode, status, from, to),
        accounts.require(principal.getName()), page, size);
  }

  /** A file given for a material of the case, inline; 404 for cases the caller may not see. */
  @GetMapping("/{caseNumber}/materials/{materialId}")
  ResponseEntity<byte[]> material(Principal principal, @PathVariable String caseNumber,
      @PathVariable String materialId) {
    return StaffCasePages.inline(staffCases.material(caseNumber, materialId, accounts.require(principal.getName())));
  }
}
