package org.openhall.portal;

import java.security.Principal;
import java.util.List;
import org.openhall.complaint.ComplaintIntake;
import org.openhall.complaint.NewComplaint;
import org.openhall.identity.AccountDirectory;
import org.openhall.identity.AccountDirectory.Member;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 效能投诉 over JSON: an applicant complains about one of their cases or a department, and lists theirs. */
@RestController
@RequestMapping("/api/v1/complaints")
class ComplaintApi {

  private final AccountDirectory accounts;
  private final ComplaintIntake intake;
  private final ComplaintViews views;

  ComplaintApi(AccountDirectory accounts, ComplaintIntake intake, ComplaintViews views) {
    this.accounts = accounts;
    this.intake = intake;
    this.views = views;
  }

  /**
   * Files a complaint: 201 with its {@code complaintNumber} and {@code status} RECEIVED. 400
   * {@code VALIDATION_FAILED} with {@code errors[]} by field: no case nor department, a case that is
   * not the caller's, an unknown department, a category not in the list, no or too long content.
   */
  @PostMapping
  ResponseEntity<ComplaintViews.ComplaintView> file(Principal principal, @RequestBody ComplaintRequest request) {
    Member me = accounts.require(principal.getName());
    var complaint = intake.file(me, new NewComplaint(request.caseNumber(), request.departmentCode(),
        request.category(), request.content()));
    return ResponseEntity.status(HttpStatus.CREATED).body(views.view(complaint));
  }

  /** The caller's complaints, newest first. */
  @GetMapping
  List<ComplaintViews.ComplaintView> mine(Principal principal) {
    Member me = accounts.require(principal.getName());
    return intake.complaintsOf(me).stream().map(views::view).toList();
  }

  /**
   * {@code caseNumber} and/or {@code departmentCode}; {@code category}: DELAY, ATTITUDE, EXTRA_FEES,
   * EXTRA_DEMANDS, GUIDE_INACCURATE or OTHER; {@code content}: at most 1000 characters.
   */
  record ComplaintRequest(String caseNumber, String departmentCode, String category, String content) {
  }
}
