package org.openhall.portal;

import java.math.BigDecimal;
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

  /**
   * An item in a list, its texts in the reader's language (ADR 0025): the fields of API.md hold
   * the English text for an English reader where the catalogue has one, the Chinese otherwise.
   */
  ItemSummary summary(ItemVersion v, Locale locale) {
    return new ItemSummary(v.code(), v.nameIn(locale).text(),
        department(v.leadDepartment(), locale), v.category(), v.promisedDays(), v.legalDays(),
        v.onlineDepth());
  }

  /** An item as a line of the portal's list: its name and department as the reader reads them. */
  ItemLine line(ItemVersion v, Locale locale) {
    return new ItemLine(v.code(), v.nameIn(locale),
        catalogue.departmentNameIn(v.leadDepartment(), locale), v.category(), v.promisedDays());
  }

  /** The guide of API.md, its texts in the reader's language (ADR 0025). */
  ItemGuide guide(ItemVersion v, Locale locale) {
    ServiceGuide g = v.guide();
    return new ItemGuide(v.code(), v.nameIn(locale).text(),
        department(v.leadDepartment(), locale), v.category(),
        v.promisedDays(), v.legalDays(), v.maxExtensionDays(), v.onlineDepth(), v.version(),
        g.legalBasis().stream().map(b -> LocalizedText.isEnglish(locale)
            && b.lawEn() != null && !b.lawEn().isBlank() && b.articleEn() != null
            ? new LegalBasisView(b.lawEn(), b.articleEn(), b.textIn(locale).text())
            : new LegalBasisView(b.law(), b.article(), b.text())).toList(),
        java.util.stream.IntStream.range(0, g.conditions().size())
            .mapToObj(i -> g.conditionIn(i, locale).text()).toList(),
        g.procedure().stream().map(s -> new StepView(s.stepIn(locale).text(),
            s.descriptionIn(locale).text())).toList(),
        g.materials().stream().map(m -> new MaterialView(m.id(), m.nameIn(locale).text(),
            m.required(), m.deferrable(), m.originals(), m.copies(), fileUrl(v, m.blankForm()),
            fileUrl(v, m.sample()), m.licenceItemCode())).toList(),
        g.fees().stream().map(f -> new FeeView(f.nameIn(locale).text(), f.amount(),
            f.basisIn(locale).text())).toList(),
        g.complaintChannelIn(locale).text(), g.locationIn(locale).text(), g.hoursIn(locale).text(),
        v.form().fields().stream().map(f -> new FormFieldView(f.key(), f.labelIn(locale).text(),
            f.type(), f.required(), f.options() == null ? List.of() : f.options().stream()
                .map(o -> new FieldOption(o.value(), o.labelIn(locale).text())).toList()))
            .toList(),
        licence(v, locale));
  }

  /** What the item issues, or null when it names no licence: the title and how long it is valid. */
  private static LicenceView licence(ItemVersion v, Locale locale) {
    String title = v.guide().licenceTitle();
    if (title == null || title.isBlank()) {
      return null;
    }
    LicenceValidity validity = v.licenceValidity() == null ? LicenceValidity.longTerm() : v.licenceValidity();
    return new LicenceView(v.guide().licenceTitleIn(locale).text(), validity);
  }

  /** Where the portal serves a guide's download (relative to the context path). */
  private static String fileUrl(ItemVersion v, GuideFile file) {
    return file == null ? null : "/items/" + v.code() + "/files/" + file.sha256();
  }

  private DepartmentView department(String code, Locale locale) {
    return new DepartmentView(code, catalogue.departmentNameIn(code, locale).text());
  }

  record DepartmentView(String code, String name) {
  }

  /** A line of the portal's item list (a page model, not part of the API). */
  record ItemLine(String code, LocalizedText name, LocalizedText department,
      ItemCategory category, int promisedDays) {
  }

  /** A legal basis of the guide, as API.md shows it. */
  record LegalBasisView(String law, String article, String text) {
  }

  /** A procedure step of the guide, as API.md shows it. */
  record StepView(String step, String description) {
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
      List<LegalBasisView> legalBasis, List<String> conditions,
      List<StepView> procedure, List<MaterialView> materials, List<FeeView> fees,
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
