package org.openhall.portal;

import java.math.BigDecimal;
import java.util.List;
import org.openhall.catalogue.Catalogue;
import org.openhall.catalogue.GuideFile;
import org.openhall.catalogue.ItemCategory;
import org.openhall.catalogue.ItemVersion;
import org.openhall.catalogue.LicenceValidity;
import org.openhall.catalogue.ServiceGuide;
import org.openhall.catalogue.form.FieldOption;
import org.openhall.catalogue.form.FieldType;
import org.springframework.stereotype.Component;

/** The public JSON shapes of items and their guides (API.md). */
@Component
class ItemViews {

  private final Catalogue catalogue;

  ItemViews(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  ItemSummary summary(ItemVersion v) {
    return new ItemSummary(v.code(), v.name(), department(v.leadDepartment()), v.category(),
        v.promisedDays(), v.legalDays(), v.onlineDepth());
  }

  ItemGuide guide(ItemVersion v) {
    ServiceGuide g = v.guide();
    return new ItemGuide(v.code(), v.name(), department(v.leadDepartment()), v.category(),
        v.promisedDays(), v.legalDays(), v.maxExtensionDays(), v.onlineDepth(), v.version(),
        g.legalBasis(),
        g.conditions(), g.procedure(),
        g.materials().stream().map(m -> new MaterialView(m.id(), m.name(), m.required(),
            m.deferrable(), m.originals(), m.copies(), fileUrl(v, m.blankForm()),
            fileUrl(v, m.sample()), m.licenceItemCode())).toList(),
        g.fees().stream().map(f -> new FeeView(f.name(), f.amount(), f.basis())).toList(),
        g.complaintChannel(), g.location(), g.hours(),
        v.form().fields().stream().map(f -> new FormFieldView(f.key(), f.label(), f.type(),
            f.required(), f.options() == null ? List.of() : f.options())).toList(),
        licence(v));
  }

  /** What the item issues, or null when it names no licence: the title and how long it is valid. */
  private static LicenceView licence(ItemVersion v) {
    String title = v.guide().licenceTitle();
    if (title == null || title.isBlank()) {
      return null;
    }
    LicenceValidity validity = v.licenceValidity() == null ? LicenceValidity.longTerm() : v.licenceValidity();
    return new LicenceView(title, validity);
  }

  /** Where the portal serves a guide's download (relative to the context path). */
  private static String fileUrl(ItemVersion v, GuideFile file) {
    return file == null ? null : "/items/" + v.code() + "/files/" + file.sha256();
  }

  private DepartmentView department(String code) {
    return new DepartmentView(code, catalogue.departmentName(code));
  }

  record DepartmentView(String code, String name) {
  }

  record ItemSummary(String code, String name, DepartmentView department, ItemCategory category,
      int promisedDays, int legalDays, int onlineDepth) {
  }

  /**
   * The guide of API.md; {@code maxExtensionDays} (an addition) is the limit in force, {@code licence}
   * (an addition) what the item issues, null when it issues no licence.
   */
  record ItemGuide(String code, String name, DepartmentView department, ItemCategory category,
      int promisedDays, int legalDays, int maxExtensionDays, int onlineDepth, int version,
      List<ServiceGuide.LegalBasis> legalBasis, List<String> conditions,
      List<ServiceGuide.ProcedureStep> procedure, List<MaterialView> materials, List<FeeView> fees,
      String complaintChannel, String location, String hours, List<FormFieldView> formFields,
      LicenceView licence) {
  }

  /** The licence an item issues: its title and validity rule (years from issue, a fixed last day, long-term). */
  record LicenceView(String title, LicenceValidity validity) {
  }

  /** A material of the guide; the download links are additions to API.md (null when none). */
  /** {@code licenceItemCode}: a held licence of that item may be given instead of a file (免提交). */
  record MaterialView(String id, String name, boolean required, boolean deferrable, int originals,
      int copies, String blankFormUrl, String sampleUrl, String licenceItemCode) {
  }

  record FeeView(String name, BigDecimal amount, String basis) {
  }

  record FormFieldView(String key, String label, FieldType type, boolean required,
      List<FieldOption> options) {
  }
}
