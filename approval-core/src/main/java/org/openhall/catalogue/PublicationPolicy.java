package org.openhall.catalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.openhall.catalogue.ServiceGuide.Fee;
import org.openhall.catalogue.ServiceGuide.LegalBasis;
import org.openhall.catalogue.ServiceGuide.ProcedureStep;
import org.openhall.catalogue.ServiceGuide.RequiredMaterial;
import org.openhall.catalogue.form.FormProblem;
import org.openhall.kernel.DomainException.Violation;

/**
 * What an item version must satisfy before it is published (七公开 complete, 四统一 consistent):
 * every reason is listed, never only the first. The category and the process agree (each category
 * runs its own process, only joint items have co-departments), and a stated extension limit keeps
 * within 行政许可法第四十二条. The same rules check imported catalogue files, except that an import
 * does not require the process to be deployed yet.
 */
final class PublicationPolicy {

  /** Item codes: upper-case letters, digits and hyphens (SCJG-001). */
  static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");

  /** 兜底条款: catch-all wording that lets an office demand anything; 篇5 §二 forbids it. */
  private static final Pattern CATCH_ALL = Pattern.compile(
      "其[他它](的)?(条件|要求|材料|情形|证明)|另行(规定|要求)|有关部门要求的|等其[他它]"
          + "|other (conditions|requirements|materials|documents)|as required by the authority");

  private PublicationPolicy() {
  }

  /** Whether a text is catch-all wording. */
  static boolean catchAll(String text) {
    return text != null && CATCH_ALL.matcher(text.toLowerCase(Locale.ROOT)).find();
  }

  /**
   * Every reason why the content cannot be published; empty when it can.
   *
   * @param departments codes of the departments that exist
   * @param processes the deployed process models, or {@code null} not to check them
   */
  static List<Violation> problems(String code, ItemContent c, Set<String> departments,
      DeployedProcesses processes) {
    List<Violation> p = new ArrayList<>();
    if (blank(c.name())) {
      p.add(v("name", "ITEM_NAME_MISSING", code));
    }
    if (c.itemType() == null) {
      p.add(v("itemType", "ITEM_TYPE_MISSING", code));
    }
    if (c.category() == null) {
      p.add(v("category", "ITEM_CATEGORY_MISSING", code));
    }
    if (blank(c.leadDepartment()) || !departments.contains(c.leadDepartment())) {
      p.add(v("leadDepartment", "ITEM_DEPARTMENT_UNKNOWN", code, String.valueOf(c.leadDepartment())));
    }
    ServiceGuide g = c.guide();
    for (String co : g.coDepartments()) {
      if (!departments.contains(co) || co.equals(c.leadDepartment())) {
        p.add(v("coDepartments", "ITEM_CO_DEPARTMENT_INVALID", code, String.valueOf(co)));
      }
    }
    if (c.category() == ItemCategory.JOINT && g.coDepartments().isEmpty()) {
      p.add(v("coDepartments", "ITEM_JOINT_WITHOUT_CO_DEPARTMENTS", code));
    }
    if (c.category() != null && c.category() != ItemCategory.JOINT
        && !g.coDepartments().isEmpty()) {
      p.add(v("coDepartments", "ITEM_CO_DEPARTMENTS_NOT_JOINT", code, c.category().name(),
          String.join(", ", g.coDepartments())));
    }
    if (c.legalDays() < 0 || c.promisedDays() < 0) {
      p.add(v("legalDays", "ITEM_DAYS_NEGATIVE", code));
    }
    if (c.promisedDays() > c.legalDays()) {
      p.add(v("promisedDays", "ITEM_PROMISE_EXCEEDS_LAW", code, c.promisedDays(), c.legalDays()));
    }
    maxExtension(code, c, p);
    licenceValidity(code, c, p);
    if (c.onlineDepth() < 1 || c.onlineDepth() > 4) {
      p.add(v("onlineDepth", "ITEM_ONLINE_DEPTH_INVALID", code, c.onlineDepth()));
    }
    if (g.visits() < 0) {
      p.add(v("visits", "ITEM_VISITS_INVALID", code, g.visits()));
    }
    if (blank(c.processKey())) {
      p.add(v("processKey", "ITEM_PROCESS_MISSING", code));
    } else if (c.category() != null && !c.category().processKey().equals(c.processKey())) {
      // the process the category needs is the one whose deployment matters, so no second reason
      p.add(v("processKey", "ITEM_PROCESS_NOT_FOR_CATEGORY", code, c.category().name(),
          c.processKey(), c.category().processKey()));
    } else if (processes != null && !processes.isDeployed(c.processKey())) {
      p.add(v("processKey", "ITEM_PROCESS_NOT_DEPLOYED", code, c.processKey()));
    }
    legalBasis(code, g.legalBasis(), p);
    conditions(code, g.conditions(), p);
    procedure(code, g.procedure(), p);
    materials(code, g.materials(), p);
    fees(code, g, p);
    if (g.payment() != null && c.category() != ItemCategory.PROMISED && c.category() != ItemCategory.JOINT) {
      // only the promised and joint processes wait for a fee before issue (ADR 0027)
      p.add(v("payment", "ITEM_PAYMENT_NOT_FOR_CATEGORY", code, c.category().name()));
    }
    if (blank(g.location())) {
      p.add(v("location", "ITEM_LOCATION_MISSING", code));
    }
    if (blank(g.hours())) {
      p.add(v("hours", "ITEM_HOURS_MISSING", code));
    }
    if (blank(g.complaintChannel())) {
      p.add(v("complaintChannel", "ITEM_COMPLAINT_CHANNEL_MISSING", code));
    }
    for (FormProblem f : c.form().check()) {
      List<Object> args = new ArrayList<>(f.args());
      p.add(new Violation("form." + f.fieldKey(), f.code(), args));
    }
    return p;
  }

  /**
   * What even a draft may not hold: a listed row that cannot stand as a row (a material, fee or
   * procedure step without its name, a form field the form checks refuse). A
   * section may still be missing, a disclosure unfinished (catch-all wording, a fee without its
   * basis, an article not yet quoted) or a show-when pointing at a field still to come: those wait
   * for publication. Same rules, same field paths
   * ({@code materials[2].name}), so the editor can show each next to its row.
   */
  static List<Violation> rowProblems(String code, ItemContent c) {
    return problems(code, c, Set.of(), null).stream()
        .filter(p -> p.field().contains("[") || p.field().startsWith("form."))
        .filter(p -> !PUBLICATION_ONLY.contains(p.code()))
        .toList();
  }

  /**
   * Row problems that only publication refuses: a draft may keep them while work goes on —
   * unfinished disclosures, and show-when conditions that point at fields or values not (yet)
   * there.
   */
  private static final Set<String> PUBLICATION_ONLY = Set.of("ITEM_CONDITION_CATCH_ALL",
      "ITEM_MATERIAL_CATCH_ALL", "ITEM_FEE_WITHOUT_BASIS", "ITEM_MATERIAL_DEFERRABLE_NOT_REQUIRED",
      "ITEM_LEGAL_BASIS_INCOMPLETE", "FORM_SHOW_WHEN_UNKNOWN_FIELD", "FORM_SHOW_WHEN_CYCLE",
      "FORM_SHOW_WHEN_NOT_AN_OPTION", "FORM_SHOW_WHEN_NOT_BOOLEAN");

  /** A stated licence validity is complete: YEARS with years ≥ 1, UNTIL with a date, LONG_TERM alone. */
  private static void licenceValidity(String code, ItemContent c, List<Violation> p) {
    LicenceValidity validity = c.licenceValidity();
    if (validity != null && !validity.wellFormed()) {
      p.add(v("licenceValidity", "ITEM_LICENCE_VALIDITY_INVALID", code,
          String.valueOf(validity.kind())));
    }
  }

  /** 行政许可法第四十二条: a stated extension limit lies between one day and the legal maximum. */
  private static void maxExtension(String code, ItemContent c, List<Violation> p) {
    Integer days = c.maxExtensionDays();
    if (days == null) {
      return;
    }
    int legal = ExtensionLimitPolicy.legalMaximum(c.category());
    if (days < 1) {
      p.add(v("maxExtensionDays", "ITEM_MAX_EXTENSION_TOO_SHORT", code, days));
    } else if (days > legal) {
      p.add(v("maxExtensionDays", "ITEM_MAX_EXTENSION_EXCEEDS_LAW", code, days, legal));
    }
  }

  private static void legalBasis(String code, List<LegalBasis> basis, List<Violation> p) {
    if (basis.isEmpty()) {
      p.add(v("legalBasis", "ITEM_LEGAL_BASIS_MISSING", code));
    }
    for (int i = 0; i < basis.size(); i++) {
      LegalBasis b = basis.get(i);
      if (b == null || blank(b.law()) || blank(b.article()) || blank(b.text())) {
        String part = b == null || blank(b.law()) ? "law" : blank(b.article()) ? "article" : "text";
        p.add(v("legalBasis[" + i + "]." + part, "ITEM_LEGAL_BASIS_INCOMPLETE", code, i + 1));
      }
    }
  }

  private static void conditions(String code, List<String> conditions, List<Violation> p) {
    if (conditions.isEmpty()) {
      p.add(v("conditions", "ITEM_CONDITIONS_MISSING", code));
    }
    for (int i = 0; i < conditions.size(); i++) {
      String condition = conditions.get(i);
      if (blank(condition)) {
        p.add(v("conditions[" + i + "]", "ITEM_CONDITION_BLANK", code, i + 1));
      } else if (catchAll(condition)) {
        p.add(v("conditions[" + i + "]", "ITEM_CONDITION_CATCH_ALL", code, condition));
      }
    }
  }

  private static void procedure(String code, List<ProcedureStep> steps, List<Violation> p) {
    if (steps.isEmpty()) {
      p.add(v("procedure", "ITEM_PROCEDURE_MISSING", code));
    }
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i) == null || blank(steps.get(i).step())) {
        p.add(v("procedure[" + i + "].step", "ITEM_PROCEDURE_STEP_BLANK", code, i + 1));
      }
    }
  }

  private static void materials(String code, List<RequiredMaterial> materials, List<Violation> p) {
    if (materials.isEmpty()) {
      p.add(v("materials", "ITEM_MATERIALS_MISSING", code));
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < materials.size(); i++) {
      RequiredMaterial m = materials.get(i);
      String at = "materials[" + i + "]";
      if (m == null || blank(m.id()) || blank(m.name())) {
        p.add(v(at + (m == null || blank(m.name()) ? ".name" : ".id"), "ITEM_MATERIAL_INCOMPLETE",
            code, i + 1));
        continue;
      }
      if (!ids.add(m.id())) {
        p.add(v(at + ".id", "ITEM_MATERIAL_DUPLICATE_ID", code, m.id()));
      }
      if (m.id().length() > 32) {
        p.add(v(at + ".id", "ITEM_MATERIAL_ID_TOO_LONG", code, m.id()));
      }
      if (catchAll(m.name())) {
        p.add(v(at + ".name", "ITEM_MATERIAL_CATCH_ALL", code, m.name()));
      }
      if (m.deferrable() && !m.required()) {
        p.add(v(at + ".deferrable", "ITEM_MATERIAL_DEFERRABLE_NOT_REQUIRED", code, m.name()));
      }
      // 0 originals and 0 copies is legitimate: an electronic-only material of a fully online item
      if (m.originals() < 0 || m.copies() < 0) {
        p.add(v(at + (m.originals() < 0 ? ".originals" : ".copies"), "ITEM_MATERIAL_COUNT_INVALID",
            code, m.name()));
      }
      // 免提交: the material may be given as a held licence issued under the named item
      if (m.acceptsLicence() && (!CODE.matcher(m.licenceItemCode()).matches()
          || m.licenceItemCode().length() > 32)) {
        p.add(v(at + ".licenceItemCode", "ITEM_MATERIAL_LICENCE_ITEM_INVALID", code, m.name(),
            m.licenceItemCode()));
      }
    }
  }

  private static void fees(String code, ServiceGuide g, List<Violation> p) {
    boolean free = Boolean.TRUE.equals(g.free());
    if (free && !g.fees().isEmpty()) {
      p.add(v("fees", "ITEM_FEES_AND_FREE", code));
    }
    if (!free && g.fees().isEmpty()) {
      p.add(v("fees", "ITEM_FEES_UNSTATED", code));
    }
    for (int i = 0; i < g.fees().size(); i++) {
      Fee f = g.fees().get(i);
      if (f == null || blank(f.name()) || f.amount() == null
          || f.amount().compareTo(BigDecimal.ZERO) <= 0) {
        p.add(v("fees[" + i + "]" + (f == null || blank(f.name()) ? ".name" : ".amount"),
            "ITEM_FEE_INCOMPLETE", code, i + 1));
      } else if (blank(f.basis())) {
        p.add(v("fees[" + i + "].basis", "ITEM_FEE_WITHOUT_BASIS", code, f.name()));
      }
    }
    if (g.payment() != null && g.fees().isEmpty()) {
      p.add(v("payment", "ITEM_PAYMENT_WITHOUT_FEES", code));
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static Violation v(String field, String code, Object... args) {
    return new Violation(field, code, List.of(args));
  }
}
