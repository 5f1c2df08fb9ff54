package org.openhall.console;

import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.openhall.enquiry.Enquiry;
import org.openhall.enquiry.EnquiryLog;
import org.openhall.enquiry.EnquirySearch;
import org.openhall.enquiry.NewEnquiry;
import org.openhall.identity.AccountDirectory;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.kernel.DomainException;
import org.openhall.organisation.DepartmentDirectory;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 首问负责登记 over JSON: recording an enquiry and searching the caller's departments' log. */
@RestController
@RequestMapping("/api/v1/console/enquiries")
class EnquiryApi {

  private final AccountDirectory accounts;
  private final EnquiryLog log;
  private final DepartmentDirectory departments;
  private final Clock clock;

  EnquiryApi(AccountDirectory accounts, EnquiryLog log, DepartmentDirectory departments, Clock clock) {
    this.accounts = accounts;
    this.log = log;
    this.departments = departments;
    this.clock = clock;
  }

  /**
   * Records an enquiry answered by the caller: 201 with the enquiry (the phone in full for the one
   * who typed it). {@code departmentCode} may be left out by staff of one department. 400
   * {@code VALIDATION_FAILED} with {@code errors[]} naming each field.
   */
  @PostMapping
  ResponseEntity<EnquiryView> record(Principal principal, @RequestBody NewEnquiry request) {
    Enquiry e = log.record(accounts.require(principal.getName()), request);
    return ResponseEntity.created(URI.create("/api/v1/console/enquiries/" + e.id()))
        .body(view(e).withPhone(e.askerPhone().orElse(null)));
  }

  /**
   * The enquiries of the caller's departments (all for ADMIN), newest first, with phones masked;
   * {@code q} searches the asker, question, answer, referral and item; {@code from}/{@code to}
   * are days, both included. 400 {@code PAGE_INVALID}, {@code ENQUIRY_PERIOD_INVALID}.
   */
  @GetMapping
  PageView<EnquiryView> search(Principal principal, @RequestParam(required = false) String q,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String department,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    if (page < 0 || size < 1 || size > 100) {
      throw DomainException.invalid("PAGE_INVALID", page, size);
    }
    Member me = accounts.require(principal.getName());
    Page<EnquiryView> found = log.search(me, new EnquirySearch(q, from, to, department), page, size)
        .map(this::view);
    return new PageView<>(found.getContent(), found.getNumber(), found.getSize(),
        found.getTotalElements(), found.getTotalPages());
  }

  /** One enquiry of the caller's departments, phone masked; 404 {@code ENQUIRY_NOT_FOUND} otherwise. */
  @GetMapping("/{enquiryId}")
  EnquiryView one(Principal principal, @PathVariable String enquiryId) {
    return view(log.find(accounts.require(principal.getName()), enquiryId));
  }

  private EnquiryView view(Enquiry e) {
    return EnquiryView.of(e, departments.nameOf(e.departmentCode()), clock.getZone());
  }

  /** A page of results with the total, as every paged list of the API answers. */
  record PageView<T>(List<T> content, int page, int size, long totalElements, int totalPages) {
  }
}
