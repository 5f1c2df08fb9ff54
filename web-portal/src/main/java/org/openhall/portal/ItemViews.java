package org.openhall.portal;

import java.math.BigDecimal;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;
import org.openhall.kernel.LocalizedText;
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
        v.promisedDays(), v.legalDays(), v.onlineDepth(), v.guide().nameEn());
  }

  ItemGuide guide(ItemVersion v) {
    ServiceGuide g = v.guide();
    return new ItemGuide(v.code(), v.name(), department(v.leadDepartment()), v.category(),
        v.promisedDays(), v.legalDays(), v.maxExtensionDays(), v.onlineDepth(), v.version(),
        g.legalBasis(),
        g.conditions(), g.procedure(),
        g.materials().stream().map(m -> new MaterialView(m.id(), m.name(), m.required(),
            m.deferrable(), m.originals(), m.copies(), fileUrl(v, m.blankForm()),
            fileUrl(v, m.sample()), m.licenceItemCode(), m.nameEn(), m.noteEn())).toList(),
        g.fees().stream().map(f -> new FeeView(f.name(), f.amount(), f.basis(), f.nameEn(),
            f.basisEn())).toList(),
        g.complaintChannel(), g.location(), g.hours(),
        v.form().fields().stream().map(f -> new FormFieldView(f.key(), f.label(), f.type(),
            f.required(), f.options() == null ? List.of() : f.options(), f.labelEn())).toList(),
        licence(v), g.nameEn(), g.conditionsEn(), g.complaintChannelEn(), g.locationEn(),
        g.hoursEn());
  }

  /** What the item issues, or null when it names no licence: the title and how long it is valid. */
  private static LicenceView licence(ItemVersion v) {
    String title = v.guide().licenceTitle();
    if (title == null || title.isBlank()) {
      return null;
    }
    LicenceValidity validity = v.licenceValidity() == null ? LicenceValidity.longTerm() : v.licenceValidity();
    return new LicenceView(title, validity, v.guide().licenceTitleEn());
  }

  /** Where the portal serves a guide's download (relative to the context path). */
  private static String fileUrl(ItemVersion v, GuideFile file) {
    return file == null ? null : "/items/" + v.code() + "/files/" + file.sha256();
  }

  private DepartmentView department(String code) {
    return new DepartmentView(code, catalogue.departmentName(code),
        catalogue.departmentNameEn(code));
  }

  /** A department; {@code nameEn} (an addition, ADR 0025) is left out when there is none. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record DepartmentView(String code, String name, String nameEn) {
    public LocalizedText nameIn(Locale locale) {
      return LocalizedText.of(name, nameEn, locale);
    }
  }

  /** An item in a list; {@code nameEn} (an addition, ADR 0025) is left out when there is none. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ItemSummary(String code, String name, DepartmentView department, ItemCategory category,
      int promisedDays, int legalDays, int onlineDepth, String nameEn) {
    public LocalizedText nameIn(Locale locale) {
      return LocalizedText.of(name, nameEn, locale);
    }
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
      LicenceView licence, String nameEn, List<String> conditionsEn, String complaintChannelEn,
      String locationEn, String hoursEn) {
    public LocalizedText nameIn(Locale locale) {
      return LocalizedText.of(name, nameEn, locale);
    }
  }

  /** The licence an item issues: its title and validity rule (years from issue, a fixed last day, long-term). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record LicenceView(String title, LicenceValidity validity, String titleEn) {
  }

  /** A material of the guide; the download links are additions to API.md (null when none). */
  /** {@code licenceItemCode}: a held licence of that item may be given instead of a file (免提交). */
  record MaterialView(String id, String name, boolean required, boolean deferrable, int originals,
      int copies, String blankFormUrl, String sampleUrl, String licenceItemCode, String nameEn,
      String noteEn) {
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record FeeView(String name, BigDecimal amount, String basis, String nameEn, String basisEn) {
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record FormFieldView(String key, String label, FieldType type, boolean required,
      List<FieldOption> options, String labelEn) {
  }
}
