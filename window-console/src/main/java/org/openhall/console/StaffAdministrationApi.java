package org.openhall.console;

import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.openhall.identity.AccountDirectory;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.identity.RoleGrant;
import org.openhall.staff.AdminAuditEntry;
import org.openhall.staff.DepartmentForm;
import org.openhall.staff.PasswordReset;
import org.openhall.staff.StaffAdministration;
import org.openhall.staff.StaffForm;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 人员与部门 over JSON (ADMIN): departments, staff accounts with roles per department, the audit. */
@RestController
@RequestMapping("/api/v1/console/admin")
class StaffAdministrationApi {

  private final AccountDirectory accounts;
  private final StaffAdministration administration;

  StaffAdministrationApi(AccountDirectory accounts, StaffAdministration administration) {
    this.accounts = accounts;
    this.administration = administration;
  }

  @GetMapping("/departments")
  List<DepartmentView> departments() {
    return administration.departments().entrySet().stream()
        .map(e -> new DepartmentView(e.getKey(), e.getValue())).toList();
  }

  /** 201 with the department; 400 {@code VALIDATION_FAILED} naming each field (code taken too). */
  @PostMapping("/departments")
  ResponseEntity<DepartmentView> createDepartment(Principal principal, @RequestBody DepartmentForm form) {
    administration.createDepartment(me(principal), form);
    String code = form.code().strip().toUpperCase(java.util.Locale.ROOT);
    return ResponseEntity.created(URI.create("/api/v1/console/admin/departments/" + code))
        .body(new DepartmentView(code, administration.departments().get(code)));
  }

  @PutMapping("/departments/{code}")
  DepartmentView renameDepartment(Principal principal, @PathVariable String code,
      @RequestBody DepartmentForm form) {
    administration.renameDepartment(me(principal), code, form);
    return new DepartmentView(code, administration.departments().get(code));
  }

  @GetMapping("/staff")
  List<StaffView> staff() {
    return administration.staff().stream().map(StaffView::of).toList();
  }

  @GetMapping("/staff/{username}")
  StaffView staffMember(@PathVariable String username) {
    return StaffView.of(administration.staffMember(username));
  }

  /**
   * 201 with the account and its one-time {@code temporaryPassword}, which the person must change
   * at first sign-in; 400 {@code VALIDATION_FAILED} naming each field.
   */
  @PostMapping("/staff")
  ResponseEntity<CreatedStaff> createStaff(Principal principal, @RequestBody StaffForm form) {
    PasswordReset created = administration.createStaff(me(principal), form);
    return ResponseEntity.created(URI.create("/api/v1/console/admin/staff/" + created.username()))
        .body(new CreatedStaff(StaffView.of(administration.staffMember(created.username())),
            created.temporaryPassword()));
  }

  /** Display name and roles per department. */
  @PutMapping("/staff/{username}")
  StaffView changeStaff(Principal principal, @PathVariable String username, @RequestBody StaffForm form) {
    return StaffView.of(administration.changeStaff(me(principal), username, form));
  }

  /** 409 {@code ADMIN_CANNOT_DISABLE_SELF} for the caller's own account. */
  @PostMapping("/staff/{username}/disable")
  StaffView disable(Principal principal, @PathVariable String username) {
    return StaffView.of(administration.disable(me(principal), username));
  }

  @PostMapping("/staff/{username}/enable")
  StaffView enable(Principal principal, @PathVariable String username) {
    return StaffView.of(administration.enable(me(principal), username));
  }

  /**
   * Sets {@code password} when given, else a generated temporary password returned once; either
   * way the person must change it at the next sign-in.
   */
  @PostMapping("/staff/{username}/password-reset")
  PasswordReset resetPassword(Principal principal, @PathVariable String username,
      @RequestBody(required = false) Map<String, String> body) {
    return administration.resetPassword(me(principal), username, body == null ? null : body.get("password"));
  }

  @GetMapping("/audit")
  AuditPage audit(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    Page<AdminAuditEntry> found = administration.audit(page, size);
    return new AuditPage(found.getContent().stream().map(AuditView::of).toList(), found.getNumber(),
        found.getSize(), found.getTotalElements(), found.getTotalPages());
  }

  private Member me(Principal principal) {
    return accounts.require(principal.getName());
  }

  record DepartmentView(String code, String name) {
  }

  record GrantView(String departmentCode, String role) {
  }

  /** A staff account as the administrator sees it: never its password hash. */
  record StaffView(String username, String displayName, List<GrantView> grants, boolean enabled,
      boolean mustChangePassword, boolean locked) {

    static StaffView of(Member m) {
      return new StaffView(m.username(), m.displayName(), m.grants().stream()
          .sorted(Comparator.comparing(RoleGrant::departmentCode).thenComparing(RoleGrant::role))
          .map(g -> new GrantView(g.departmentCode(), g.role().name())).toList(),
          m.enabled(), m.mustChangePassword(), m.locked());
    }
  }

  record CreatedStaff(StaffView staff, String temporaryPassword) {
  }

  record AuditView(Instant at, String actor, String action, String targetKind, String target,
      String before, String after) {

    static AuditView of(AdminAuditEntry e) {
      return new AuditView(e.at(), e.actor(), e.action(), e.targetKind(), e.target(), e.before(), e.after());
    }
  }

  record AuditPage(List<AuditView> content, int page, int size, long totalElements, int totalPages) {
  }
}
