package org.openhall.console;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openhall.identity.AccountDirectory;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.identity.RoleGrant;
import org.openhall.kernel.DomainException;
import org.openhall.kernel.Texts;
import org.openhall.staff.AdminAuditEntry;
import org.openhall.staff.DepartmentForm;
import org.openhall.staff.PasswordReset;
import org.openhall.staff.StaffAdministration;
import org.openhall.staff.StaffForm;
import org.openhall.staff.StaffForm.GrantForm;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 人员与部门 pages (ADMIN): departments, staff cards with their roles per department, the forms to
 * add and change them, and the admin audit. A refused form comes back as typed, each problem
 * beside its field.
 */
@Controller
@RequestMapping("/console/staff")
class StaffPages {

  static final int AUDIT_PAGE_SIZE = 20;
  /** Empty grant rows offered on a form, beyond the rows already held. */
  static final int SPARE_GRANT_ROWS = 3;

  private final AccountDirectory accounts;
  private final StaffAdministration administration;
  private final Texts texts;

  StaffPages(AccountDirectory accounts, StaffAdministration administration, Texts texts) {
    this.accounts = accounts;
    this.administration = administration;
    this.texts = texts;
  }

  @GetMapping
  String overview(@RequestParam(defaultValue = "0") int auditPage, Model model) {
    return overview(model, new DepartmentForm("", ""), Map.of(), blankStaff(), Map.of(), auditPage);
  }

  @PostMapping("/departments")
  String createDepartment(Principal principal, @RequestParam(defaultValue = "") String code,
      @RequestParam(defaultValue = "") String name, Model model, RedirectAttributes redirect, Locale locale) {
    DepartmentForm form = new DepartmentForm(code, name);
    try {
      administration.createDepartment(me(principal), form);
      redirect.addFlashAttribute("notice", texts.of("staff.department.created", locale, code.strip().toUpperCase(Locale.ROOT)));
      return "redirect:/console/staff";
    } catch (DomainException e) {
      return overview(model, form, errors(e, texts, locale), blankStaff(), Map.of(), 0);
    }
  }

  @PostMapping("/departments/{code}")
  String renameDepartment(Principal principal, @PathVariable String code, @RequestParam(defaultValue = "") String name,
      RedirectAttributes redirect, Locale locale) {
    try {
      administration.renameDepartment(me(principal), code, new DepartmentForm(code, name));
      redirect.addFlashAttribute("notice", texts.of("staff.department.renamed", locale, code));
    } catch (DomainException e) {
      redirect.addFlashAttribute("failure", String.join(" ", errors(e, texts, locale).values()));
    }
    return "redirect:/console/staff";
  }

  @PostMapping
  String createStaff(Principal principal, @RequestParam(defaultValue = "") String username,
      @RequestParam(defaultValue = "") String displayName,
      @RequestParam(required = false) List<String> grantDepartment,
      @RequestParam(required = false) List<String> grantRole,
      Model model, RedirectAttributes redirect, Locale locale) {
    StaffForm form = new StaffForm(username, displayName, grants(grantDepartment, grantRole));
    try {
      PasswordReset created = administration.createStaff(me(principal), form);
      redirect.addFlashAttribute("notice", texts.of("staff.created", locale, created.username(),
          created.temporaryPassword()));
      return "redirect:/console/staff";
    } catch (DomainException e) {
      return overview(model, new DepartmentForm("", ""), Map.of(), withSpareRows(form), errors(e, texts, locale), 0);
    }
  }

  @GetMapping("/{username}")
  String edit(@PathVariable String username, Model model) {
    Member m = administration.staffMember(username);
    List<GrantForm> held = m.grants().stream()
        .sorted(java.util.Comparator.comparing(RoleGrant::departmentCode).thenComparing(RoleGrant::role))
        .map(g -> new GrantForm(g.departmentCode(), g.role().name())).toList();
    return edit(m, withSpareRows(new StaffForm(m.username(), m.displayName(), held)), Map.of(), model);
  }

  @PostMapping("/{username}")
  String change(Principal principal, @PathVariable String username,
      @RequestParam(defaultValue = "") String displayName,
      @RequestParam(required = false) List<String> grantDepartment,
      @RequestParam(required = false) List<String> grantRole,
      Model model, RedirectAttributes redirect, Locale locale) {
    StaffForm form = new StaffForm(username, displayName, grants(grantDepartment, grantRole));
    try {
      administration.changeStaff(me(principal), username, form);
      redirect.addFlashAttribute("notice", texts.of("staff.changed", locale, username));
      return "redirect:/console/staff";
    } catch (DomainException e) {
      return edit(administration.staffMember(username), withSpareRows(form), errors(e, texts, locale), model);
    }
  }

  @PostMapping("/{username}/disable")
  String disable(Principal principal, @PathVariable String username, RedirectAttributes redirect, Locale locale) {
    try {
      administration.disable(me(principal), username);
      redirect.addFlashAttribute("notice", texts.of("staff.disabled", locale, username));
    } catch (DomainException e) {
      redirect.addFlashAttribute("failure", texts.of(e, locale));
    }
    return "redirect:/console/staff";
  }

  @PostMapping("/{username}/enable")
  String enable(Principal principal, @PathVariable String username, RedirectAttributes redirect, Locale locale) {
    administration.enable(me(principal), username);
    redirect.addFlashAttribute("notice", texts.of("staff.enabled", locale, username));
    return "redirect:/console/staff";
  }

  @PostMapping("/{username}/password-reset")
  String resetPassword(Principal principal, @PathVariable String username, RedirectAttributes redirect,
      Locale locale) {
    PasswordReset reset = administration.resetPassword(me(principal), username, null);
    redirect.addFlashAttribute("notice", texts.of("staff.passwordReset", locale, username,
        reset.temporaryPassword()));
    return "redirect:/console/staff";
  }

  /** Each field's problems as text, by field; a refusal without fields under the key "". */
  static Map<String, String> errors(DomainException e, Texts texts, Locale locale) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (e.violations().isEmpty()) {
      errors.put("", texts.of(e, locale));
    }
    e.violations().forEach(v -> errors.merge(v.field(), texts.of(v.code(), locale, v.args().toArray()),
        (a, b) -> a + " " + b));
    return errors;
  }

  private String overview(Model model, DepartmentForm departmentForm, Map<String, String> departmentErrors,
      StaffForm staffForm, Map<String, String> staffErrors, int auditPage) {
    model.addAttribute("departments", administration.departments());
    var staff = administration.staff();
    model.addAttribute("staff", staff);
    // A person's roles read department by department, in a stable order: 市场监督管理局 审查人员、审批人员.
    Map<String, Map<String, List<org.openhall.identity.Role>>> byDepartment = new java.util.HashMap<>();
    staff.forEach(m -> byDepartment.put(m.username(), m.grants().stream().collect(java.util.stream.Collectors
        .groupingBy(g -> g.departmentCode(), java.util.TreeMap::new, java.util.stream.Collectors.mapping(
            g -> g.role(), java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(),
                roles -> roles.stream().sorted().toList()))))));
    model.addAttribute("grantsByDepartment", byDepartment);
    model.addAttribute("roles", StaffAdministration.grantableRoles());
    model.addAttribute("departmentForm", departmentForm);
    model.addAttribute("departmentErrors", departmentErrors);
    model.addAttribute("staffForm", staffForm);
    model.addAttribute("staffErrors", staffErrors);
    Page<AdminAuditEntry> audit = administration.audit(Math.max(0, auditPage), AUDIT_PAGE_SIZE);
    model.addAttribute("audit", audit);
    return "console/staff";
  }

  private String edit(Member m, StaffForm form, Map<String, String> errors, Model model) {
    model.addAttribute("member", m);
    model.addAttribute("departments", administration.departments());
    model.addAttribute("roles", StaffAdministration.grantableRoles());
    model.addAttribute("staffForm", form);
    model.addAttribute("staffErrors", errors);
    return "console/staff-edit";
  }

  private Member me(Principal principal) {
    return accounts.require(principal.getName());
  }

  private static StaffForm blankStaff() {
    return withSpareRows(new StaffForm("", "", List.of()));
  }

  private static StaffForm withSpareRows(StaffForm form) {
    // Rows stay where they were typed, so an error named grants[2] stays beside the third row.
    List<GrantForm> rows = new ArrayList<>(form.grants());
    boolean spare = rows.stream().anyMatch(g -> blank(g.departmentCode()) && blank(g.role()));
    for (int i = 0; !spare && i < SPARE_GRANT_ROWS; i++) {
      rows.add(new GrantForm("", ""));
    }
    return new StaffForm(form.username(), form.displayName(), rows);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static List<GrantForm> grants(List<String> departments, List<String> roles) {
    List<String> d = departments == null ? List.of() : departments;
    List<String> r = roles == null ? List.of() : roles;
    List<GrantForm> grants = new ArrayList<>();
    for (int i = 0; i < Math.max(d.size(), r.size()); i++) {
      grants.add(new GrantForm(i < d.size() ? d.get(i) : "", i < r.size() ? r.get(i) : ""));
    }
    return grants;
  }
}
